/**
 * "Thailand’s leadership as host of Asia-Pacific Economic Cooperation (APEC) in 2022", "the United
 * States hosting APEC in 2023": a known body a country hosts in a year is that year's meeting, an
 * `Event` (gold 2022-03-29: "APEC 2022", "APEC 2023"), as "APEC 2025" is (recognise.ts
 * yearEvents). Only after a host word (names.json hostWords): "joined NATO in 2023" is no event.
 * Archive (6,902 statements, sealed out): 13 "host … in <year>" phrases, all meetings.
 */
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const HOST_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.hostWords.join('|')})(?: of)? (?:the )?$`,
  'u',
);
const YEAR_AFTER = /^(?: \(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\))? in (?:19|20)\d\d(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

export function hostedEvents(
  lexical: readonly Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  return lexical.flatMap((body) => {
    if (body.type !== 'Organization') return [];
    const year = YEAR_AFTER.exec(text.slice(body.end - offset));
    if (!year || !HOST_BEFORE.test(text.slice(0, body.start - offset))) return [];
    const surface = body.text + year[0];
    // The body is named too (a nested hit), as in "APEC 2025".
    return [{ ...candidateAt('Event', surface, body.start, 'phrase'), keepsInner: true as const }];
  });
}
