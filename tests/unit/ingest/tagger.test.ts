import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { fastFreeze } from '../../../ingest/entities/fastFreeze';
import { cacheDoc } from '../../../ingest/entities/fastSweep';
import { fastFromString, forgetTokenizedWords } from '../../../ingest/entities/fastTokenize';
import { type TaggedTerm, tagTexts } from '../../../ingest/entities/tagger';
import { isStock, withStockCompromise } from '../../support/stockCompromise';

const SENTENCES = [
  'The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula.',
  'They discussed the importance of reuniting separated Korean families, and the swift resolution of the abductions issue.',
  "We don't accept it; the U.S.-Japan Alliance's 2.5% growth (approx.) isn't enough — is it?",
  '“Freedom Edge,” he said. Japan and the ROK will strengthen deterrence, cooperate on cyber threats.',
  'Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3rd in Washington, D.C.',
];
/** Statement prose, where the left-out post-tagger patterns change none of the read tags. */
const PROSE = SENTENCES.slice(0, 4);

/** The tags topic derivation (ingest/entities/topicPhrases.ts) reads. */
const READ = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Value',
  'Date',
  'Verb',
  'Noun',
  'Adjective',
  'PresentTense',
  'Plural',
];

interface JsonTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const plain = (terms: TaggedTerm[]) =>
  terms.map((t) => [t.text, t.post, [...t.tags], t.start, t.end]);
const read = (tags: Iterable<string>) => READ.filter((tag) => new Set(tags).has(tag));

// compromise's own tagging, with its whole post-tagger (and its own methods, whether or not
// the tagger swapped them already in this worker).
const stock = withStockCompromise(() =>
  SENTENCES.map((text) =>
    (nlp(text).json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((s) => s.terms),
  ),
);

describe('tagTexts', () => {
  it('splits and places terms exactly as compromise does each sentence alone', () => {
    expect(
      tagTexts(SENTENCES).map((terms) => terms.map((t) => [t.text, t.post, t.start, t.end])),
    ).toEqual(
      stock.map((terms) =>
        terms.map((t) => [t.text, t.post, t.offset.start, t.offset.start + t.offset.length]),
      ),
    );
  });

  it('gives statement prose the read tags compromise gives it', () => {
    expect(tagTexts(PROSE).map((terms) => terms.map((t) => read(t.tags)))).toEqual(
      stock.slice(0, PROSE.length).map((terms) => terms.map((t) => read(t.tags))),
    );
  });

  it('leaves out post-tagger patterns that set only tags nobody reads', () => {
    const rok = (terms: { text: string; tags: Iterable<string> }[]) =>
      [...terms.find((t) => t.text === 'ROK')!.tags].sort();
    expect(rok(stock[3]!)).toContain('Organization');
    expect(rok(tagTexts([SENTENCES[3]!])[0]!)).toEqual(['Acronym', 'Noun']);
  });

  it('does not depend on what else is in the batch', () => {
    const batch = tagTexts(SENTENCES).map(plain);
    SENTENCES.forEach((text, i) => {
      expect(tagTexts([text]).map(plain)[0]).toEqual(batch[i]);
    });
    expect(tagTexts([...SENTENCES].reverse()).map(plain)).toEqual([...batch].reverse());
  });

  it('tokenises as compromise does, before and after its words are remembered', () => {
    const world = nlp.world() as unknown as {
      methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } };
    };
    expect(fastFromString).toBeDefined();
    // The first pass must meet every word for the first time, whatever another file tagged.
    forgetTokenizedWords();
    for (let pass = 0; pass < 2; pass++)
      for (const text of [...SENTENCES, '  “Well…” — (she) said:  ', ''])
        expect(fastFromString!(text, world)).toEqual(
          world.methods.one.tokenize.fromString(text, world),
        );
  });

  it('sets tags as compromise does once its setTag is swapped', () => {
    tagTexts(SENTENCES.slice(0, 1));
    expect(isStock()).toBe(false);
    // Term ids count up on every call: all else must match.
    const noId = (terms: JsonTerm[]) =>
      terms.map((term) => ({ ...term, id: undefined }) as JsonTerm & { id?: string });
    const again = SENTENCES.map((text) =>
      (nlp(text).json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((s) => s.terms),
    );
    expect(again.map(noId)).toEqual(stock.map(noId));
  });

  it("freezes the frozen lexicon's phrases as compromise's freeze step does", () => {
    const texts = [
      ...SENTENCES,
      'The Prime Minister took part in the New York Times event on board the ship, en route home.',
      'The United States of America and the prime minister of the United Kingdom met.',
    ];
    expect(fastFreeze).toBeDefined();
    for (const text of texts) {
      const [stockView, ours] = [nlp.tokenize(text), nlp.tokenize(text)];
      stockView.compute('freeze');
      fastFreeze!(ours as unknown as Parameters<NonNullable<typeof fastFreeze>>[0]);
      // Contractions' terms get ids that count up on every call: all else must match.
      const noIds = (view: typeof ours) =>
        JSON.stringify(view.json(), (key, value) => (key === 'id' ? undefined : value));
      expect(noIds(ours)).toEqual(noIds(stockView));
    }
  });

  it("builds the sweep's clause word sets as compromise's cacheDoc does", () => {
    const original = (nlp.methods() as unknown as { one: { cacheDoc: typeof cacheDoc } }).one
      .cacheDoc;
    for (const text of SENTENCES) {
      const { document } = nlp(text) as unknown as { document: Parameters<typeof cacheDoc>[0] };
      expect(cacheDoc(document).map((set) => [...set])).toEqual(
        original(document).map((set) => [...set]),
      );
    }
  });

  it('returns nothing for nothing', () => {
    expect(tagTexts([])).toEqual([]);
  });
});
