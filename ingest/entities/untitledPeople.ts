/**
 * People a statement names without a title (condolence and commemorative texts, gold 2023-09-02):
 * a common given name (data/lexicon/given-names.json) makes a person only where the context says
 * a person is meant, so "May Day" or "Will Rogers Airport" name no one:
 * - "Given Surname" that the title names too ("… On the Passing of Bill Richardson"), and the
 *   bare given name of that person afterwards ("Bill’s legacy", "the work Bill did");
 * - a given name coordinated with the speaker's "I" ("Jill and I send our love");
 * - a given name in apposition to a kin noun ("his wife of over 50 years, Barbara", "her husband
 *   Ian");
 * - "the late Given Surname": "late" before a full name means a dead person ("paid tribute to the
 *   late Anna Brennan"), whatever the genre.
 * They are `Official`s with no title and no REPRESENTS, the gold's only type for a person.
 */
import { GIVEN_NAMES } from '../rules/givenNameList';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { insertHit, overlapsAny } from './placeHit';

/** A person the title mourns or honours: "… On the Passing of Bill Richardson". */
const FULL_NAME =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Passing|Death|Loss|Life|Memory|Legacy|Funeral|Honor|Remembrance) of ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+) ((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\. )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/gi;
const WITH_I = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+) and I(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/g;
const KIN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|grandson|granddaughter)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[^.;,]{0,40}, | )([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![ -][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/g;

/** KIN's words, less those holding another ("widow" finds "widower", "son" "grandson"). */
const KIN_WORDS = [
  'wife',
  'husband',
  'widow',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
];

/** "the late Anna Brennan": the given name is checked against the list before a hit is made. */
const LATE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])the late ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+) ((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\. )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/g;

interface Person {
  id: string;
  name: string;
  given: string;
  /** The bare given name, not the start of another name ("Bill", not "Bill Clinton"). */
  bare: RegExp;
}

/**
 * A person's hit at `at` in the sentence, unless a hit already covers part of it (a module
 * function, not a closure built per sentence).
 */
function add(
  into: { hits: EntityHit[]; at: number },
  at: number,
  text: string,
  id: string,
  name: string,
): void {
  const { hits } = into;
  const start = into.at + at;
  const end = start + text.length;
  if (overlapsAny(hits, start, end)) return;
  insertHit(hits, { entityId: id, type: 'Official', start, end, text, name });
}

export function untitledPeople(
  title: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const oneLine = title.replace(/\s+/g, ' ');
  const people: Person[] = [];
  for (const match of oneLine.matchAll(FULL_NAME)) {
    if (!GIVEN_NAMES.has(match[1]!) || !/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(match[2]!)) continue;
    const name = `${match[1]} ${match[2]}`;
    const given = match[1]!;
    const bare = new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${given}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![ -][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
      'g',
    );
    people.push({ id: entityIdFor('Official', name), name, given, bare });
  }
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const into = { hits, at: sentence.start };
    for (const person of people) {
      let at = sentence.text.indexOf(person.name);
      while (at >= 0) {
        add(into, at, person.name, person.id, person.name);
        at = sentence.text.indexOf(person.name, at + 1);
      }
      for (const match of sentence.text.matchAll(person.bare))
        add(into, match.index, person.given, person.id, person.name);
    }
    // LATE needs "the late ": most sentences are spared its scan.
    if (sentence.text.includes('the late ')) {
      for (const match of sentence.text.matchAll(LATE)) {
        if (!GIVEN_NAMES.has(match[1]!)) continue;
        const name = `${match[1]} ${match[2]}`;
        add(into, match.index + 'the late '.length, name, entityIdFor('Official', name), name);
      }
    }
    // WITH_I needs " and I", KIN a kinship word (a plain search: its leading look-behind makes
    // the engine try every position): most sentences are spared both scans.
    const patterns: RegExp[] = [];
    if (sentence.text.includes(' and I')) patterns.push(WITH_I);
    if (KIN_WORDS.some((word) => sentence.text.includes(word))) patterns.push(KIN);
    for (const pattern of patterns) {
      for (const match of sentence.text.matchAll(pattern)) {
        const given = match[1]!;
        if (!GIVEN_NAMES.has(given) || people.some((p) => p.given === given)) continue;
        const at = match.index + match[0].lastIndexOf(given);
        const id = entityIdFor('Official', given);
        add(into, pattern === WITH_I ? match.index : at, given, id, given);
      }
    }
    hitsBySentence.set(sentence.index, hits);
  }
}
