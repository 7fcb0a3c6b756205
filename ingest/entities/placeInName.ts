/** Places named inside a longer name: which ones are entities of their own. */
import type { Candidate } from './matchLexicon';

/**
 * "Code of Conduct for the South China Sea", "Strategic Dialogue on the Indo-Pacific": a place in
 * the complement of an instrument's or a programme's name is named too (gold conventions); one
 * that opens the name ("Indo-Pacific Economic Framework") is only a modifier.
 */
export function placeInComplement(outer: Candidate, candidate: Candidate): boolean {
  if (candidate.type !== 'Region' || candidate.start <= outer.start) return false;
  // Not a body's or a site's own name ("Council of Europe", "Cemetery of the Pacific").
  if (outer.type !== 'Instrument' && outer.type !== 'Program') return false;
  // "Article 6 of the Paris Agreement": a place before another capitalised word modifies it.
  if (/^\s\p{Lu}/u.test(outer.text.slice(candidate.end - outer.start))) return false;
  return /\s(?:of|on|for|in|to)\s(?:the\s)?$/.test(
    outer.text.slice(0, candidate.start - outer.start),
  );
}

/**
 * "the upcoming trilateral summit in Washington": the place a described meeting is held in is
 * named as well as the meeting, and is what the clause is about too (gold 2023-06-17, 2024-01-29,
 * 2022-03-29 put the city in `about` next to the summit), unlike a visit's destination.
 */
export function placeOfMeeting(outer: Candidate, candidate: Candidate): boolean {
  if (outer.type !== 'Event' || candidate.type !== 'Region') return false;
  if (candidate.end !== outer.end) return false;
  return /\s(?:in|at)\s(?:the\s)?$/.test(outer.text.slice(0, candidate.start - outer.start));
}
