/**
 * Subjects named through a country: "the DPRK side", "the Russian and Chinese sides", "South
 * Korea's foreign ministry".
 */
import type { Subject } from '../resolveActors';
import type { EntityHit } from '../types';

const SIDE_WORD = /^(?:sides?|governments?|delegations?)$/i;
const SPACE = /\s/;

/**
 * What `/\s+(?:sides?|governments?|delegations?)$/i` finds in `trimmed` (the whitespace and the
 * word, and where the whitespace starts), read from the end: that regex was tried from every
 * position of the text before each verb, for every subject asked about. The word holds no
 * space, so it is the last run of non-spaces, and the leftmost match starts where the run of
 * spaces before it does.
 */
function sideWord(trimmed: string): { index: number; text: string } | undefined {
  let word = trimmed.length;
  while (word > 0 && !SPACE.test(trimmed[word - 1]!)) word--;
  if (word === 0 || !SIDE_WORD.test(trimmed.slice(word))) return undefined;
  let index = word;
  while (index > 0 && SPACE.test(trimmed[index - 1]!)) index--;
  return { index, text: trimmed.slice(index) };
}

/**
 * "the DPRK side", "the Chinese side": the country before "side"; "the Russian and Chinese sides":
 * the coordinated countries before "sides". "The Danish and Dutch governments", "the Yemeni
 * government": a demonym (or name) before "government(s)" is that state, the same shape (gold
 * 2024-07-10: Denmark and the Netherlands are the actors). "The Ukrainian delegation", "the U.S. and
 * Mexican delegations": the delegation's country, as generic officials stand for theirs (gold
 * 2025-11-23, README session 15 B).
 */
export function sideOf(
  hits: EntityHit[],
  sentenceStart: number,
  trimmed: string,
): Subject | undefined {
  const side = sideWord(trimmed);
  if (!side) return undefined;
  const countryEndingAt = (end: number) =>
    hits.find((candidate) => candidate.type === 'Country' && candidate.end - sentenceStart === end);
  const last = countryEndingAt(side.index);
  if (!last) return undefined;
  const list = [last];
  if (/s$/i.test(side.text)) {
    for (;;) {
      const before = trimmed.slice(0, list[0]!.start - sentenceStart);
      const joiner = /(?:,\s*and\s+|\s+and\s+|,\s+)$/.exec(before);
      const previous = joiner ? countryEndingAt(before.length - joiner[0].length) : undefined;
      if (!previous) break;
      list.unshift(previous);
    }
    // "the Chinese sides" is no phrase: a plural needs two countries.
    if (list.length < 2) return undefined;
  }
  // "the Danish and Dutch governments" opens with "the"; "officials from the United States and
  // Colombian government" shares its head with a country before it, which this list would lose.
  // (A delegation likewise: "members of the U.S. delegation" is no delegation as subject.)
  if (
    /(?:governments?|delegations?)$/i.test(side.text) &&
    !/(?:^|\s)the\s+$/i.test(trimmed.slice(0, list[0]!.start - sentenceStart))
  )
    return undefined;
  return {
    actors: [...new Set(list.map((hit) => hit.entityId))],
    start: list[0]!.start - sentenceStart,
    end: trimmed.length,
  };
}

/** An official's possessive before their own trip, visit or meeting. */
const OWN_ENGAGEMENT = /^[’']s?\s+(?:trip|visit|travel|meeting|call|engagement)s?$/;

/**
 * "South Korea's foreign ministry", "China's Foreign Ministry spokesperson": the country; "DNSA
 * Neuberger’s trip": the official. `bare`: nothing (no modal) stands between subject and verb.
 */
export function possessorOf(
  hits: EntityHit[],
  sentenceStart: number,
  trimmed: string,
  bare = true,
) {
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i]!;
    const end = hit.end - sentenceStart;
    if (end > trimmed.length || hit.nested) continue;
    const tail = trimmed.slice(end);
    // "DNSA Neuberger’s trip follows up on …": an official's own trip or meeting acts for them.
    // ("Prime Minister Bennett’s visit will strengthen …" forecasts the visit's effect: a bare
    // verb only, no modal stripped before it.)
    if (hit.type === 'Official' && bare && OWN_ENGAGEMENT.test(tail))
      return { actors: [hit.entityId], start: hit.start - sentenceStart, end: trimmed.length };
    if (hit.type !== 'Country') continue;
    // Up to five words of the body's name after the possessive, and no clause boundary.
    if (
      /^[’']s?(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]+){1,5}$/.test(tail) &&
      !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|who|and|to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(tail)
    )
      return { actors: [hit.entityId], start: hit.start - sentenceStart, end: trimmed.length };
    if (end < trimmed.length - 60) break;
  }
  return undefined;
}
