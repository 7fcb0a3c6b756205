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
 * Undefined on another release: the tagger then runs compromise's own step.
 */
import { ON_WRITTEN_VERSION } from './compromiseSource';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  text: string;
  normal?: string;
}
export interface ContractionsView {
  document: Term[][];
  world: { model: { one: { contractions?: { word?: string }[] } } };
  compute(step: string): unknown;
}
type ViewClass = new (document: Term[][]) => ContractionsView;

/** The original's tests, as written there (`byApostrophe`, `numDash`, `numUnit`). */
const APOSTROPHE = /'/;
const NUMBER_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;

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
  return (
    APOSTROPHE.test(normal) ||
    words.has(normal) ||
    NUMBER_DASH.test(normal) ||
    NUMBER_UNIT.test(term.text)
  );
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

export const fastContractions: ((view: ContractionsView) => void) | undefined = ON_WRITTEN_VERSION
  ? contractOnly
  : undefined;
