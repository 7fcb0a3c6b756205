/**
 * Invariants that need no gold: properties every extraction must have, whatever the statement,
 * so they can run over any corpus (the 125 real White House statements included). Pure: one
 * extraction in, one result per check out (how many units were checked, which ones failed).
 */
import type { Extraction } from '../../contract/extraction';
import { findTriggers } from '../stances';
import { fragmentReason, vacuousReason } from './nameQuality';

export const CHECKS = [
  'entityNameFragment',
  'topicNameFragment',
  'vacuousTopic',
  'triggerWithoutCommitment',
  'commitmentWithoutActor',
  'evidenceOutsideSentence',
] as const;

export type Check = (typeof CHECKS)[number];

/** What each check counts (the rate's denominator) and what it refuses. */
export const CHECK_DESCRIPTIONS: Record<Check, string> = {
  entityNameFragment:
    'named entities whose name starts/ends with a preposition, determiner or connective',
  topicNameFragment: 'topics whose name starts/ends with a preposition, determiner or connective',
  vacuousTopic: 'topics that are a vacuous phrase or open with a vacuous head',
  triggerWithoutCommitment:
    'sentences with an unconditional stance trigger that yield no commitment',
  commitmentWithoutActor: 'commitments with no actor',
  evidenceOutsideSentence:
    'mentions and commitments whose offsets/text do not point into their own sentence',
};

interface Violation {
  readonly document: string;
  readonly label: string;
  readonly reason: string;
}

export interface CheckResult {
  /** Units examined (entities, topics, sentences with a trigger, commitments, evidence items). */
  units: number;
  violations: Violation[];
}

export interface InvariantResult {
  checks: Record<Check, CheckResult>;
  /**
   * Sentences whose only triggers are conditional ("will …", "are working to") and whose subject
   * is not an actor ("This investment will bolster …"): no commitment, by design; listed, not
   * counted as violations.
   */
  explained: Violation[];
}

const clip = (text: string, length = 100) =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

export function emptyResult(): InvariantResult {
  const checks = {} as Record<Check, CheckResult>;
  for (const check of CHECKS) checks[check] = { units: 0, violations: [] };
  return { checks, explained: [] };
}

export function checkExtraction(extraction: Extraction, into = emptyResult()): InvariantResult {
  const { checks } = into;
  const document = extraction.documents[0]?.id ?? '?';
  const fail = (check: Check, label: string, reason: string) =>
    checks[check].violations.push({ document, label, reason });

  for (const entity of extraction.entities) {
    const check: Check = entity.type === 'Topic' ? 'topicNameFragment' : 'entityNameFragment';
    checks[check].units++;
    const fragment = fragmentReason(entity.name);
    if (fragment) fail(check, `${entity.type} "${entity.name}"`, fragment);
    if (entity.type !== 'Topic') continue;
    checks.vacuousTopic.units++;
    const vacuous = vacuousReason(entity.name);
    if (vacuous) fail('vacuousTopic', `Topic "${entity.name}"`, vacuous);
  }

  const sentences = new Map(extraction.sentences.map((s) => [s.id, s]));
  const withCommitment = new Set(extraction.commitments.map((c) => c.sentenceId));
  // The extractor logs why a trigger yielded nothing (narrative past, a prediction, no subject…):
  // such a sentence is explained, as the issue asks, not a silent miss.
  const reasons = new Map<string, string[]>();
  for (const skip of extraction.skipped ?? [])
    reasons.set(skip.sentenceId, [
      ...(reasons.get(skip.sentenceId) ?? []),
      `"${skip.trigger}": ${skip.reason}`,
    ]);
  for (const sentence of extraction.sentences) {
    const triggers = findTriggers(sentence.text);
    if (triggers.length === 0 || withCommitment.has(sentence.id)) {
      if (triggers.some((t) => !t.needsSubject)) checks.triggerWithoutCommitment.units++;
      continue;
    }
    const words = triggers.map((t) => `"${t.text}"`).join(', ');
    if (triggers.every((t) => t.needsSubject)) {
      into.explained.push({
        document,
        label: clip(sentence.text),
        reason: `only conditional triggers (${words}) and no actor subject`,
      });
      continue;
    }
    checks.triggerWithoutCommitment.units++;
    const logged = reasons.get(sentence.id);
    if (logged) {
      into.explained.push({ document, label: clip(sentence.text), reason: logged.join('; ') });
      continue;
    }
    fail('triggerWithoutCommitment', clip(sentence.text), `trigger(s) ${words}, no commitment`);
  }

  for (const commitment of extraction.commitments) {
    checks.commitmentWithoutActor.units++;
    if (commitment.actors.length === 0)
      fail('commitmentWithoutActor', clip(commitment.text), `"${commitment.trigger}" has no actor`);
    checks.evidenceOutsideSentence.units++;
    const sentence = sentences.get(commitment.sentenceId);
    if (!sentence) fail('evidenceOutsideSentence', commitment.id, 'its sentence does not exist');
    else if (sentence.text !== commitment.text)
      fail('evidenceOutsideSentence', commitment.id, 'its text is not its sentence');
    else if (!sentence.text.includes(commitment.trigger))
      fail('evidenceOutsideSentence', commitment.id, `trigger "${commitment.trigger}" not in it`);
  }
  for (const mention of extraction.mentions) {
    checks.evidenceOutsideSentence.units++;
    const sentence = sentences.get(mention.sentenceId);
    const label = `mention "${mention.text}" of ${mention.entityId}`;
    if (!sentence) {
      fail('evidenceOutsideSentence', label, 'its sentence does not exist');
      continue;
    }
    if (mention.start < sentence.start || mention.end > sentence.end || mention.end < mention.start)
      fail(
        'evidenceOutsideSentence',
        label,
        `offsets ${mention.start}-${mention.end} outside ${sentence.id}`,
      );
    else if (
      sentence.text.slice(mention.start - sentence.start, mention.end - sentence.start) !==
      mention.text
    )
      fail('evidenceOutsideSentence', label, 'offsets do not select its text');
  }
  return into;
}

/** Violations per unit; 0 when there was nothing to check. */
export function rateOf(result: CheckResult): number {
  return result.units === 0 ? 0 : result.violations.length / result.units;
}
