/**
 * Which words of a sentence a commitment's topics are read from (after its trigger, plus an
 * opening adjunct or concessive clause); separate from topicPhrases.ts, which reads them.
 */
import type { Commitment } from '../../contract/extraction';
import { beforeNarrative } from '../commitments/narrativeRelative';
import { opensWithReason } from '../commitments/reasonFrame';
import { sentenceIndexOf } from '../ids';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { occasionEnd } from '../stances';
import { timeFrameEnd } from '../timeFrame';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const TO_NAMED = /^\s+(?:to|for)\s+(?:the\s+)?\p{Lu}/u;

const TO_HEADS = TOPIC_QUALITY.toHeads;
const TRIGGER_OBJECT_HEADS = TOPIC_QUALITY.triggerObjectHeads;

/** The commitments of each sentence (by sentence index), in their order. */
export function commitmentsBySentence(
  commitments: readonly Commitment[],
): Map<number, Commitment[]> {
  const bySentence = new Map<number, Commitment[]>();
  for (const commitment of commitments) {
    const index = sentenceIndexOf(commitment.sentenceId);
    const list = bySentence.get(index);
    if (list) list.push(commitment);
    else bySentence.set(index, [commitment]);
  }
  return bySentence;
}

/** Where the `k`-th commitment of a sentence's list stops: at the next one's trigger, else the end. */
export function scopeEnd(sentence: string, list: readonly Commitment[], k: number): number {
  const next = list[k + 1];
  const nextAt = next ? sentence.indexOf(next.trigger, sentence.indexOf(list[k]!.trigger) + 1) : -1;
  return nextAt > 0 ? nextAt : sentence.length;
}

/**
 * Where a commitment's words start: after its trigger, or — for the first commitment of a
 * sentence that opens with an adjunct ("To meet growing energy needs …, they committed") —
 * at the sentence start, up to the comma that closes the adjunct.
 */
export function ranges(
  sentence: string,
  commitment: Commitment,
  first: boolean,
  to: number,
): readonly Range[] {
  // The topic rules, the learnt topics and the selector each ask again for the same commitment's
  // ranges (and readFrom once to the sentence end): computed once per commitment and bound.
  let known = rangesOf.get(commitment);
  if (!known) {
    known = [];
    rangesOf.set(commitment, known);
  }
  for (const entry of known)
    if (
      entry.to === to &&
      entry.first === first &&
      entry.sentence === sentence &&
      entry.trigger === commitment.trigger
    )
      return entry.out;
  const out = computeRanges(sentence, commitment.trigger, first, to);
  known.push({ sentence, trigger: commitment.trigger, first, to, out });
  return out;
}

/** Words of a sentence, as offsets in it. */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** The ranges already computed for a commitment, with what they were computed from. */
interface KnownRanges {
  readonly sentence: string;
  readonly trigger: string;
  readonly first: boolean;
  readonly to: number;
  readonly out: readonly Range[];
}
const rangesOf = new WeakMap<Commitment, KnownRanges[]>();

function computeRanges(sentence: string, trigger: string, first: boolean, to: number): Range[] {
  const triggerAt = sentence.indexOf(trigger);
  const triggerEnd = triggerAt + trigger.length;
  // "reaffirmed the enduring U.S. commitment to the Indo-Pacific": the trigger ends in a noun
  // whose named object follows; the noun and its object are what the clause is about.
  const head = /\S+$/.exec(trigger)?.[0] ?? '';
  const named = TO_NAMED.test(sentence.slice(triggerEnd));
  // "to honor the lives lost on September 11th": the frame swallowed who is honoured, whose
  // post-modifier follows; the noun opens what the clause is about (topic-quality.json).
  const lower = head.toLowerCase();
  const from =
    (TO_HEADS.has(lower) && named) || (TRIGGER_OBJECT_HEADS.has(lower) && head !== trigger)
      ? triggerEnd - head.length
      : triggerEnd;
  // "the patriots who fought …": a narrative relative clause ends what the clause is about.
  const out = [{ from, to: beforeNarrative(sentence, from, to) }];
  if (first && triggerAt > 0) {
    const comma = sentence.lastIndexOf(',', triggerAt);
    // "As the DPRK adjusts its tactics …," is a clause the stance answers; "As inclusive
    // democracies," or "As the two largest economies," is the speakers' role, no topic of theirs;
    // "As our Nation commemorates this legendary battle," is the occasion, no topic either.
    const asClause =
      /^As(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence) &&
      occasionEnd(sentence) < 0 &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:we|they|he|she|it|its|their|our)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
        sentence.slice(0, Math.max(comma, 0)),
      );
    // "In light of Russia's attacks, …": a reason frame is why they act, no topic of theirs;
    // "As we commemorate 75 years of diplomatic relations, …" only dates the stance.
    if (
      comma > 0 &&
      !opensWithReason(sentence) &&
      timeFrameEnd(sentence, triggerAt) === 0 &&
      (/^(?:To|For|From|In|With|Building|Given|Under|Recognizing|Noting|Amid)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(
        sentence,
      ) ||
        asClause)
    ) {
      out.push({ from: 0, to: comma });
    }
    // "The door has not closed on diplomacy, but Pyongyang must cease …": a concessive clause
    // before the stance sets what the demand is weighed against; its topics are the clause's.
    const but = sentence.lastIndexOf(', but ', triggerAt);
    if (but > 0 && !sentence.slice(0, but).includes(',')) out.push({ from: 0, to: but });
  }
  return out;
}

/**
 * Where the words read for a sentence's commitments begin (see `ranges`): at the earliest
 * trigger, the sentence start when an adjunct opens it. Only that part is tagged; the words of
 * the subject before it are never read.
 */
export function readFrom(sentence: string, list: readonly Commitment[]): number {
  let from = sentence.length;
  list.forEach((commitment, k) => {
    for (const range of ranges(sentence, commitment, k === 0, sentence.length))
      from = Math.min(from, range.from === 0 ? 0 : sentence.indexOf(commitment.trigger));
  });
  // Back to the start of the word (a trigger is found by its text).
  return from <= 0 ? 0 : sentence.lastIndexOf(' ', from - 1) + 1;
}
