/**
 * "we honor the patriots who fought and died in Korea so that …", "we salute the warfighters
 * whose valor brought lasting glory …": a relative clause about people that tells what they did
 * (a past or perfect verb) is narrative, not what the stance is about; the commitment's scope
 * ends where it opens (the gold never takes a topic from it). "detainees who are detained" (a
 * state, not a deed) and "partners who will join" stay in scope.
 */

/** Irregular past forms of deeds a tribute recounts; regular ones end in "-ed". */
const IRREGULAR =
  'fought|gave|shed|bled|made|took|won|stood|led|paid|laid|fell|went|came|bore|built|brought|sought|kept|held|left|ran|rose|met|saw|gone|given|taken|fallen|borne';

/** "who fought", "who bravely served", "who have given", "whose valor and devotion brought". */
const NARRATIVE = new RegExp(
  `\\s(?:who\\s+(?:(?:have|has|had)\\s+)?(?:\\p{Ll}+ly\\s+)?|whose\\s+(?:\\p{Ll}+\\s+){1,4}?)(?:\\p{Ll}+ed|${IRREGULAR})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'gu',
);

/** Where narrative relative clauses open in `text` (the space before "who"/"whose"). */
function narrativeRelatives(text: string): number[] {
  // Most sentences have no relative pronoun: skip the pattern.
  if (!text.includes(' who')) return [];
  return [...text.matchAll(NARRATIVE)].map((match) => match.index);
}

/** The first narrative relative clause after `from` and before `to`, or `to`. */
export function beforeNarrative(text: string, from: number, to: number): number {
  for (const at of narrativeRelatives(text)) if (at >= from && at < to) return at;
  return to;
}
