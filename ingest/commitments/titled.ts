/**
 * Subjects named by title alone: "The President", "the Prime Minister", and coordinated titles
 * ("The Vice President and Prime Minister discussed …"), each the one meeting official who holds it;
 * a royal honorific ("His Majesty") for the one monarch who met.
 */
import type { ActorContext, Subject } from '../resolveActors';
import { alternation, TITLE_RULES } from '../rules/titles';

// (A hyphened title too: "President-elect", "Secretary-General".)
const TITLE = '(?:[A-Z][a-z]+\\s+){0,3}[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?';
/** "the President", "The Vice President and Prime Minister", "the Prime Minister and the President". */
const TITLED = new RegExp(`(?:^|\\s)[Tt]he\\s+(${TITLE})(?:\\s+and\\s+(?:the\\s+)?(${TITLE}))?$`);

/**
 * Whether `text` ends in a capitalised word (`[A-Z][a-z]+$`), as every TITLED match does: most
 * subjects ("the leaders", "we") do not, and they are spared its scan of the whole text.
 */
function endsCapitalised(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isLower(text.charCodeAt(i))) i--;
  // "President-elect": the capitalised word before a hyphened lowercase part.
  if (i > 0 && text.charCodeAt(i) === 45) {
    i--;
    while (i >= 0 && isLower(text.charCodeAt(i))) i--;
    return i >= 0 && isUpper(text.charCodeAt(i));
  }
  return i >= 0 && i < text.length - 1 && isUpper(text.charCodeAt(i));
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** "His Majesty", "Her Royal Highness": a royal honorific standing for its holder's name. */
const HONORIFIC = /(?:^|\s)((?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness))$/;

/** A title a royal honorific addresses (data/rules/titles.json `royalTitles`). */
const ROYAL_TITLE = new RegExp(`(?:^|\\s)(?:${alternation(TITLE_RULES.royalTitles)})\\b`, 'i');

/**
 * "King Abdullah II thanked …. His Majesty thanked the President for …": the one meeting official
 * with a royal title (a readout or joint statement with a monarch names no other).
 */
function royalByHonorific(context: ActorContext, trimmed: string): Subject | undefined {
  const honorific = HONORIFIC.exec(trimmed);
  if (!honorific || !context.titles) return undefined;
  const royals = context.officials.filter((id) => ROYAL_TITLE.test(context.titles?.get(id) ?? ''));
  if (royals.length !== 1) return undefined;
  return { actors: royals, start: trimmed.length - honorific[1]!.length, end: trimmed.length };
}

export function officialByTitle(context: ActorContext, trimmed: string): Subject | undefined {
  if (!endsCapitalised(trimmed)) return undefined;
  const royal = royalByHonorific(context, trimmed);
  if (royal) return royal;
  const title = TITLED.exec(trimmed);
  if (!title || !context.titles) return undefined;
  const heads = [title[1]!, title[2]].filter((head): head is string => head !== undefined);
  const actors: string[] = [];
  for (const head of heads) {
    const lower = head.toLowerCase().replace(/\s+/g, ' ');
    const held = (id: string) => context.titles?.get(id)?.toLowerCase() ?? '';
    // "The President and President-elect": a title held exactly wins over one it begins.
    const exact = context.officials.filter((id) => held(id) === lower);
    const matching =
      exact.length > 0 ? exact : context.officials.filter((id) => held(id).startsWith(lower));
    // "President Biden met with President Xi …. The President noted …": a readout's title alone
    // is its issuer's official, the subject of the sentence saying who met (named first there).
    const issuer = context.officials[0];
    const one =
      matching.length === 1
        ? matching[0]
        : heads.length === 1 && issuer && matching.includes(issuer)
          ? issuer
          : undefined;
    const own = one ?? ownSideHolder(context, lower);
    if (!own) return undefined;
    actors.push(own);
  }
  const start = title.index + (/^[Tt]he/.test(title[0]) ? 0 : 1);
  return { actors: [...new Set(actors)], start, end: trimmed.length };
}

/**
 * "President Biden is directing his team …. The President will also call on …" (a fact sheet, a
 * Press Secretary statement: no meeting, so no meeting officials): the one official of the
 * document holding the title for a country the statement speaks for.
 */
function ownSideHolder(context: ActorContext, title: string): string | undefined {
  if (context.officials.length > 0 || !context.titles) return undefined;
  const holders = [...context.titles]
    .filter(([id, held]) => {
      const country = context.countryOf?.get(id);
      return held.toLowerCase() === title && !!country && context.signatories.includes(country);
    })
    .map(([id]) => id);
  return holders.length === 1 ? holders[0] : undefined;
}
