/**
 * "the ironclad alliance between the United States and the Philippines", "the ironclad alliances
 * between the United States and Japan, and the United States and the Republic of Korea": the
 * parties a sentence names after "alliance(s) between" name the alliance, "<A>-<B> Alliance" (the
 * United States first), whatever the document's own parties are (gold 2023-07-28: U.S.-Japan
 * Alliance and U.S.-ROK Alliance, declared with no alias; 2021-05-21: "alliance" is the U.S.-ROK
 * Alliance). Archive (sealed out): 18 such phrases in 17 statements, all with two countries per
 * pair. The mention is the noun ("alliance", "alliances"); the countries stay mentions of their own
 * (the clause is about them too).
 */
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { allianceName } from './alliance';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';

const BETWEEN = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])([Aa]lliances?) between /g;
/** What may stand between two parties of a pair, and between two pairs. */
const AND = /^(?:the )?$/;
const JOIN_PAIR = /^ and (?:the )?$/;
const NEXT_PAIR = /^,? and (?:the )?$/;

/** The countries named one after another from `from`, each joined by the given gaps. */
function countriesFrom(text: string, base: number, from: number, hits: readonly EntityHit[]) {
  const countries = hits
    .filter((hit) => hit.type === 'Country' && !hit.adjectival && hit.start >= base + from)
    .sort((a, b) => a.start - b.start);
  const out: EntityHit[] = [];
  let at = base + from;
  for (const hit of countries) {
    const gap = text.slice(at - base, hit.start - base);
    const joins = out.length === 0 ? AND : out.length % 2 === 1 ? JOIN_PAIR : NEXT_PAIR;
    if (!joins.test(gap)) break;
    out.push(hit);
    at = hit.end;
  }
  return out;
}

export function pairAlliances(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  for (const sentence of sentences) {
    if (!sentence.text.includes('lliance')) continue;
    let hits = hitsBySentence.get(sentence.index) ?? [];
    for (const match of sentence.text.matchAll(BETWEEN)) {
      const word = match[1]!;
      const after = match.index + match[0].length;
      const countries = countriesFrom(sentence.text, sentence.start, after, hits);
      const pairs: string[][] = [];
      for (let i = 0; i + 1 < countries.length; i += 2)
        pairs.push([countries[i]!.entityId, countries[i + 1]!.entityId]);
      // One pair for "alliance", two or more for "alliances".
      if (pairs.length === 0 || (word.endsWith('s') ? pairs.length < 2 : pairs.length !== 1))
        continue;
      const start = sentence.start + match.index;
      const end = start + word.length;
      // Not placeHit: a new list per match, several hits pushed, one sort; stored after the loop.
      hits = hits.filter((hit) => !(hit.start >= start && hit.end <= end && hit.type !== 'Topic'));
      for (const pair of pairs) {
        const name = allianceName(lexicon, pair[0]!, pair[1]!)?.name;
        if (!name) continue;
        const id = entityIdFor('Organization', name);
        hits.push(entityHit(id, 'Organization', start, end, word, name));
      }
      hits.sort((a, b) => a.start - b.start);
    }
    hitsBySentence.set(sentence.index, hits);
  }
}
