/**
 * Subjects named by title alone: "The President", "the Prime Minister", and coordinated titles
 * ("The Vice President and Prime Minister discussed …"), each the one meeting official who holds it;
 * a royal honorific ("His Majesty") for the one monarch who met; and officials named by title alone
 * inside a clause (`titledInScope`).
 */
import type { ActorContext, Subject } from '../resolveActors';
import { alternation, TITLE_RULES, TITLE_WORDS } from '../rules/titles';

// (A hyphened title too: "President-elect", "Secretary-General".)
const TITLE =
  '(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+\\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:-[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)?';
/** "the President", "The Vice President and Prime Minister", "the Prime Minister and the President". */
const TITLED = new RegExp(`(?:^|\\s)[Tt]he\\s+(${TITLE})(?:\\s+and\\s+(?:the\\s+)?(${TITLE}))?$`);
/** A title alone ending the text ("… and the Vice President" → "the Vice President"). */
const LAST_TITLED = new RegExp(`(?:^|\\s)[Tt]he\\s+(${TITLE})$`);
/**
 * "discussed developments in the Middle East and the Vice President underscored …": a capitalised
 * name after a preposition ("in Gaza and the West Bank"), with no title word in it, is the object
 * ending the clause before, not the first title of a pair; the title after "and the" is the new
 * clause's subject alone (gold 2021-06-28, 2023-12-03, 2024-04-23).
 */
const PLACE_THEN_TITLE = new RegExp(
  `(?:^|\\s)(?:in|on|of|at|about|to|from|for|with|across|throughout)\\s+(?:(?:the\\s+)?${TITLE},?\\s+and\\s+)?the\\s+(${TITLE})\\s+and\\s+(the\\s+(?:${TITLE}))$`,
);

/** TITLED's match of `trimmed`, with a place object before "and the" title left out. */
function titledSubject(trimmed: string): RegExpExecArray | null {
  const title = TITLED.exec(trimmed);
  if (title?.[2] === undefined) return title;
  const place = PLACE_THEN_TITLE.exec(trimmed);
  if (!place || place[1]!.split(/\s+/).some((word) => TITLE_WORDS.has(word))) return title;
  return LAST_TITLED.exec(trimmed);
}

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
const ROYAL_TITLE = new RegExp(
  `(?:^|\\s)(?:${alternation(TITLE_RULES.royalTitles)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);

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

/**
 * The official(s) a title subject names. `asSubject`: the title is the clause's subject, so in a
 * pair ("The President and Vice President") a title no meeting official holds may be the own
 * side's holder; a title mentioned elsewhere in the clause ("underscored the Vice President’s
 * commitment") is only ever a meeting official.
 */
export function officialByTitle(
  context: ActorContext,
  trimmed: string,
  asSubject = false,
): Subject | undefined {
  if (!endsCapitalised(trimmed)) return undefined;
  const royal = royalByHonorific(context, trimmed);
  if (royal) return royal;
  const title = titledSubject(trimmed);
  if (!title || !context.titles) return undefined;
  const heads = [title[1]!, title[2]].filter((head): head is string => head !== undefined);
  const actors: string[] = [];
  const held = (id: string) => context.titles?.get(id)?.toLowerCase() ?? '';
  const lowered = heads.map((head) => head.toLowerCase().replace(/\s+/g, ' '));
  // A title no meeting official holds ("The President and Vice President", the Vice President
  // not in the meeting): the pair is the own side's, as a title alone is.
  const unmet = lowered.map((lower) => !context.officials.some((id) => held(id).startsWith(lower)));
  for (const [k, lower] of lowered.entries()) {
    // "The President and President-elect": a title held exactly wins over one it begins.
    const exact = context.officials.filter((id) => held(id) === lower);
    const matching =
      exact.length > 0 ? exact : context.officials.filter((id) => held(id).startsWith(lower));
    // "President Biden met with President Xi …. The President noted …": a readout's title alone
    // is its issuer's official, the subject of the sentence saying who met (named first there).
    const issuer = context.officials[0];
    const alone = heads.length === 1 || (asSubject && unmet[1 - k] === true);
    const one =
      matching.length === 1
        ? matching[0]
        : alone && issuer && matching.includes(issuer)
          ? issuer
          : undefined;
    // ("Biden will meet with President Zelenskyy. Vice President Harris will also meet … . The
    // President and Vice President will emphasize …": in a pair with a meeting official, a title
    // no meeting official holds is the own side's one holder, gold 2024-09-19.)
    // (A single title no meeting official holds stays unresolved there: "In this new capacity,
    // the Ambassador will …" is the envoy just named, not the document's one other Ambassador.)
    const own =
      one ?? ownSideHolder(context, lower, asSubject && heads.length > 1 && matching.length === 0);
    if (!own) return undefined;
    actors.push(own);
  }
  const start = title.index + (/^[Tt]he/.test(title[0]) ? 0 : 1);
  return { actors: [...new Set(actors)], start, end: trimmed.length };
}

/**
 * "President Biden is directing his team …. The President will also call on …" (a fact sheet, a
 * Press Secretary statement: no meeting, so no meeting officials; or none of them holds the
 * title): the one official of the document holding the title for a country the statement speaks for.
 */
function ownSideHolder(
  context: ActorContext,
  title: string,
  noMeetingHolder = false,
): string | undefined {
  if ((context.officials.length > 0 && !noMeetingHolder) || !context.titles) return undefined;
  const holders = [...context.titles]
    .filter(([id, held]) => {
      const country = context.countryOf?.get(id);
      return held.toLowerCase() === title && !!country && context.signatories.includes(country);
    })
    .map(([id]) => id);
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "the First Lady and members of the Delegation": a title coordinated with a delegation names a
 * member of it, the document's one holder of that title, even where the readout's meetings have
 * officials of their own (who are no members: resolveActors.ts `delegationSubject`).
 */
export function delegationMemberByTitle(
  context: ActorContext,
  trimmed: string,
): Subject | undefined {
  const title = TITLED.exec(trimmed);
  if (!title || title[2] !== undefined || !context.titles) return undefined;
  const lower = title[1]!.toLowerCase().replace(/\s+/g, ' ');
  const holders = [...context.titles].filter(([, held]) => held.toLowerCase() === lower);
  if (holders.length !== 1) return undefined;
  const start = title.index + (/^[Tt]he/.test(title[0]) ? 0 : 1);
  return { actors: [holders[0]![0]], start, end: trimmed.length };
}

/** "the Prime Minister", "the President": a title after "the" (`titledInScope`), anywhere in a text. */
const TITLED_IN_TEXT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])the\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/g;

/**
 * "welcomed the Prime Minister's decision", "thanked the Prime Minister for …": an official named
 * by title alone (the one meeting official who holds it) in the clause, who is not its speaker.
 */
export function titledInScope(
  text: string,
  from: number,
  to: number,
  item: { actors: string[]; subject?: { start: number; end: number } },
  context: ActorContext,
): string[] {
  const found: string[] = [];
  // Searched from `from` on, not from the sentence start with the matches before it skipped: no
  // match can start inside one that starts before `from` (after "the" come only capitalised
  // words), so the matches from `from` on are the same.
  const slice = text.slice(0, to);
  TITLED_IN_TEXT.lastIndex = Math.max(0, from);
  for (let match = TITLED_IN_TEXT.exec(slice); match; match = TITLED_IN_TEXT.exec(slice)) {
    if (item.subject && match.index >= item.subject.start && match.index < item.subject.end)
      continue;
    const end = match.index + match[0].length;
    const official = officialByTitle(context, text.slice(0, end));
    for (const id of official?.actors ?? []) if (!item.actors.includes(id)) found.push(id);
  }
  return found;
}
