/**
 * compromise's `machine` and `lexicon` steps (1-one/tokenize/compute/machine.js and
 * 1-one/lexicon/compute/ of 14.17) with what they work out from one word remembered per word:
 *
 * - `machine` runs five regex replacements and a Unicode test on every term's word to get its
 *   machine form; the form depends on that string alone, so it is computed once per word (by
 *   compromise's own function, on a stand-in term) and set exactly as the original sets it;
 * - `lexicon` looks every untagged term up in the lexicon (a dictionary object of some 14,000
 *   words: each lookup hashes and internalises the word anew), then tries a verb prefix by
 *   regex; the tag found depends on the word and the fixed lexicon alone, so it is looked up
 *   once per word. The multi-word scan before it depends on the words after, and a term with
 *   aliases ("and/or") on those too: both keep compromise's own functions, in the same order.
 *
 * Remembered answers are dropped when the model's lexicon is replaced, and past a size cap.
 * compromise does not export the steps' functions: they are loaded from its own source files,
 * once, on the release this was written against; on any other, or if loading fails, both are
 * undefined and the tagger runs compromise's own steps.
 */
import { compromiseInternals, compromiseSource } from './compromiseSource';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  text: string;
  normal: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
  tags: Set<string>;
}
type Tag = string | string[];
interface World {
  model: { one: { lexicon: Record<string, Tag> } };
  methods: {
    one: { setTag(terms: Term[], tag: Tag, world: World, isSafe: boolean, why: string): void };
  };
}
export interface TermStepView {
  docs: unknown;
  world: unknown;
}
type WordStep = (terms: Term[], i: number, world: World) => boolean | null;

interface Loaded {
  doMachine(term: Pick<Term, 'text' | 'normal' | 'implicit' | 'machine'>): void;
  multiWord: WordStep;
  singleWord: WordStep;
}

function load(): Promise<Loaded | undefined> {
  return compromiseInternals(async () => {
    const lexicon = compromiseSource('1-one/lexicon/compute');
    return {
      doMachine: (await compromiseSource('1-one/tokenize/compute')(
        'machine.js',
      )) as Loaded['doMachine'],
      multiWord: (await lexicon('multi-word.js')) as WordStep,
      singleWord: (await lexicon('single-word.js')) as WordStep,
    };
  });
}

const loaded = await load();

/** Words remembered per map; cleared past this so a long run's memory stays flat. */
const MAX_WORDS = 50_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_WORDS) map.clear();
  map.set(key, value);
}

const machines = new Map<string, string>();

function machineOf(lib: Loaded, word: string): string {
  let form = machines.get(word);
  if (form === undefined) {
    // The original reads implicit || normal || text and sets machine where it differs from
    // normal: on a stand-in whose normal is the word itself, it says whether the form differs.
    const stand = { text: word, normal: word } as Pick<Term, 'text' | 'normal' | 'machine'>;
    lib.doMachine(stand);
    form = stand.machine ?? word;
    remember(machines, word, form);
  }
  return form;
}

function machine(lib: Loaded, view: TermStepView): void {
  for (const terms of view.docs as Term[][]) {
    for (const term of terms) {
      const form = machineOf(lib, term.implicit || term.normal || term.text);
      if (form !== term.normal) term.machine = form;
    }
  }
}

/** A word's own lexicon tag and the reason the original logs with it; null: none. */
type Found = { tag: Tag; why: string } | null;

const PREFIX = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const ALLOW_PREFIX = new Set([
  'Verb',
  'Infinitive',
  'PastTense',
  'Gerund',
  'PresentTense',
  'Adjective',
  'Participle',
]);

const byWord = new Map<string, Found>();
let seenLexicon: Record<string, Tag> | undefined;

/** single-word.js for a term without aliases: the lexicon's tag, else a verb's behind a prefix. */
function wordTag(word: string, lexicon: Record<string, Tag>): Found {
  if (lexicon[word] !== undefined && Object.hasOwn(lexicon, word))
    return { tag: lexicon[word]!, why: '1-lexicon' };
  if (PREFIX.test(word)) {
    const stem = word.replace(PREFIX, '');
    if (
      Object.hasOwn(lexicon, stem) &&
      stem.length > 3 &&
      ALLOW_PREFIX.has(lexicon[stem] as string)
    )
      return { tag: lexicon[stem]!, why: '1-lexicon-prefix' };
  }
  return null;
}

function lexiconStep(lib: Loaded, view: TermStepView): void {
  const world = view.world as World;
  const { lexicon } = world.model.one;
  if (lexicon !== seenLexicon) {
    byWord.clear();
    seenLexicon = lexicon;
  }
  for (const terms of view.docs as Term[][]) {
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i]!;
      if (term.tags.size !== 0) continue;
      if (lib.multiWord(terms, i, world)) continue;
      if (term.alias) {
        lib.singleWord(terms, i, world);
        continue;
      }
      const word = term.machine || term.normal;
      let found = byWord.get(word);
      if (found === undefined) {
        found = wordTag(word, lexicon);
        remember(byWord, word, found);
      }
      if (found) world.methods.one.setTag([term], found.tag, world, false, found.why);
    }
  }
}

/** A constant the closures below can rely on (an imported binding is not narrowed inside). */
const lib = loaded;
/** For tests: forget every word, so the next one is seen for the first time (workers are shared). */
export function forgetTermStepWords(): void {
  machines.clear();
  seenLexicon = undefined;
}

export const fastMachine = lib ? (view: TermStepView) => machine(lib, view) : undefined;
export const fastLexicon = lib ? (view: TermStepView) => lexiconStep(lib, view) : undefined;
