/**
 * "Anne Neuberger traveled … DNSA Neuberger highlighted …": a person whose title no rule reads
 * (a misspelt or abbreviated one) is found by a titled surname elsewhere ("DNSA Neuberger"); a
 * single capitalised word right before that surname elsewhere in the document is the given name,
 * so the official is named in full, once, as the gold names people. A word that is a title, an
 * honorific, a month, a clause opener or a name's notName is no given name ("President Neuberger"),
 * nor is a word inside a title the officials' finder read ("Secretary of Defense Austin"), and two
 * different candidates leave the surname alone.
 */
import type { Lexicon } from '../lexicon';
import { MONTHS } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { escapeRegex, TITLE_RULES, TITLE_WORDS } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import type { OfficialFinding } from './officials';
import { insertHit } from './placeHit';

const NOT_GIVEN: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...TITLE_RULES.ranks,
  ...TITLE_RULES.honorifics,
  ...TITLE_RULES.notNames,
  ...MONTHS,
  ...NAME_RULES.openers,
]);

/** A plural title ("Senators Carper and Kennedy", "Representatives Strickland") is no given name either. */
function notGiven(word: string): boolean {
  return NOT_GIVEN.has(word) || (word.endsWith('s') && TITLE_WORDS.has(word.slice(0, -1)));
}

export function completeGivenNames(
  lexicon: Lexicon,
  text: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  officials: readonly OfficialFinding[],
): void {
  const hits = [...hitsBySentence.values()].flat();
  const taken = (start: number, end: number) =>
    hits.some((hit) => hit.start < end && hit.end > start);
  // "Secretary of Defense Austin", "European Council President Michel": the words between an
  // official's title start and the name are the title's ("Defense" completes it), never a given name.
  const titleParts = officials
    .filter(({ span, candidate }) => candidate.start > span.start)
    .map(({ span, candidate }) => ({ start: span.start, end: candidate.start }));
  const inTitle = (start: number, end: number) =>
    titleParts.some((part) => part.start <= start && end <= part.end);
  // A surname already joined to a full name ("Carpten" after "John D. Carpten") is named.
  const named = new Set(
    hits.filter((hit) => hit.type === 'Official' && hit.text.includes(' ')).map((h) => h.entityId),
  );
  const bare = hits.filter(
    (hit) =>
      hit.type === 'Official' &&
      !hit.text.includes(' ') &&
      !lexicon.entities.has(hit.entityId) &&
      !named.has(hit.entityId),
  );
  for (const surname of new Set(bare.map((hit) => hit.text))) {
    const pattern = new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(\\p{Lu}\\p{Ll}+) ${escapeRegex(surname)}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![-’'])`,
      'gu',
    );
    const found = [...text.matchAll(pattern)].filter((match) => {
      const end = match.index + match[1]!.length;
      return !notGiven(match[1]!) && !taken(match.index, end) && !inTitle(match.index, end);
    });
    const given = new Set(found.map((match) => match[1]!));
    if (given.size !== 1) continue;
    const full = `${[...given][0]!} ${surname}`;
    const id = entityIdFor('Official', full);
    for (const hit of bare) {
      if (hit.text !== surname) continue;
      for (const official of officials)
        if (official.candidate.entityId === hit.entityId) official.candidate.entityId = id;
      hit.entityId = id;
      hit.name = full;
    }
    for (const match of found) {
      const start = match.index;
      const end = start + full.length;
      // The surname there may be a hit already: it grows to the full name.
      const own = bare.find((hit) => hit.text === surname && hit.end === end);
      if (own) {
        Object.assign(own, { start, text: full });
        continue;
      }
      const sentence = sentences.find((s) => s.start <= start && s.end >= end);
      const list = sentence && hitsBySentence.get(sentence.index);
      if (!list || taken(start, end)) continue;
      insertHit(list, { entityId: id, type: 'Official', start, end, text: full, name: full });
    }
  }
}
