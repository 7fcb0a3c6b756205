/**
 * A treaty-style preamble: "The Government of A and the Government of B,\n\nRecognizing …;\n\n
 * Reflecting on … and believing that …; and\n\nThe Parties commit to …". Each participle
 * paragraph ends in a semicolon and is a sentence of its own (normalise.ts keeps it apart); its
 * subject is the parties the preamble opens with, who are also the main clause's subject.
 */
import { isPreambleParagraph } from '../normalise';
import type { ActorContext } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import { verbForm } from './clauses';
import type { Accepted, Decision } from './decision';

/** "The Government of A and the Government of B,": the parties, then a comma, nothing else. */
const PARTIES_OPENING = /^\p{Lu}[^;:.]*,$/u;

/**
 * Whether the statement opens as a treaty: a first paragraph naming the parties and ending in a
 * comma, then a participle paragraph. Only then are later participle paragraphs the parties':
 * a fact sheet's bullets of the same shape ("Welcoming …;") are no preamble.
 */
export function treatyOpening(sentences: readonly SegmentedSentence[]): boolean {
  const [first, second] = sentences;
  return (
    first !== undefined &&
    second !== undefined &&
    first.paragraph !== second.paragraph &&
    PARTIES_OPENING.test(first.text) &&
    isPreambleParagraph(second.text)
  );
}

/**
 * A participle opening a preamble paragraph waits for the main clause's subject, or the
 * signatories when none comes (frontedParticiple.ts resolvePending); a second participle joined
 * by "and" ("Reflecting on … and believing …") waits with the first.
 */
export function preambleParticiple(
  sentence: SegmentedSentence,
  context: ActorContext,
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  if (!context.treatyPreamble || verbForm(trigger) !== 'ing') return undefined;
  const previous = accepted[accepted.length - 1];
  const opens = left === '' && isPreambleParagraph(sentence.text);
  const joined =
    previous?.pending === true &&
    previous.preamble === true &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(left);
  return opens || joined
    ? { accept: { trigger, actors: [], pending: true, preamble: true } }
    : undefined;
}
