import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  ClauseIndex,
  type FirstReg,
  type IndexedTerm,
  lookupFor,
} from '../../../ingest/entities/clauseIndex';
import { postTaggerPatterns } from '../../support/postTaggerPatterns';

// compromise's own term test, loaded from its sources as ingest/entities/fastMatch.ts does.
const root = join(dirname(createRequire(import.meta.url).resolve('compromise')), '../../src');
const { default: wrapMatch } = (await import(
  pathToFileURL(join(root, '1-one/match/methods/match/term/doesMatch.js')).href
)) as { default: (term: IndexedTerm, reg: FirstReg, index: number, length: number) => unknown };

const patterns = postTaggerPatterns<{ match: string; regs: FirstReg[] }>();
const firstRegs = patterns.map((m) => m.regs[0]!);
// Every token, as the matcher's chain test asks about the ones after the first.
const allRegs = patterns.flatMap((m) => m.regs);

const SENTENCES = [
  "The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula, and we'll work on it.",
  'Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3rd in Washington, D.C., to discuss U.S.-Japan cooperation.',
  'They will not let North Korea threaten peace and stability; they strongly condemned the launches.',
  // Switch words (noun or verb, adjective or past tense) and words several patterns list.
  'Officials who rebuilt the damaged ports said the aid, as welcome as it was, left many homes flooded and abandoned.',
  "Japan's minister, who'd visited Seoul twice, hoped to lead talks and would still fund the project if pressed.",
];

describe('ClauseIndex', () => {
  it("answers a first token's positions exactly as compromise tests each term", () => {
    let answered = 0;
    for (const text of SENTENCES) {
      const doc = nlp(text) as unknown as { document: IndexedTerm[][] };
      for (const terms of doc.document) {
        const index = new ClauseIndex(terms);
        for (const reg of firstRegs) {
          const positions = index.positions(reg);
          if (positions === undefined) continue;
          answered++;
          const linear = terms.flatMap((term, i) =>
            wrapMatch(term, reg, i, terms.length) === true ? [i] : [],
          );
          expect([...positions], JSON.stringify(reg)).toEqual(linear);
        }
      }
    }
    // Most of the post-tagger's patterns start with a token the index answers.
    expect(answered).toBeGreaterThan(firstRegs.length);
  });

  it('tells whether any token matches at a term exactly as compromise tests it', () => {
    let answered = 0;
    for (const text of SENTENCES) {
      const doc = nlp(text) as unknown as { document: IndexedTerm[][] };
      for (const terms of doc.document) {
        const index = new ClauseIndex(terms);
        for (const reg of allRegs) {
          const lookup = lookupFor(reg);
          if (lookup === undefined) continue;
          answered++;
          const ours = terms.map((_, i) => index.has(lookup, i));
          const linear = terms.map((term, i) => wrapMatch(term, reg, i, terms.length) === true);
          expect(ours, JSON.stringify(reg)).toEqual(linear);
        }
      }
    }
    expect(answered).toBeGreaterThan(allRegs.length);
  });
});
