/**
 * The word splitter without its regex split (ingest/entities/fastSplitTerms.ts) cuts every text
 * as compromise's own `splitTerms` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  fastSplitTerms,
  hasDash,
  isBoundary,
  isWordlike,
  naiveSplit,
} from '../../../ingest/entities/fastSplitTerms';

interface TokenizeWorld {
  model: unknown;
  methods: { one: { tokenize: { splitTerms(text: string, model: unknown): string[] } } };
}
const world = nlp.world() as unknown as TokenizeWorld;
const original = (text: string) => world.methods.one.tokenize.splitTerms(text, world.model);

const EDGES = [
  '',
  ' ',
  '   leading and trailing   ',
  'one',
  'The U.S.-ROK Alliance, 2024-25 plans; state-of-the-art tools — and more...',
  'x-ray, re-do, flower-like, aug-20, 20-aug, (5-aug) and 2 - 5 or 10:30am - 11',
  'he / she and/or them / us',
  'Ελλάδα-Κύπρος\u00a0ties\u2003and\u200aspaces\ufeffhere\u3000end',
  '“Quoted-” text ‘single’ --- dashes – en — em ... ! ? .',
  'surrogates 𝒜𝒷-𝒸 and \ud800 lone',
  '\tTabs\nand\r\nnewlines\v\f',
];

describe('naiveSplit', () => {
  it('splits as String.prototype.split(/(\\S+)/) does', () => {
    for (const text of EDGES) expect(naiveSplit(text)).toEqual(text.split(/(\S+)/));
  });
});

describe('the piece tests', () => {
  // Every piece the splitter meets in the edge cases, and a few of its own.
  const pieces = [
    ...EDGES.flatMap((text) => naiveSplit(text)),
    ...['-', '–', '—', '--', '...', '.', '!?', '?.!', '.a', 'a.', '!', ' . ', '\u00a0', '\ud800'],
  ];
  it.each([
    ['hasDash', hasDash, /[-–—]/],
    ['isWordlike', isWordlike, /\S/],
    ['isBoundary', isBoundary, /^[!?.]+$/],
  ] as const)('%s answers as its regex did', (_, test, regex) => {
    for (const piece of pieces) expect([piece, test(piece)]).toEqual([piece, regex.test(piece)]);
  });
});

describe('fastSplitTerms', () => {
  it('is installed on the compromise release it was written for', () => {
    expect(fastSplitTerms).toBeDefined();
  });

  it("cuts edge cases as compromise's splitTerms does", () => {
    for (const text of EDGES) expect(fastSplitTerms!(text, world.model)).toEqual(original(text));
  });

  it('cuts every sentence of the corpus as the original does', () => {
    const dir = join(import.meta.dirname, '../../../data/corpus');
    let count = 0;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split(/(?<=[.!?])\s+|\n+/)) {
        expect(fastSplitTerms!(line, world.model)).toEqual(original(line));
        count++;
      }
    }
    expect(count).toBeGreaterThan(200);
  });
});
