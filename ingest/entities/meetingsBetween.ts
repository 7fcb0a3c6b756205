/**
 * "the meeting between President Biden and President Yoon", "the successful summit between
 * President Biden and President Yoon", "the recent summit meeting between Russian President Putin
 * and DPRK leader Kim": a meeting, summit or call between two named officials is one meeting, an
 * `Event` (gold conventions: an Event when the text names it as a thing; gold 2022-05-12,
 * 2022-09-15 and 2023-09-14 give these descriptions, without the determiner, as its aliases). The
 * officials stay entities and, unlike a visit's, in the clause's `about` (gold 2022-05-12, 2022-09-15:
 * the meeting and both leaders). Archive (sealed out): 21 such phrases in 21 statements, every
 * one a particular meeting or call ("the December 7 call between President Biden and President
 * Putin"); after "a" (4 of them) one still to be arranged, which names none.
 */
import { TITLE_BEFORE } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

/** Up to two lowercase modifiers ("successful", "summit", "phone") before the head, no function word. */
const BETWEEN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?:(?!(?:and|or|of|to|the|a|an|for|with|in|on|at|by|their|our|its)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}[\p{Ll}-]* ){0,2}(?:meeting|summit|call|conversation|talks) between $/u;
/** "Russian President Putin and DPRK leader Kim": what may stand before the second official. */
const JOIN = /^ and (?:(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* )?(?:\p{Ll}+ )?)?$/u;

export function meetingsBetween(
  text: string,
  offset: number,
  named: readonly Candidate[],
): Candidate[] {
  if (!text.includes(' between ')) return [];
  const officials = named
    .filter((candidate) => candidate.type === 'Official')
    .sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const [i, first] of officials.entries()) {
    const title = TITLE_BEFORE.exec(
      text.slice(Math.max(0, first.start - offset - 40), first.start - offset),
    );
    const firstStart = first.start - offset - (title?.[0].length ?? 0);
    const before = BETWEEN.exec(text.slice(0, firstStart));
    // The first official may follow its country's adjective ("Russian President Putin").
    const fronted =
      before ?? BETWEEN.exec(text.slice(0, firstStart).replace(/\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]* $/u, ''));
    // "a call between President Biden and President Xi" is one yet to be had, not named as a
    // thing (as "a successful summit", meetingPhrases; gold 2024-01-27 declares none).
    if (!fronted || /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])an? $/.test(text.slice(0, fronted.index))) continue;
    const second = officials[i + 1];
    if (!second || !JOIN.test(text.slice(first.end - offset, second.start - offset))) continue;
    const start = fronted.index;
    const surface = text.slice(start, second.end - offset);
    out.push({
      ...candidateAt('Event', surface, start + offset, 'phrase'),
      keepsInner: true,
      keepsParticipants: true,
    });
  }
  return out;
}
