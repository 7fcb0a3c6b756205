/**
 * compromise's 2nd-pass/00-tagSwitch.js (preTagger, 14.17) with each word's switch form
 * remembered: a word's form depends on the word alone and the model's switch list. Split from
 * fastPreTagger.ts, which runs the passes.
 */
import { MAX_WORDS } from './fastLookChecks';
import type { Model, Term } from './preTaggerPasses';

/** 2nd-pass/00-tagSwitch.js's prefix: "restrike" has the switch form of "strike". */
const SWITCH_PREFIX = /^(under|over|mis|re|un|dis|semi)-?/;
const switchOf = new Map<string, string | null>();
let seenSwitches: Model['two']['switches'] | undefined;

/**
 * 2nd-pass/00-tagSwitch.js, with each word's switch form remembered (a lookup in a dictionary
 * object of some 900 words, then a prefix regex, per term): it depends on the word alone.
 */
export function tagSwitch(term: Term, model: Model): void {
  const { switches } = model.two;
  if (switches !== seenSwitches) {
    switchOf.clear();
    seenSwitches = switches;
  }
  const word = term.normal;
  let form = switchOf.get(word);
  if (form === undefined) {
    form = null;
    if (Object.hasOwn(switches, word)) form = switches[word]!;
    else if (SWITCH_PREFIX.test(word)) {
      const stem = word.replace(SWITCH_PREFIX, '');
      if (stem.length > 3 && Object.hasOwn(switches, stem)) form = switches[stem]!;
    }
    if (switchOf.size >= MAX_WORDS) switchOf.clear();
    switchOf.set(word, form);
  }
  if (form !== null) term.switch = form;
}

/** Forget the remembered forms (fastPreTagger.ts `forgetPreTaggerWords`, for tests). */
export function forgetTagSwitch(): void {
  seenSwitches = undefined;
}
