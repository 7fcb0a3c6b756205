/**
 * "development in southern Mexico and Central America", "the humanitarian situation in northern
 * Ethiopia", "attacks in eastern Ukraine", "nationals from northeast Syria" (gold 2023-09-21): a
 * compass direction before a country names a part of
 * it, a place of its own (gold 2021-03-01, 2021-08-11: the Region "Southern Mexico", alias
 * "southern Mexico"), named with the direction capitalised. The country stays a nested hit.
 * Archive, sealed out: ~150 such uses (40 "southern Mexico", 12 "eastern Syria", 11 "northern
 * Ethiopia", 9 "eastern Ukraine").
 */
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const DIRECTION =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:(?:[Nn]orth|[Ss]outh)(?:east|west)?|[Ee]ast|[Ww]est)ern|(?:[Nn]orth|[Ss]outh)(?:east|west)) $/;
/**
 * "the North Arabian Sea", "the Western Indian Ocean", "the Central Arctic Ocean": a capitalised
 * direction before a known sea or ocean names a part of it, a place of its own named as written
 * (gold 2022-07-15, 2025-02-13, 2023-03-24); the whole sea is then no mention of its own.
 */
const WATER_DIRECTION =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:North|South)(?:east|west)?|East|West|(?:North|South|East|West)ern|Central) $/;
const WATER = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Ocean|Sea)$/;

export function directionalPlaces(
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const water of lexical) {
    if (water.type !== 'Region' || !WATER.test(water.text)) continue;
    const at = water.start - offset;
    const direction = WATER_DIRECTION.exec(text.slice(Math.max(0, at - 10), at));
    if (!direction) continue;
    const start = at - direction[0].length;
    out.push(
      candidateAt('Region', text.slice(start, at + water.text.length), start + offset, 'phrase'),
    );
  }
  for (const country of lexical) {
    if (country.type !== 'Country' || country.adjectival) continue;
    const at = country.start - offset;
    const direction = DIRECTION.exec(text.slice(Math.max(0, at - 16), at));
    if (!direction) continue;
    const start = at - direction[0].length;
    const surface = text.slice(start, at + country.text.length);
    const name = surface.charAt(0).toUpperCase() + surface.slice(1);
    out.push({
      ...candidateAt('Region', surface, start + offset, 'phrase', name),
      name,
      keepsInner: true,
    });
  }
  return out;
}
