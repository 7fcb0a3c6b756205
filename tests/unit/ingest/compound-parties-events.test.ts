/**
 * The countries of a hyphenated compound heading an event's, program's or body's name are
 * declared, nested, like an agreement's parties ("Japan-Australia-India-U.S. (Quad) Summit":
 * gold 2022-05-23 declares Australia and India; "hosting the U.S.-Russia Summit in Geneva").
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, countries: string[]][] = [
  ['They welcomed the Japan-Australia-India-U.S. Summit.', ['Australia', 'India']],
  ['President Parmelin hosted the U.S.-Russia Summit in Geneva.', ['Russia']],
  ['The U.S.-Australia-India Dialogue met.', ['Australia', 'India']],
  // A compound the lexicon knows whole still names its parties (gold 2021-03-01, 2023-01-09).
  ['They reaffirmed the United States-Mexico-Canada Agreement.', ['Mexico', 'Canada']],
];

describe('countries of a compound heading an event, program or body', () => {
  for (const [body, expected] of ROWS) {
    it(body, () => {
      const found = extractText('Statement', body, 'compound-parties-events')
        .entities.filter((entity) => entity.type === 'Country')
        .map((entity) => entity.name);
      for (const name of expected) expect(found).toContain(name);
    });
  }
});
