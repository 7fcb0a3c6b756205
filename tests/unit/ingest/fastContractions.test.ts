/**
 * The contractions step run only on sentences that can have one (ingest/entities/fastContractions.ts)
 * leaves every term as compromise's own step over the whole document does.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  type ContractionsView,
  fastContractions,
  mayContract,
} from '../../../ingest/entities/fastContractions';
import { withStockCompromise } from '../../support/stockCompromise';

const SENTENCES = [
  'The leaders reaffirmed their commitment to the complete denuclearization of the Peninsula.',
  "We can't and won't accept it; that's clear, and they're gonna see it.",
  'The 2024-25 plan covers 5km of coast and 3rd-party checks.',
  "Japan's deterrence, the ROK's too, cannot be doubted.",
  'They will strengthen deterrence and cooperate on cyber threats.',
  "Let's meet at 5pm, o'er the river.",
];

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  machine?: string;
  tags: Set<string>;
  index?: number[];
}
interface RawWorld {
  methods: { one: { tokenize: { fromString(text: string, world: RawWorld): RawTerm[][] } } };
}
type View = ContractionsView & { document: RawTerm[][] };

function documentOf(texts: string[]): View {
  const world = nlp.world() as unknown as RawWorld;
  const ViewClass = (nlp('') as unknown as { constructor: new (d: RawTerm[][]) => View })
    .constructor;
  const document = texts.flatMap((text) => world.methods.one.tokenize.fromString(text, world));
  return new ViewClass(document);
}

/** The fields a later step reads (the random ids of inserted terms left out). */
const fields = (view: View) =>
  (view.document as RawTerm[][]).map((terms) =>
    terms.map((t) => [
      t.text,
      t.pre,
      t.post,
      t.normal,
      t.implicit,
      t.machine,
      [...t.tags],
      t.index,
    ]),
  );

describe('fastContractions', () => {
  it('is installed on the compromise release it was written for', () => {
    expect(fastContractions).toBeDefined();
  });

  it('leaves every term as the whole-document step does', () => {
    const stock = documentOf(SENTENCES);
    withStockCompromise(() => {
      stock.compute('contractions');
      stock.compute('index');
    });
    const ours = documentOf(SENTENCES);
    fastContractions!(ours);
    ours.compute('index');
    expect(fields(ours)).toEqual(fields(stock));
    // The samples do contain contractions the step splits.
    expect(stock.document.flat().filter((t) => t.implicit).length).toBeGreaterThan(5);
  });

  it('skips a sentence with nothing to split, and not one with something', () => {
    const words = new Set(['cannot', 'gonna']);
    const term = (text: string, normal = text.toLowerCase()) => ({ text, normal });
    expect(mayContract(term('Peninsula'), words)).toBe(false);
    expect(mayContract(term('cooperate'), words)).toBe(false);
    expect(mayContract(term("Japan's", "japan's"), words)).toBe(true);
    expect(mayContract(term('cannot'), words)).toBe(true);
    expect(mayContract(term('2024-25'), words)).toBe(true);
    expect(mayContract(term('5km'), words)).toBe(true);
    expect(mayContract({ text: 'x' }, words)).toBe(true);
  });
});
