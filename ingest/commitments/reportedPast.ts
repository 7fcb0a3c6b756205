/**
 * "The President conveyed that he is looking forward to working closely with … and committed to
 * deepening …": a past verb after "and" cannot continue a complement in the present (or with
 * "will"), so it is one more verb of the past reporting verb before the "that", and shares that
 * verb's subject (gold 2024-07-05; archive: "emphasized that the United States would remain
 * committed to … and expressed continued support for …").
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { verbForm } from './clauses';
import type { Accepted } from './decision';

/** A past reporting verb and its "that": "conveyed that", "said that". */
const REPORTING_THAT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:\p{Ll}+ed|said|told \p{Ll}+)\s+that\s/gu;

/** A finite verb of the complement that is not past: "he is looking", "she will", "it has". */
const NOT_PAST =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:is|are|am|will|would|can|remains?|has|have)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

export function reportingSubject(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  previous: Accepted,
): string[] | undefined {
  if (verbForm(trigger) !== 'past' || verbForm(previous.trigger) === 'past') return undefined;
  const before = sentence.text.slice(0, previous.trigger.start);
  let reporting: RegExpExecArray | undefined;
  for (const match of before.matchAll(REPORTING_THAT)) reporting = match;
  if (!reporting) return undefined;
  const complement = before.slice(reporting.index + reporting[0].length);
  // (Only a short complement subject before its verb: "that he is", "that the United States will".)
  if (!NOT_PAST.test(complement) || complement.length > 80) return undefined;
  const subject = subjectBefore(context, sentence, hits, reporting.index);
  return subject && subject.actors.length > 0 ? subject.actors : undefined;
}
