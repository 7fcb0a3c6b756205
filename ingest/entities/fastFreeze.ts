/**
 * compromise's `freeze` step (1-one/freeze/compute.js of 14.17) without the strings it builds
 * for nothing. For every term that starts a multi-word entry of the main lexicon ("united",
 * "north", "of"…, thousands of entries), the original joins each window of following words and
 * looks the phrase up in the frozen lexicon, which holds under a hundred entries: a window can
 * only be one of them when the term's word is the first word of a frozen phrase, so only then
 * is the original's window loop run. Everything else, and the order tags are set in, is the
 * original's.
 *
 * Undefined on another release: the tagger then runs compromise's own step.
 */
import { ON_WRITTEN_VERSION } from './compromiseSource';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  machine?: string | null;
  normal: string;
  frozen?: boolean;
}
interface FreezeWorld {
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
  methods: {
    one: {
      setTag(terms: Term[], tag: string, world: FreezeWorld, isSafe: boolean, reason: string): void;
    };
  };
}
/** A compromise View, as the tagger holds it (its docs are the terms below). */
interface FreezeView {
  docs: unknown;
  world: unknown;
}

/** First words of the frozen lexicon's phrases, for the lexicon object and size they came from. */
let firstWords: { lexicon: object; size: number; words: Set<string> } | undefined;

function firstWordsOf(frozenLex: Record<string, string>): Set<string> {
  const keys = Object.keys(frozenLex);
  if (firstWords?.lexicon === frozenLex && firstWords.size === keys.length) return firstWords.words;
  const words = new Set<string>();
  for (const key of keys) if (key.includes(' ')) words.add(key.slice(0, key.indexOf(' ')));
  firstWords = { lexicon: frozenLex, size: keys.length, words };
  return words;
}

function freeze(view: FreezeView): void {
  const world = view.world as FreezeWorld;
  const { setTag } = world.methods.one;
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache || {};
  const starts = firstWordsOf(frozenLex);
  for (const terms of view.docs as Term[][]) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i]!;
      const word = (t.machine || t.normal) as string;
      // Every window joins to `${word} …`: it can be a frozen phrase only if one starts with
      // this word (a word holding a space itself takes the original's loop).
      const span = multi[word];
      if (span !== undefined && terms[i + 1] && (starts.has(word) || word.includes(' '))) {
        const end = i + span - 1;
        for (let k = end; k > i; k -= 1) {
          const words = terms.slice(i, k + 1);
          const str = words.map((term) => term.machine || term.normal).join(' ');
          if (Object.hasOwn(frozenLex, str)) {
            setTag(words, frozenLex[str]!, world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && Object.hasOwn(frozenLex, word)) {
        setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}

export const fastFreeze = ON_WRITTEN_VERSION ? freeze : undefined;
