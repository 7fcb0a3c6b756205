/**
 * The words a subject finder reads across between a subject and its verb
 * (data/rules/subject-gaps.json), validated once: subjectShapes.ts builds its end-anchored trims
 * from them, and endWords.ts its prefilter.
 */
import { z } from 'zod';
import subjectGapsJson from '../../data/rules/subject-gaps.json';
import { parseRules } from './load';

// ASCII on purpose: endWords.ts's prefilter compares the words' last runs of ASCII letters.
const WORDS = /^[a-z]+(?: [a-z]+)*$/;
const Words = z.array(z.string().regex(WORDS, 'lowercase ASCII words, one space between')).min(1);

const schema = z.object({
  subjectVerbGap: Words,
  progressiveAdverbs: Words,
  teamNouns: Words,
});

/** Validates a subject-gap rule file (the default is data/rules/subject-gaps.json). */
export function loadSubjectGaps(json: unknown = subjectGapsJson): z.infer<typeof schema> {
  return parseRules('rules/subject-gaps.json', schema, json);
}

export const SUBJECT_GAPS = loadSubjectGaps();
