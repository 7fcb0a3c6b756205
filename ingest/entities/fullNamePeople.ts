/**
 * People a statement names by full name with no title anywhere ("coming home: Paul Whelan, Evan
 * Gershkovich, Alsu Kurmasheva, and Vladimir Kara-Murza", "the detention of Michael Kovrig and
 * Michael Spavor"): the officials' finders need a title, untitledPeople.ts a mourning or kin
 * context, so a detainee, a victim, a private person or a foreign figure named bare was no one,
 * though the gold declares every person a text names (CONVENTIONS 3.2). The census of session 49
 * found such names the largest class of missed Officials (about 40 in 30 gold files).
 *
 * A person here is a given name of either list (`isGivenName`), an optional initial, and one or
 * two capitalised name words, standing alone:
 * - no capitalised word right before (a title or a longer name: "Royal Navy", "Abraham Lincoln
 *   Presidential Library") and no article ("the Harriet Lane", "the Hope Probe": a ship, a thing);
 * - no capitalised word, digit, hyphen or slash right after ("Lawrence Berkeley National Lab"),
 *   no opening quote right before (a quoted name is an exercise or a programme: “Tiger Triumph”);
 * - no word of it written in lower case elsewhere in the document ("Free Association", "Law
 *   Enforcement", "May God", "See Also": English words, not names);
 * - no word a head noun, title word or listed non-name (`personNameWord`), and a last word in a
 *   word class of names, or in none (`surnameClass`);
 * - no hit already there (a place, a body, an official read with a title).
 * A surname an Official of the document already ends in makes that official, not a new person.
 */
import { givenNameGender, isGivenName } from '../rules/givenNameList';
import type { SegmentedSentence } from '../segment';
import { coarseShares, wordClass } from '../topics/selector/wordClasses';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { personNameWord } from './officialLookup';
import { UPPER } from './officialPatterns';
import { insertHit, overlapsAny } from './placeHit';
import { listedTag } from './wordReadings';

const LOW = 'a-zß-öø-ɏḀ-ỿ';
/** A name word: "Whelan", "Kara-Murza", "O’Neill"; a possessive "’s" is left outside. */
const WORD = `[${UPPER}][${LOW}]+(?:[’'][${UPPER}][${LOW}]+)?(?:-[${UPPER}][${LOW}]+)*`;
/** A first word, an optional initial, one or two more name words, not glued to a longer word. */
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}.’'/“"‘-])${WORD}(?: [${UPPER}]\\.)?(?: ${WORD}){1,2}(?![\\p{L}\\p{N}/-])`,
  'gu',
);
/** Right after: another capitalised word or a number continues a longer name. */
const RUNS_ON = new RegExp(`^ (?:[${UPPER}0-9]|(?:of|for|de|del|bin) [${UPPER}])`, 'u');
/** Between two items of a list of people. */
const LIST_JOIN = /^(?:,|,? and|,? &) $/;
/** Right before: a capitalised word, an article, or a determiner of things. */
const BEFORE = new RegExp(
  `(?:[${UPPER}][\\p{L}’'.-]*|(?<!\\p{L})(?:the|a|an|this|these|those|its|our|their))\\s$`,
  'u',
);

/** A maximal run of lowercase letters (every character of LOW is a letter). */
const LOWER_RUN = new RegExp(`[${LOW}]+`, 'g');
const LETTER = /\p{L}/u;

/** Whether the code point ending right before `at` is a letter of any script. */
function letterBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  // ASCII on purpose: below 128 the letters are exactly these two ranges.
  if (unit < 128) return (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
  const pairStart = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? at - 2 : -1;
  const high = pairStart >= 0 ? text.charCodeAt(pairStart) : 0;
  const point =
    high >= 0xd800 && high <= 0xdbff
      ? String.fromCodePoint(text.codePointAt(pairStart)!)
      : text[at - 1]!;
  return LETTER.test(point);
}

/**
 * The lowercase words of a document, so a capitalised English word is told from a name: the
 * maximal runs of lowercase letters that no letter precedes (what `(?<!\p{L})[LOW]+` matches, read
 * without a Unicode lookbehind at every character of the document).
 */
function lowercaseWords(text: string): Set<string> {
  const out = new Set<string>();
  LOWER_RUN.lastIndex = 0;
  for (let match = LOWER_RUN.exec(text); match; match = LOWER_RUN.exec(text))
    if (match.index === 0 || !letterBefore(text, match.index)) out.add(match[0]);
  return out;
}

/** compromise's lexicon tags of a name, not of an English word ("Paul", "Costa"; not "hope"). */
const NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);

/**
 * Whether compromise's lexicon lists the word as an English word and not as a name: "Law",
 * "Hope", "Royal", "Free" are in the public-domain given-name list, "King", "Gate" surnames.
 */
function englishWord(word: string): boolean {
  const listed = listedTag(word.toLowerCase());
  if (listed === undefined) return false;
  const tags = Array.isArray(listed) ? listed : [listed];
  return !tags.some((tag) => typeof tag === 'string' && NAME_TAGS.has(tag));
}

/** A word of a person's name: no head noun or title, no English word, none the text lowercases. */
function nameWord(word: string, lower: ReadonlySet<string>): boolean {
  // Each part of a double name on its own: personNameWord reads one capital ("Kara-Murza").
  return word
    .split('-')
    .every((part) => personNameWord(part) && !englishWord(part) && !lower.has(part.toLowerCase()));
}

/** The document's Officials of two or more words, keyed by their last word (the surname). */
function officialsBySurname(hitsBySentence: Map<number, EntityHit[]>): Map<string, EntityHit> {
  const out = new Map<string, EntityHit>();
  for (const hits of hitsBySentence.values())
    for (const hit of hits) {
      const name = hit.name ?? hit.text;
      if (hit.type !== 'Official' || !name.includes(' ')) continue;
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (!out.has(last)) out.set(last, hit);
    }
  return out;
}

/** A run of two or three name words standing alone in its sentence (see the module comment). */
interface Run {
  at: number;
  end: number;
  text: string;
  words: string[];
}

function standingRuns(sentence: string, lower: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  for (const match of sentence.matchAll(RUN)) {
    const at = match.index;
    const end = at + match[0].length;
    if (BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) continue;
    if (RUNS_ON.test(sentence.slice(end, end + 6))) continue;
    const words = match[0].split(' ').filter((word) => !/^\p{Lu}\.$/u.test(word));
    if (words.every((word) => nameWord(word, lower)) && surnameClass(words[words.length - 1]!))
      runs.push({ at, end, text: match[0], words });
  }
  return runs;
}

/**
 * Below this share of given names in its word class, a last word the general-English vectors
 * hold is a common noun of a firm's or a place's name ("Abbott Nutrition", "Meta Platforms",
 * "Moses Lake", "Eli Lilly", "Jim Crow"): 0.1 keeps the surname classes (0.13 and up: "Whelan",
 * "Gantz", "Stanley") and refuses the noun classes (0.01–0.08) in the helpers' sample of session 49.
 */
const SURNAME_CLASS_SHARE = 0.1;
let givenShares: Map<string, number> | undefined;

/** Whether a name's last word can be a surname: unknown to the vectors, or in a names class. */
function surnameClass(word: string): boolean {
  const found = wordClass(word.toLowerCase());
  if (!found) return true;
  givenShares ??= coarseShares((w) => givenFirst(w.charAt(0).toUpperCase() + w.slice(1)));
  return (givenShares.get(found.coarse) ?? 0) >= SURNAME_CLASS_SHARE;
}

/** A given name of either list or of the gendered list ("Chirag", "Talal", "Bassirou"). */
function givenFirst(word: string): boolean {
  return isGivenName(word) || givenNameGender(word) !== undefined;
}

/**
 * The runs that are people: those opening with a given name, then any run coordinated with a
 * person in a list ("Paul Whelan, Evan Gershkovich, Alsu Kurmasheva, and …": "Alsu" is in no
 * list, its place in the list of detainees says a person).
 */
function people(sentence: string, runs: readonly Run[]): Run[] {
  const chosen = new Set(runs.filter((run) => givenFirst(run.words[0]!)));
  let grew = chosen.size > 0;
  while (grew) {
    grew = false;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      if (chosen.has(run)) continue;
      const prev = runs[k - 1];
      const next = runs[k + 1];
      const joined =
        (prev && chosen.has(prev) && LIST_JOIN.test(sentence.slice(prev.end, run.at))) ||
        (next && chosen.has(next) && LIST_JOIN.test(sentence.slice(run.end, next.at)));
      if (joined) {
        chosen.add(run);
        grew = true;
      }
    }
  }
  return runs.filter((run) => chosen.has(run));
}

export function fullNamePeople(
  text: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const lower = lowercaseWords(text);
  const known = officialsBySurname(hitsBySentence);
  for (const sentence of sentences) {
    const runs = standingRuns(sentence.text, lower);
    if (runs.length === 0) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    let added = false;
    for (const run of people(sentence.text, runs)) {
      const start = sentence.start + run.at;
      const end = sentence.start + run.end;
      if (overlapsAny(hits, start, end)) continue;
      const same = known.get(run.words[run.words.length - 1]!);
      const name = same?.name ?? run.text;
      const id = same?.entityId ?? entityIdFor('Official', name);
      insertHit(hits, entityHit(id, 'Official', start, end, run.text, name));
      added = true;
    }
    if (added) hitsBySentence.set(sentence.index, hits);
  }
}
