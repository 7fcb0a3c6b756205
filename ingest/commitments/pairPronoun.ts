/**
 * Pronoun subjects that name two sides in a one-party statement. "Prime Minister Kishida and I
 * discussed …", "Vice President Harris and I look forward …", "Doug and I pray …": the named
 * official and the speaker (gold 4 of 4 "<official> and I" subjects: 2022-11-17, 2023-11-21
 * twice, 2024-08-07; "My team and I" names no official and stays the speaker). "… discussions between our
 * governments, we are delivering results", "our nations have come together … as we tackle …": a
 * "we" after the sentence named the pair ("our nations", groups.json `pairNouns`) is that pair
 * (gold 2 of 2: 2021-08-14, 2022-11-17; a bare "Today we celebrate …" stays the speaker's own).
 */
import type { SubjectSite } from '../resolveActors';
import { ownPair } from './groupSubject';
import { GROUPS } from './groups';

/** "<Official> and I": the official named right before "and". */
const AND_BEFORE = /\s+and\s+$/;

/**
 * The named official joined to an "I" at `start` (relative to the sentence), with where the
 * official's name starts there (the subject then spans both), if any.
 */
export function officialAndI(
  site: SubjectSite,
  start: number,
): { id: string; start: number } | undefined {
  const { sentence, hits, trimmed } = site;
  const joined = AND_BEFORE.exec(trimmed.slice(0, start));
  if (!joined) return undefined;
  const at = sentence.start + joined.index;
  const official = hits.find((hit) => hit.type === 'Official' && !hit.nested && hit.end === at);
  return official && { id: official.entityId, start: official.start - sentence.start };
}

/** "our nations", "between our governments" before the pronoun: the words a pair is named by. */
const OUR_NOUN = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])our\s+(?:two\s+)?([a-zß-öø-ɏḀ-ỿ]+)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;

/** The pair a "we" at `start` stands for, when the sentence named it before; else undefined. */
export function namedPairWe(site: SubjectSite, start: number): string[] | undefined {
  for (const match of site.trimmed.slice(0, start).matchAll(OUR_NOUN))
    if (GROUPS.pairNouns.has(match[1]!.toLowerCase()))
      return ownPair(site.context, `our ${match[1]}`);
  return undefined;
}
