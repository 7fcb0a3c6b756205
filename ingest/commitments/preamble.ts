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

/** A head in capitals, the declaration style ("GUIDED BY", "DEEPLY CONCERNED"). */
const CAPITALS = /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}\s+)*[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3,}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** "The Government of A and the Government of B,": the parties, then a comma, nothing else. */
const PARTIES_OPENING = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^;:.]*,$/;

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
  const opens = left === '' && isPreambleParagraph(sentence.text);
  // "GUIDED BY the principles of …;", "CONVINCED that …;": a head other than a participle opens
  // a declaration's preamble paragraph (in capitals) or a treaty's; it waits as a participle does.
  if (
    opens &&
    verbForm(trigger) !== 'ing' &&
    (context.treatyPreamble || CAPITALS.test(trigger.text))
  )
    return { accept: { trigger, actors: [], pending: true, preamble: true } };
  if (!context.treatyPreamble || verbForm(trigger) !== 'ing') return undefined;
  const previous = accepted[accepted.length - 1];
  const joined =
    previous?.pending === true &&
    previous.preamble === true &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(left);
  return opens || joined
    ? { accept: { trigger, actors: [], pending: true, preamble: true } }
    : undefined;
}
