// A vacuous head is a topic when a domain word names what it is about; written once for the
// selector's candidate filter and the invariants check that allows the same names.
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { FUNCTION_WORDS } from './wordTests';

/**
 * "diplomatic efforts", "economic measures", "security concerns": a domainVacuousHeads head right
 * after a lowercase domain word (no weak modifier: "concrete steps"; no preposition anywhere:
 * "partners with evaluative tools" is headed by "partners") names what the efforts are about; the
 * model judges the candidate as any other. The invariants test allows the same names.
 */
export function domainVacuous(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || !TOPIC_QUALITY.domainVacuousHeads.has(words.at(-1)!.toLowerCase()))
    return false;
  const modifier = words.at(-2)!;
  const lower = modifier.toLowerCase();
  return (
    /^\p{Ll}/u.test(modifier) &&
    !TOPIC_QUALITY.weakModifiers.has(lower) &&
    !TOPIC_QUALITY.vacuousHeads.has(lower) &&
    !words.some((word) => FUNCTION_WORDS.test(word))
  );
}
