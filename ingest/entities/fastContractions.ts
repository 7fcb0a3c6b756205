/**
 * compromise's two contraction steps (`contractions`, 1-one/contraction-one/compute/contractions
 * of 14.17, and `contractionTwo`, 2-two/contraction-two/compute of 14.17) run only on the
 * sentences they can change. Both loop over every term of every sentence (the first compares
 * each word with each of its ~60 known contractions); in statement prose almost no term is one.
 *
 * Why skipping is safe: each step works sentence by sentence and looks only inside the sentence
 * (a term and its neighbours), and does nothing to a term that none of these tests accepts:
 * - `contractions`: a word with an apostrophe (it splits the word at it: "can't", "l'amour"), a
 *   word of its list ("cannot", "gonna"), a number with a dash ("44-2") or a number with a unit
 *   ("4km"). Without an apostrophe its before/after parts stay null, so only the word itself
 *   can match its list;
 * - `contractionTwo`: a word with an apostrophe that is not already a contraction's part.
 * The step itself then runs, unchanged, on a view holding only the sentences with such a word
 * (the same term arrays, edited in place, in the same order). `contractionTwo` runs after the
 * `index` step and numbers the words it inserts with their sentence's place in the view it was
 * given: those are put back to the place in the whole document, as the step would have set them.
 *
 * Undefined on another release: the tagger then runs compromise's own steps.
 */
import nlp from 'compromise';

const WRITTEN_FOR = '14.17.0';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  text: string;
  normal: string;
  implicit?: string;
  index?: number[];
}
interface ContractionWorld {
  model: { one: { contractions?: { word?: string }[] } };
}
export interface ContractionView {
  document: Term[][];
  world: unknown;
  compute(step: string): unknown;
}
type ContractionStep = 'contractions' | 'contractionTwo';

const APOSTROPHE = /'/;
/** contraction-one's `numDash` and number-unit.js's `numUnit`, as 14.17 has them. */
const NUM_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUM_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;

function mayChange(step: ContractionStep, known: Set<string>) {
  if (step === 'contractionTwo')
    return (term: Term) => !term.implicit && APOSTROPHE.test(term.normal);
  return (term: Term) =>
    APOSTROPHE.test(term.normal) ||
    known.has(term.normal) ||
    NUM_DASH.test(term.normal) ||
    NUM_UNIT.test(term.text);
}

function runOnChangeable(view: ContractionView, step: ContractionStep): void {
  const { document } = view;
  // The list is read at each call: a plugin may have added contractions since.
  const list = (view.world as ContractionWorld).model.one.contractions ?? [];
  const known = new Set(list.flatMap((entry) => (entry.word === undefined ? [] : [entry.word])));
  const test = mayChange(step, known);
  const picked: number[] = [];
  document.forEach((terms, n) => {
    if (terms.some(test)) picked.push(n);
  });
  if (picked.length === 0) return;
  if (picked.length === document.length) {
    view.compute(step);
    return;
  }
  const View = view.constructor as new (document: Term[][]) => ContractionView;
  new View(picked.map((n) => document[n]!)).compute(step);
  if (step !== 'contractionTwo') return;
  for (const n of picked) {
    for (const term of document[n]!) if (term.index) term.index[0] = n;
  }
}

export const fastContractions: typeof runOnChangeable | undefined =
  nlp.version === WRITTEN_FOR ? runOnChangeable : undefined;
