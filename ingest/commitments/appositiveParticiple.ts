/**
 * "Prime Minister Kishida and President Biden, recognizing that the pandemic has made …,
 * concurred that …": a participle set off by commas right after the sentence's subject is that
 * subject's stance of its own (gold README, session 12: "recognizing that …" counts), as a fronted
 * one shares the main subject.
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { verbForm } from './clauses';
import type { Accepted } from './decision';

export function appositiveParticiple(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  left: string,
): Accepted | undefined {
  if (verbForm(trigger) !== 'ing' || !/,$/.test(left)) return undefined;
  const subject = subjectBefore(context, sentence, hits, left.length - 1);
  if (!subject || subject.actors.length === 0) return undefined;
  // Only the subject stands before the comma ("Today, …" or a clause with a verb is no subject);
  // a title before the name still opens it.
  if (sentence.text.slice(0, subject.start).replace(TITLE_BEFORE, '').trim() !== '')
    return undefined;
  if (sentence.text.slice(subject.end, left.length - 1).trim() !== '') return undefined;
  return { trigger, subject, actors: subject.actors };
}
