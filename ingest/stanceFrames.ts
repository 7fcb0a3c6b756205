/**
 * Which stance frames can match a sentence, from the sentence's words. A frame is tried only
 * when one of its needles occurs, and a sticky one only when one of its first words does
 * (stanceRules.ts). Asking each of the hundred frames about the sentence's words cost a tenth of
 * trigger finding; here each word of the sentence asks which frames it opens, through an index
 * built once, and the frames come out in their rule order (the order matters: `findTriggers`
 * keeps the first of two triggers with the same span).
 */
import { foldedPattern } from './rules/caseFold';
import { type CompiledFrame, STANCES_COMPILED } from './rules/stanceRules';

interface FrameIndex {
  frames: readonly CompiledFrame[];
  /** Word → positions of the frames having it among their needles. */
  byNeedle: Map<string, number[]>;
  /** Word → positions of the sticky frames it can start. */
  byFirstWord: Map<string, number[]>;
  /** Per frame: the call that last found a needle / a first word of it (no Set per sentence). */
  needleSeen: Uint32Array;
  firstSeen: Uint32Array;
  call: number;
}

let index: FrameIndex | undefined;

/** No frames: shared, where `?? []` built two empty arrays per word of every sentence. */
const NONE: readonly number[] = [];

function file(map: Map<string, number[]>, word: string, position: number): void {
  const list = map.get(word);
  if (!list) map.set(word, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function build(): FrameIndex {
  const { frames } = STANCES_COMPILED;
  const byNeedle = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  frames.forEach((frame, position) => {
    for (const needle of frame.needles ?? []) file(byNeedle, needle, position);
    for (const word of frame.firstWords ?? []) file(byFirstWord, word, position);
  });
  return {
    frames,
    byNeedle,
    byFirstWord,
    needleSeen: new Uint32Array(frames.length),
    firstSeen: new Uint32Array(frames.length),
    call: 0,
  };
}

/**
 * The frames, in rule order, whose needles (when they have any) and first words (when sticky)
 * meet `present`, the sentence's lowercased words and the parts of its hyphenated ones.
 */
export function framesFor(present: ReadonlySet<string>): CompiledFrame[] {
  index ??= build();
  const { frames, byNeedle, byFirstWord, needleSeen, firstSeen } = index;
  const call = ++index.call;
  for (const word of present) {
    for (const position of byNeedle.get(word) ?? NONE) needleSeen[position] = call;
    for (const position of byFirstWord.get(word) ?? NONE) firstSeen[position] = call;
  }
  const out: CompiledFrame[] = [];
  for (let position = 0; position < frames.length; position++) {
    const frame = frames[position]!;
    if (frame.needles && needleSeen[position] !== call) continue;
    if (frame.firstWords && firstSeen[position] !== call) continue;
    out.push(frame);
  }
  return out;
}

/** Whether `word` (lowercased) is a first word of some sticky frame. */
export function opensFrame(word: string): boolean {
  index ??= build();
  return index.byFirstWord.has(word);
}

/** Each frame's pattern for a lowercased sentence (rules/caseFold.ts), built when first asked. */
const FOLDED = new WeakMap<CompiledFrame, RegExp | null>();

/** `frame`'s pattern for a lowercased foldable sentence, or undefined when it has none. */
export function foldedFrame(frame: CompiledFrame): RegExp | undefined {
  let folded = FOLDED.get(frame);
  if (folded === undefined) {
    folded = foldedPattern(frame.pattern) ?? null;
    FOLDED.set(frame, folded);
  }
  return folded ?? undefined;
}
