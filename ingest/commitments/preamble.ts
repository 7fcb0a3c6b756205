/**
 * A treaty-style preamble: "The Government of A and the Government of B,\n\nRecognizing …;\n\n
 * Reflecting on … and believing that …; and\n\nThe Parties commit to …". Each participle
 * paragraph ends in a semicolon and is segmented as a sentence of its own; its subject is the
 * parties the preamble opens with, who are also the main clause's subject.
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { verbForm } from './clauses';
import type { Accepted, Decision } from './decision';

/** A paragraph opened by a participle and closed by a semicolon (an "and" may follow it). */
const PREAMBLE_CLAUSE = /^[A-Z][a-z]+ing\b[^;]*;(?:\s*and)?$/;

/** "The Government of A and the Government of B, Recognizing …;": the subject, then a comma. */
const OPENING_SUBJECT = /^[A-Z][^;:]*,\s*$/;

/** Capitalised words, "the" and "of" before the parties: "The Government of ". */
const TITLE_LEAD = /^(?:(?:[A-Z][\w.’'-]*|the|of)\s+)*$/;

/** Whether `text` (one segmented sentence) is a participle paragraph of a preamble. */
function preambleClause(text: string): boolean {
  return PREAMBLE_CLAUSE.test(text.trim());
}

/**
 * A participle in a preamble paragraph: the parties named before it in the same paragraph, or,
 * opening the paragraph, pending the main clause (frontedParticiple.ts resolvePending); a second
 * participle joined by "and" ("Reflecting on … and believing …") waits with the first.
 */
export function preambleParticiple(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  if (verbForm(trigger) !== 'ing') return undefined;
  const rest = sentence.text.slice(trigger.start);
  if (left === '') {
    return context.treatyPreamble && preambleClause(rest)
      ? { accept: { trigger, actors: [], pending: true, preamble: true } }
      : undefined;
  }
  const previous = accepted[accepted.length - 1];
  if (previous?.pending && previous.preamble && /\band$/.test(left) && preambleClause(sentence.text)) {
    return { accept: { trigger, actors: [], pending: true, preamble: true } };
  }
  if (!OPENING_SUBJECT.test(left) || !/^[A-Z]/.test(trigger.text) || !preambleClause(rest))
    return undefined;
  const subject = subjectBefore(context, sentence, hits, left.replace(/,\s*$/, '').length);
  // Only a title may stand before it ("The Government of …").
  const lead = subject ? sentence.text.slice(0, subject.start) : '';
  if (!subject || subject.actors.length === 0 || !TITLE_LEAD.test(lead)) return undefined;
  context.treatyPreamble = true;
  return { accept: { trigger, subject, actors: subject.actors, preamble: true } };
}
