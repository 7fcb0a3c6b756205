/**
 * How a capitalised run's head noun says its type ("… Secretariat": Organization), shared by the
 * named-phrase finder and its coordination splitting, which both need to ask "is this a name, and
 * of what kind?" without importing each other.
 */
import type { EntityType } from '../../contract/extraction';
import { isGivenName } from '../rules/givenNameList';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { TITLE_RULES } from '../rules/titles';

interface Token {
  word: string;
  start: number;
}

export function tokens(span: string): Token[] {
  const out: Token[] = [];
  const pattern = /\([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\)|[^\s]+/g;
  for (let match = pattern.exec(span); match; match = pattern.exec(span)) {
    out.push({ word: match[0], start: match.index });
  }
  return out;
}

export const CONNECTORS = new Set([
  ...NAME_RULES.joiners.map((word) => word.toLowerCase()),
  'in',
  'the',
  'a',
]);

/**
 * The last words of the heads of two or three words: a word that ends none of them can only
 * be a head of one word, so the joined lookups are skipped (`headAt` runs for every word of
 * every capitalised run).
 */
const LAST_OF_LONGER = new Set(
  [...HEAD_TYPES.keys()]
    .filter((key) => key.includes(' '))
    .map((key) => key.slice(key.lastIndexOf(' ') + 1)),
);

/** The word without a possessive ending ("Council’s" → "Council"). */
function withoutPossessive(word: string): string {
  return word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word;
}

export function headAt(words: string[], index: number): [string, EntityType] | undefined {
  if (!LAST_OF_LONGER.has(words[index]!)) {
    const one = HEAD_TYPES.get(withoutPossessive(words[index]!));
    return one ? [words[index]!, one] : undefined;
  }
  // "Code of Conduct": a head of three words, joiner inside.
  const three = `${words[index - 2] ?? ''} ${words[index - 1] ?? ''} ${words[index]}`;
  const threeType = HEAD_TYPES.get(three);
  if (threeType) return [three, threeType];
  const two = `${words[index - 1] ?? ''} ${words[index]}`;
  const twoType = HEAD_TYPES.get(two);
  if (twoType) return [two, twoType];
  const one = HEAD_TYPES.get(withoutPossessive(words[index]!));
  return one ? [words[index]!, one] : undefined;
}

/** The last word of every title, rank and honorific ("Representative", "Admiral", "Dr."). */
const TITLE_ENDS: ReadonlySet<string> = new Set(
  [...TITLE_RULES.titles, ...TITLE_RULES.ranks, ...TITLE_RULES.honorifics].map((title) =>
    title.slice(title.lastIndexOf(' ') + 1),
  ),
);

/**
 * "Commander RADM Michael Day", "State Representative Michael Day": a head that is also a
 * surname ends a person's name when a given name (data/lexicon/given-names.json, a middle initial
 * allowed) stands before it right after a title or rank (an abbreviated rank such as "RADM" may
 * come between). A given name alone decides nothing: "Susan B. Anthony Day", "King Day" and "Vida
 * Lin Day" are observances named after a person (archive, sealed out: of 24 "… Day" names the
 * extractor made, these and "Jones Day", a law firm, were the wrong ones).
 */
function titledPerson(words: readonly string[], head: number): boolean {
  let at = head - 1;
  if (/^\p{Lu}\.$/u.test(words[at] ?? '')) at--;
  if (!isGivenName(words[at] ?? '')) return false;
  at--;
  if (/^\p{Lu}{2,5}$/u.test(words[at] ?? '') && !TITLE_ENDS.has(words[at]!)) at--;
  return TITLE_ENDS.has(words[at] ?? '');
}

/**
 * "RADM Michael Day": after a title, a given name then a head that is also a surname (names.json
 * finalOnlyHeads) is a person's name, as classify reads it (titledPerson); officials.ts then
 * takes it for a person although it ends in a head.
 */
export function givenThenSurname(name: string): boolean {
  const words = name.split(' ');
  return (
    NAME_RULES.finalOnlyHeads.has(words[words.length - 1]!) &&
    isGivenName(words[words.length - 2] ?? '')
  );
}

export function classify(name: string): EntityType | undefined {
  const words = tokens(name).map((t) => t.word);
  let type: EntityType | undefined;
  let capitals = 0;
  let complement = false;
  let headIndex = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A complement ("on North Korean Cyber Threats") names the subject, not the kind.
    if (CONNECTORS.has(word.toLowerCase())) {
      if (type) complement = true;
      continue;
    }
    if (/^\p{Lu}/u.test(word)) capitals++;
    const head = headAt(words, i);
    // …unless its first word completes the head ("Plan" + "of Action": a "Plan of Action"), or a
    // three-word head follows the complement's own word, naming a thing of that name ("Summit
    // for Democracy Year of Action" is the Year, not the Summit; "… on the Plan of Action" is a
    // complement still).
    const three = head !== undefined && head[0].split(' ').length === 3;
    const stacked = three && i >= 3 && !CONNECTORS.has(words[i - 3]!.toLowerCase());
    if (complement && !(three && (i - 2 === headIndex || stacked))) continue;
    complement = false;
    // "Bill Richardson": a head that is also a given name types only the name it ends.
    if (head && NAME_RULES.finalOnlyHeads.has(head[0]) && i < words.length - 1) continue;
    if (head && NAME_RULES.finalOnlyHeads.has(head[0]) && titledPerson(words, i)) continue;
    if (head) {
      type = head[1];
      headIndex = i;
    }
  }
  return type && capitals >= 2 ? type : undefined;
}

/**
 * "652 Korean War Unknowns", "Korean War Veterans": a plural noun ending the name after its head
 * noun (no connector between) makes the head a modifier: the name is of something else (people,
 * remains) that no head says. A singular word there is still the name's own ("Marine Corps Air
 * Station Futenma", "National War College"); a head opening the name ("Operation GLORY") is its kind.
 */
export function headModifies(name: string): boolean {
  const words = tokens(name).map((t) => t.word);
  const connector = words.findIndex((word) => CONNECTORS.has(word.toLowerCase()));
  const subject = connector < 0 ? words : words.slice(0, connector);
  const last = subject.length - 1;
  // ("Plus", "Campus", "Status" end in -us: no plural; "ASEAN Defense Ministerial Meeting Plus".)
  if (last < 1 || headAt(subject, last) || !/^\p{Lu}\p{Ll}+[^su]s$/u.test(subject[last]!))
    return false;
  return subject.slice(1, last).some((_, i) => headAt(subject, i + 1) !== undefined);
}
