/**
 * compromise's `contractions` step (1-one/contraction-one/compute/contractions/index.js of
 * 14.17) run only on the sentences it can change. The original asks, of every term of every
 * sentence, its list of 61 known contractions (a loop of string comparisons per term: 2 % of
 * extraction), though in this prose almost no term is one.
 *
 * A term it can change is one whose normal form has a straight apostrophe (the original's only
 * split), is a known contraction's `word` ("cannot", "gonna"), looks like a number range
 * ("2024-25") or a number with a unit ("4km"); for any other term every branch of the original
 * finds nothing (its `before`/`after` halves are null, and null opens none of its tables). So a
 * sentence with no such term is left as it is, and the original runs on a view of the others:
 * it edits each sentence's own term array in place, so the edits land in the document. The
 * `index` step that follows renumbers every term (the original's indexes of inserted terms
 * count sentences of the view it ran on).
 *
 * `contractionTwo` (2-two/contraction-two/compute/index.js, after the pre-tagger) is run the same
 * way: it changes only a term whose normal form has a straight apostrophe ("japan's", "can't")
 * and that no earlier step split (`implicit`); a sentence without one it loops over for nothing,
 * a regex test per term (curly apostrophes are normalised to straight ones, so possessives make
 * some sentences of most statements qualify, but most sentences none).
 *
 * Undefined on another release: the tagger then runs compromise's own step.
 */
import { ON_WRITTEN_VERSION } from './compromiseSource';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  /** `[sentence, position]`, set by the `index` step. */
  index?: number[];
}
export interface ContractionsView {
  document: Term[][];
  world: { model: { one: { contractions?: { word?: string }[] } } };
  compute(step: string): unknown;
}
type ViewClass = new (document: Term[][]) => ContractionsView;

/** The original's tests (`byApostrophe` as a plain search, `numDash`, `numUnit` as written). */
const APOSTROPHE = "'";
const NUMBER_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;
const PLUS = 0x2b;
const MINUS = 0x2d;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The known contractions' whole words, per model list (rebuilt if the list is replaced). */
const wordSets = new WeakMap<object, Set<string>>();

function knownWords(list: { word?: string }[]): Set<string> {
  let words = wordSets.get(list);
  if (!words) {
    words = new Set();
    for (const entry of list) if (entry.word !== undefined) words.add(entry.word);
    wordSets.set(list, words);
  }
  return words;
}

/** Whether the original step could change `term` (see above). */
export function mayContract(term: Term, words: ReadonlySet<string>): boolean {
  const normal = term.normal;
  // A missing normal form would equal the `word` of the entries that have none: let it run.
  if (typeof normal !== 'string') return true;
  if (normal.includes(APOSTROPHE) || words.has(normal)) return true;
  // Both number patterns are anchored on their first character: most words are spared the test.
  if (isDigit(normal.charCodeAt(0)) && NUMBER_DASH.test(normal)) return true;
  const lead = term.text.charCodeAt(0);
  return (isDigit(lead) || lead === PLUS || lead === MINUS) && NUMBER_UNIT.test(term.text);
}

/** Whether `contractionTwo` could change `term` (see above). */
export function mayContractTwo(term: Term): boolean {
  return !term.implicit && typeof term.normal === 'string' && term.normal.includes(APOSTROPHE);
}

function contractOnly(view: ContractionsView): void {
  const list = view.world.model.one.contractions ?? [];
  const words = knownWords(list);
  const touched = view.document.filter((terms) => terms.some((t) => mayContract(t, words)));
  if (touched.length === 0) return;
  if (touched.length === view.document.length) {
    view.compute('contractions');
    return;
  }
  const View = view.constructor as ViewClass;
  new View(touched).compute('contractions');
}

/**
 * `contractionTwo` on the sentences it can change. It splices inserted terms into each sentence's
 * own array (so the edits land in the document) and numbers them `[n, i]` by the sentence's place
 * in the view it ran on; no `index` step follows it, so the sentence numbers are put back to the
 * document's afterwards, as the step over the whole document would have set them.
 */
function contractTwoOnly(view: ContractionsView): void {
  const at: number[] = [];
  view.document.forEach((terms, n) => {
    if (terms.some(mayContractTwo)) at.push(n);
  });
  if (at.length === 0) return;
  if (at.length === view.document.length) {
    view.compute('contractionTwo');
    return;
  }
  const View = view.constructor as ViewClass;
  new View(at.map((n) => view.document[n]!)).compute('contractionTwo');
  for (const n of at) for (const term of view.document[n]!) if (term.index) term.index[0] = n;
}

export const fastContractionTwo: ((view: ContractionsView) => void) | undefined = ON_WRITTEN_VERSION
  ? contractTwoOnly
  : undefined;

export const fastContractions: ((view: ContractionsView) => void) | undefined = ON_WRITTEN_VERSION
  ? contractOnly
  : undefined;
