/**
 * A group head with an inclusion list as subject: "Several Allies – including Canada, Norway,
 * Spain, and the United Kingdom – will continue to play …". The listed countries are the ones
 * named as acting, so they are the actors (gold 2024-07-09, README: third parties' undertakings,
 * as session 9's coalition). The heads are the signatory-country nouns of data/rules/groups.json
 * ("allies", "partners", "countries", …).
 */
import type { Subject } from '../resolveActors';
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

/** A quantifier or "other" before the head: "Several Allies", "Many other partners". */
const QUANTIFIER = '(?:[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Nn]umerous|[Aa] number of)';

const HEADS = [...GROUPS.countryNouns]
  .filter((noun) => !/\s/.test(noun))
  .map((noun) => noun.replace(/^./, (first) => `[${first.toUpperCase()}${first}]`))
  .join('|');

/**
 * "Several Allies – including A, B, and C –" or "…, including A and B," right before the verb;
 * group 1 is the list. Dashes or commas enclose it; the head opens the sentence or follows
 * "and" / a comma, so an object ("support from partners, including …") is no subject.
 */
const INCLUSION = new RegExp(
  `(?:^|,\\s+|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])and\\s+)(?:${QUANTIFIER}\\s+)?(?:(?:other|fellow|\\p{Lu}\\p{Ll}+)\\s+)?(?:${HEADS})\\s*[–—,(]\\s*including\\s+((?:the\\s+)?\\p{Lu}[^–—();:]{1,160}?)\\s*[–—,)]\\s*$`,
  'u',
);

/** Whether a subject's text is a group head with an inclusion list (it may act as no party). */
export function isInclusionSubject(text: string): boolean {
  return INCLUSION.test(text.trimEnd());
}

/** The countries of the inclusion list, or undefined when the subject is no such phrase. */
export function inclusionSubject(
  hits: EntityHit[],
  sentenceStart: number,
  left: string,
): Subject | undefined {
  const match = INCLUSION.exec(left.trimEnd());
  if (!match) return undefined;
  const listStart = match.index + match[0].indexOf(match[1]!);
  const listEnd = listStart + match[1]!.length;
  const listed = hits.filter(
    (hit) =>
      !hit.nested &&
      hit.type === 'Country' &&
      hit.start - sentenceStart >= listStart &&
      hit.end - sentenceStart <= listEnd,
  );
  // Every item is a country: "A, B, and C" with nothing else left over.
  let rest = match[1]!;
  for (const hit of [...listed].reverse())
    rest =
      rest.slice(0, hit.start - sentenceStart - listStart) +
      rest.slice(hit.end - sentenceStart - listStart);
  if (listed.length < 2 || !/^(?:\s*(?:,|and|the)\s*)*$/.test(rest)) return undefined;
  // The subject starts at its quantifier or head, after a joining comma or "and".
  const opener = /^(?:,\s+|and\s+)/.exec(match[0])?.[0].length ?? 0;
  return {
    actors: [...new Set(listed.map((hit) => hit.entityId))],
    start: match.index + opener,
    end: left.trimEnd().length,
  };
}
