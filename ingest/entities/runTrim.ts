/**
 * A capitalised run cut down to the name it holds (namedPhrases.ts finds the runs): openers and
 * trailing connectors off, what follows an owner's possessive or a person's role is the name, and
 * the owner cut off is a name of its own when its head says so.
 */
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation, TITLE_RULES } from '../rules/titles';
import { CONNECTORS, classify, headAt } from './nameHeads';

/** Capitalised words that open a sentence or clause, never a name. */
const OPENERS = NAME_RULES.openers;

/** "the United States’ …": an owner whose possessive is its final s and the apostrophe alone. */
const APOSTROPHE_OWNER = `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.apostropheOwners)})[’'] `;

/**
 * The last owner ("X’s ") or role ("Director of the ", "Chair of ") in a run. Coordinated owners
 * ("the Prime Minister’s and Kurdistan Regional Government’s efforts") leave the "and" to neither.
 */
const ROLE_OR_OWNER = new RegExp(
  `^(?:.*[’']s (?:and |or )?|.*${APOSTROPHE_OWNER}|.*(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${TITLE_RULES.titleWordsInNames.join('|')}) (?:of|for|in|at|to) (?:the )?)`,
);
/** The possessive (and a coordinator) ending an owner cut off by ROLE_OR_OWNER. */
const OWNER_END = /(?:[’']s|(?<=s)[’']) (?:and |or )?$/;
/**
 * A name ending in an owner's possessive and capitalised words: "X’s Special", "the International
 * Development Association’s Crisis Response Window".
 */
const OWNED_WORD = /^(.+?)[’']s ([^’']+)$/;
const PERSONS_MODIFIER = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Women|Men|Children|People|Workers|Veterans)$/;
const SEAT_OF = new RegExp(`^(?:${NAME_RULES.seatsOf.join('|')}) of (?:the )?`);
const LEADING_PREFIX = new RegExp(`^\\S+(?:${NAME_RULES.leadingPrefixes.join('|')}) `);
/** "the Ukraine Facility of EUR 50 billion": an amount's currency is no part of the name. */
const CURRENCY_TAIL = new RegExp(` (?:of|for|in) (?:${alternation(NAME_RULES.currencies)})$`);

export interface Trimmed {
  text: string;
  at: number;
  /** The owner a possessive cut off ("Blue Dot Network" of "Blue Dot Network’s Executive …"). */
  owner?: { text: string; at: number };
}

/**
 * "the Blue Dot Network’s Executive Steering Committee", "the Summit for Democracy’s Year of
 * Action": an owner cut off before a name is a name too when its own head says so (the finder
 * types it as any run); a lexicon owner ("the World Bank’s Global Financing Facility") was found
 * anyway. Archive, sealed out: ~1,000 such owners the lexicon lacks, in ~590 statements.
 */
export function withOwner(trimmed: Trimmed): Trimmed[] {
  if (!trimmed.owner) return [trimmed];
  const owner = trim(trimmed.owner.text, trimmed.owner.at);
  return ownerNamed(owner.text) ? [trimmed, owner] : [trimmed];
}

/**
 * Owners that name nothing of their own: a head only in the complement ("the Release of the
 * Administration’s …", "a Deputy Director of the Department’s …"), a person noun the possessive
 * binds to ("Office on Women’s Initiatives"), one word after "and" ("the Tampa Museum of Art
 * and Tampa’s Straz Center": the possessive is the last conjunct's alone).
 */
function ownerNamed(owner: string): boolean {
  if (PERSONS_MODIFIER.test(owner) || / and \S+$/.test(owner)) return false;
  const lead = owner.split(/ (?:of|for|on|in|to) /)[0]!.split(' ');
  return lead.some((_, i) => headAt(lead, i) !== undefined);
}

/** Strip openers ("The", "In") and trailing connectors from a raw capitalised run. */
export function trim(span: string, at: number): Trimmed {
  let text = span;
  let start = at;
  // "Thanks to the Quad Vaccine Partnership", "Building on the Memorandum …": after an opener,
  // the joiners it governed go too; a name never starts with a lowercase connector.
  for (;;) {
    const first = /^(\S+) /.exec(text);
    const word = first?.[1] ?? '';
    // ("In 2021 The Quad …": a number after an opener opens no name either.)
    const number = /^\d/.test(word) && start > at;
    if (
      !first ||
      !(OPENERS.has(word) || number || (/^[a-zß-öø-ɏḀ-ỿ]/.test(word) && CONNECTORS.has(word)))
    )
      break;
    text = text.slice(first[0].length);
    start += first[0].length;
  }
  // "G7-led Global Partnership …": the leader is not part of the name.
  const prefix = LEADING_PREFIX.exec(text);
  if (prefix) {
    text = text.slice(prefix[0].length);
    start += prefix[0].length;
  }
  text = text
    .replace(CURRENCY_TAIL, '')
    .replace(/[’']s$/, '')
    .replace(/[.,’']+$/, '')
    .replace(/(?: (?:of|on|for|and|to|in|the|a|against|without|Against|Without))+$/, '');
  // "Rwanda’s Ministry of Infrastructure", "Director of the Office of X", "Headquarters of the
  // X Command": what follows an owner, a person's role or a body's seat is the body's name.
  const cut = ROLE_OR_OWNER.exec(text) ?? SEAT_OF.exec(text);
  if (cut && classify(text.slice(cut[0].length))) {
    const at2 = cut.index + cut[0].length;
    const possessive = OWNER_END.exec(cut[0]);
    const owned = possessive ? { text: cut[0].slice(0, possessive.index), at: start } : undefined;
    text = text.slice(at2);
    start += at2;
    return owned ? { text, at: start, owner: owned } : { text, at: start };
  }
  // "the Office of the United States Trade Representative’s Special 301 Report", "the
  // Department of Defense’s Taking …": one capitalised word after a body's possessive that names
  // nothing alone is the start of what the body owns, not part of the body's name (archive: 8 of
  // 33 possessive names in 25 statements were such owners); so are several after a head noun
  // ("the International Development Association’s Crisis Response Window", gold 2024-06-13: the
  // window is no body).
  const owned = OWNED_WORD.exec(text);
  // ("Women’s Studies", "Children’s Hospital": a plural person noun's possessive modifies; several
  // words only after the owner's own head: "the Task Force on Europe’s Energy Security" is one name.)
  if (
    owned &&
    !PERSONS_MODIFIER.test(owned[1]!) &&
    !classify(owned[2]!) &&
    classify(owned[1]!) &&
    (!owned[2]!.includes(' ') || HEAD_TYPES.has(owned[1]!.slice(owned[1]!.lastIndexOf(' ') + 1)))
  )
    text = owned[1]!;
  return { text, at: start };
}

/**
 * "Construction of the Futenma Replacement Facility continues": a sentence's first word is
 * capitalised for the sentence, so a common noun there ("Construction", "Units") followed by
 * "of the" and a name is no part of that name.
 */
export function sentenceCased(found: { text: string; at: number }): { text: string; at: number } {
  if (found.at !== 0) return found;
  const lead = /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+) of (?:the )?/.exec(found.text);
  if (!lead || HEAD_TYPES.has(lead[1]!)) return found;
  const rest = found.text.slice(lead[0].length);
  if (!rest.includes(' ') || !classify(rest)) return found;
  return { text: rest, at: found.at + lead[0].length };
}
