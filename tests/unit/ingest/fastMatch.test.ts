import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { ClauseIndex, type IndexedTerm } from '../../../ingest/entities/clauseIndex';
import { fastMatch, type MatchTodo } from '../../../ingest/entities/fastMatch';
import { postTaggerPatterns } from '../../support/postTaggerPatterns';

interface Pattern extends MatchTodo {
  match: string;
}
type Clause = (IndexedTerm & { id?: string })[];
interface World {
  methods: {
    one: {
      match(docs: Clause[], todo: Pattern): { ptrs: unknown[]; byGroup: unknown };
    };
  };
}

const world = nlp.world() as unknown as World;
const patterns = postTaggerPatterns<Pattern>();

// Contractions ("we'll", "don't"), hyphens, acronyms, titles, numbers: the cases the shortcuts
// must leave to the full matcher.
const SENTENCES = [
  "The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula, and we'll work on it.",
  'Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3rd in Washington, D.C., to discuss U.S.-Japan cooperation.',
  "They will not let North Korea threaten peace and stability; they don't accept the so-called launches.",
  'The well-known long-range ballistic missile tests, the state-sponsored cyber-attacks and the ROK-U.S. drills continue.',
  'Japan, the ROK and the United States will hold trilateral exercises, share real-time missile warning data and shut down illicit networks.',
];

describe('fastMatch', () => {
  it('loads on the compromise release it was written against', () => {
    expect(nlp.version).toBe('14.17.0');
    expect(fastMatch).toBeDefined();
  });

  it("finds exactly what compromise's matcher finds, for every post-tagger pattern", () => {
    let found = 0;
    for (const text of SENTENCES) {
      const doc = nlp(text) as unknown as { document: Clause[] };
      for (const terms of doc.document) {
        const index = new ClauseIndex(terms);
        for (const pattern of patterns) {
          const stock = world.methods.one.match([terms], pattern);
          const fast = fastMatch!([terms], pattern, [], index);
          expect(fast, pattern.match).toEqual(stock);
          found += stock.ptrs.length;
        }
      }
    }
    // The sentences exercise the patterns: many of them match somewhere.
    expect(found).toBeGreaterThan(15);
  });
});
