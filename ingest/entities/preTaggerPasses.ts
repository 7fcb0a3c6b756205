/**
 * compromise's preTagger passes (2-two/preTagger/compute/tagger of 14.17), loaded from its own
 * source files, and the slice of its internals they use (its types do not describe them):
 * compromise does not export them. Undefined on any other release, or if loading fails.
 */
import { compromiseInternals, compromiseSource } from './compromiseSource';

export interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  implicit?: string;
  tags: Set<string>;
  frozen?: boolean;
  /** [sentence, position in it]: set by the `index` step before the tagger runs. */
  index?: [number, number];
  confidence?: number;
  /** The switch form ('Noun|Verb', …) of a word that can change between two tags. */
  switch?: string;
}
/** A look-like rule: the regex, its tag(s), and an optional name for debugging. */
export type Rule = [RegExp, string | string[], string?];
export interface Model {
  one: { tagSet: Record<string, { parents?: string[] } | undefined> };
  two: {
    suffixPatterns: Record<string, string | string[]>[];
    regexText: Rule[];
    regexNormal: Rule[];
    regexNumbers: Rule[];
    endsWith: Record<string, Rule[]>;
    /** The switch form ('Noun|Verb', …) of each word that has one. */
    switches: Record<string, string>;
  };
}
export interface World {
  methods: {
    one: { setTag(terms: Term[], tag: Rule[1], world: World, isSafe: null, why: string): void };
    two: { quickSplit(docs: Term[][]): Term[][] };
  };
}
export interface PreTaggerView {
  docs: unknown;
  model: unknown;
  world: unknown;
  methods: unknown;
}
type Step = (terms: Term[], i: number, model: Model, world?: World) => unknown;

type FastTag = (term: Term, tag: string | string[], reason: string) => void;

export interface Passes {
  fastTag: FastTag;
  colons: Step;
  hyphens: Step;
  checkCase: Step;
  checkPrefix: Step;
  checkYear: Step;
  verbType: Step;
  fillTags: Step;
  checkAcronym: Step;
  neighbours: Step;
  orgWords: (terms: Term[], i: number, world: World, yelling: boolean) => unknown;
  placeWords: (terms: Term[], i: number, world: World, yelling: boolean) => unknown;
  nounFallback: Step;
  switches: (terms: Term[], i: number, world: World) => unknown;
  imperative: (terms: Term[], world: World) => unknown;
}

function load(): Promise<Passes | undefined> {
  return compromiseInternals(async () => {
    const from = compromiseSource('2-two/preTagger/compute/tagger');
    return {
      fastTag: (await from('_fastTag.js')) as FastTag,
      colons: (await from('1st-pass/01-colons.js')) as Step,
      hyphens: (await from('1st-pass/02-hyphens.js')) as Step,
      checkCase: (await from('2nd-pass/01-case.js')) as Step,
      checkPrefix: (await from('2nd-pass/04-prefix.js')) as Step,
      checkYear: (await from('2nd-pass/05-year.js')) as Step,
      verbType: (await from('3rd-pass/07-verb-type.js')) as Step,
      fillTags: (await from('3rd-pass/_fillTags.js')) as Step,
      checkAcronym: (await from('3rd-pass/01-acronym.js')) as Step,
      neighbours: (await from('3rd-pass/02-neighbours.js')) as Step,
      orgWords: (await from('3rd-pass/03-orgWords.js')) as Passes['orgWords'],
      placeWords: (await from('3rd-pass/04-placeWords.js')) as Passes['placeWords'],
      nounFallback: (await from('3rd-pass/05-fallback.js')) as Step,
      switches: (await from('3rd-pass/06-switches.js')) as Passes['switches'],
      imperative: (await from('3rd-pass/08-imperative.js')) as Passes['imperative'],
    };
  });
}

/** The passes, loaded once per worker (undefined: run compromise's own step). */
export const passes = await load();
