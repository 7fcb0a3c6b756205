/**
 * A light plural stem, enough to equate "sanctions"/"sanction" and "activities"/"activity"
 * without a stemming library: it only ever strips a plural ending. Shared by the scorer's topic
 * matching (eval/normalize.ts) and the learnt topic selector's features, so both read a head alike.
 */
// Greek plurals in -es whose singular ends in -is ("economic and health crises" → "crisis"); a
// closed list because "bases", "cases" and "purposes" take -s.
const IS_PLURAL = /(?:cris|analys|hypothes|emphas|diagnos|synthes|parenthes)es$/;

export function stem(word: string): string {
  if (IS_PLURAL.test(word)) return `${word.slice(0, -2)}is`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}
