/**
 * The contractions step run only on sentences that can have one (ingest/entities/fastContractions.ts)
 * leaves every term as compromise's own step over the whole document does.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  type ContractionsView,
  fastContractions,
  fastContractionTwo,
  mayContract,
  mayContractTwo,
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

  it('tests numbers only where their patterns can start', () => {
    const words = new Set<string>();
    const term = (text: string) => ({ text, normal: text.toLowerCase() });
    for (const text of ['+5kg', '-3°', '10-12', '7am'])
      expect(mayContract(term(text), words)).toBe(true);
    for (const text of ['a5km', 'x10-12', '-', '', 'km5'])
      expect(mayContract(term(text), words)).toBe(false);
  });
});

/** Sentences in the order a statement has them: possessives after plain ones, and between. */
const SECOND = [
  'The leaders reaffirmed their commitment to the complete denuclearization of the Peninsula.',
  "Japan's deterrence and the ROK's resolve cannot be doubted.",
  'They will strengthen deterrence and cooperate on cyber threats.',
  "We'd welcome it, and that's how we'd proceed; it ain't over.",
  'Both sides discussed regional security.',
];

/** The steps compromise runs before `contractionTwo`, on `view` (its own code throughout). */
function throughPreTagger(view: View): void {
  for (const step of [
    'contractions',
    'alias',
    'machine',
    'index',
    'freeze',
    'lexicon',
    'preTagger',
  ])
    view.compute(step);
}

describe('fastContractionTwo', () => {
  it('is installed on the compromise release it was written for', () => {
    expect(fastContractionTwo).toBeDefined();
  });

  it.each([
    ['sentences with and without an apostrophe', SECOND],
    ['only sentences with one', SECOND.filter((text) => text.includes("'"))],
    ['no sentence with one', SECOND.filter((text) => !text.includes("'"))],
  ])('leaves every term as the whole-document step does: %s', (_, texts) => {
    const stock = documentOf(texts);
    const ours = documentOf(texts);
    withStockCompromise(() => {
      throughPreTagger(stock);
      stock.compute('contractionTwo');
      throughPreTagger(ours);
      fastContractionTwo!(ours);
    });
    expect(fields(ours)).toEqual(fields(stock));
  });

  it('splits the contractions of later sentences, numbered by their place in the document', () => {
    const ours = documentOf(SECOND);
    withStockCompromise(() => {
      throughPreTagger(ours);
      fastContractionTwo!(ours);
    });
    const split = ours.document[3]!.filter((t) => t.implicit);
    expect(split.length).toBeGreaterThan(0);
    for (const term of ours.document[3]!) expect(term.index?.[0]).toBe(3);
  });

  it('is asked only about terms with a straight apostrophe not split already', () => {
    expect(mayContractTwo({ text: 'Japan’s', normal: "japan's" })).toBe(true);
    expect(mayContractTwo({ text: 'Japan', normal: 'japan' })).toBe(false);
    expect(mayContractTwo({ text: "can't", normal: "can't", implicit: 'can' })).toBe(false);
    expect(mayContractTwo({ text: 'x' })).toBe(false);
  });
});
