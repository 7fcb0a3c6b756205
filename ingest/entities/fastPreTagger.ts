/**
 * compromise's `preTagger` step (2-two/preTagger/compute/tagger/index.js of 14.17), the same
 * passes over the same terms in the same order, with one change: the look-like check of the
 * second pass (2nd-pass/03-regex.js) remembers, per word, which of its regexes matched, the
 * suffix check (2nd-pass/02-suffix.js) the tag of each word's ending (both in fastLookChecks.ts),
 * and the switch check (2nd-pass/00-tagSwitch.js) each word's switch form (fastTagSwitch.ts);
 * the case check (2nd-pass/01-case.js) is skipped for a lowercase word. This file runs the
 * passes and decides which terms a pass can skip.
 *
 * compromise does not export the passes: preTaggerPasses.ts loads them from its own source files,
 * once, on the release this was written against. On any other, or if loading fails,
 * `fastPreTagger` is undefined and the tagger runs compromise's own step.
 */
import { fastFillTags } from './fastFillTags';
import { checkRegex, checkSuffix, forgetLookChecks } from './fastLookChecks';
import { forgetTagSwitch, tagSwitch } from './fastTagSwitch';
import {
  type Model,
  type Passes,
  type PreTaggerView,
  passes,
  type Term,
  type World,
} from './preTaggerPasses';

export type { PreTaggerView };

/** For tests: forget every word, so the next one is seen for the first time (workers are shared). */
export function forgetPreTaggerWords(): void {
  forgetLookChecks();
  forgetTagSwitch();
}

/**
 * Whether 2nd-pass/01-case.js can change the term: its two tests (title case, Roman numerals)
 * need an upper-case first letter; for a word opening with a-z it only fills in `term.index`.
 */
function mayBeCased(term: Term): boolean {
  const first = term.text.charCodeAt(0);
  return !(first >= 97 && first <= 122);
}

const CAPITAL = /[A-Z]/;

/**
 * Whether 3rd-pass/01-acronym.js can tag the term at all: each of its tests needs a capital
 * letter in the text (all-capitals, "MMVAs", "N.D.A", "F.") or the Organization tag (the two
 * short-organization tests; a text of dashes alone passes its all-capitals test but no test after
 * it); without either it returns null and changes nothing. Most words are lowercase: its six
 * regexes are spared for them.
 */
function mayBeAcronym(term: Term): boolean {
  return CAPITAL.test(term.text) || term.tags.has('Organization');
}

/** All yelling-case? (index.js's `ignoreCase`) One loop: a lowercase start settles it. */
function ignoreCase(terms: Term[]): boolean {
  let others = 0;
  for (const t of terms) {
    const first = t.text.charCodeAt(0);
    if (first >= 97 && first <= 122) return false;
    // allow 'John F Kennedy'
    if (!t.tags.has('ProperNoun')) others++;
  }
  return others > 3;
}

function preTagger(p: Passes, view: PreTaggerView): Term[][] {
  const model = view.model as Model;
  const world = view.world as World;
  const methods = view.methods as World['methods'];
  const docs = view.docs as Term[][];
  // The original's fillTags builds a reason string per tag that only DEBUG_TAGS logging reads.
  const fill = process.env.DEBUG_TAGS ? undefined : fastFillTags;
  // first pass: whitespace and punctuation, no clause-splitting
  for (const terms of docs) p.colons(terms, 0, model, world);
  const document = methods.two.quickSplit(docs);
  for (const terms of document) {
    const isYelling = ignoreCase(terms);
    // second pass: what the word itself looks like
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i]!.frozen === true) continue;
      tagSwitch(terms[i]!, model);
      if (isYelling === false) {
        if (mayBeCased(terms[i]!)) p.checkCase(terms, i, model);
        else terms[i]!.index ||= [0, 0];
      }
      checkSuffix(p, terms, i, model);
      checkRegex(terms, i, model, world);
      p.checkPrefix(terms, i, model);
      p.checkYear(terms, i, model);
    }
    // third pass: its neighbours
    for (let i = 0; i < terms.length; i += 1) {
      let hit = mayBeAcronym(terms[i]!) ? p.checkAcronym(terms, i, model) : null;
      if (fill) fill(terms[i]!, model.one.tagSet);
      else p.fillTags(terms, i, model);
      hit = hit || p.neighbours(terms, i, model);
      hit = hit || p.nounFallback(terms, i, model);
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i]!.frozen === true) continue;
      p.orgWords(terms, i, world, isYelling);
      p.placeWords(terms, i, world, isYelling);
      // 3rd-pass/06-switches.js acts on a term with a switch form only (it tests a prefix of
      // every other word first, and throws the result away).
      if (terms[i]!.switch) p.switches(terms, i, world);
      // 3rd-pass/07-verb-type.js acts on a verb only, 1st-pass/02-hyphens.js on a term
      // followed by a bare hyphen (both build an array or two per term first).
      if (terms[i]!.tags.has('Verb')) p.verbType(terms, i, model, world);
      if (terms[i]!.post === '-') p.hyphens(terms, i, model, world);
    }
    p.imperative(terms, world);
  }
  return document;
}

/** A constant the closure below can rely on (an imported binding is not narrowed inside it). */
const loaded = passes;
export const fastPreTagger: ((view: PreTaggerView) => Term[][]) | undefined = loaded
  ? (view) => preTagger(loaded, view)
  : undefined;
