/**
 * An ideal that is vacuous alone ("security", "stability", "prosperity", "peace") is a selector
 * candidate in extraction when it stands as an item of an enumeration
 * (ingest/topics/selector/candidates.ts valueItem): the gold names each item of "Iraq’s
 * sovereignty, territorial integrity, security, and stability"; alone in running text the word
 * says nothing and stays out.
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

function doc(body: string): SourceDocument {
  return memoryDocument('Joint Statement', body, 't');
}

/** The extraction's candidates (a lone word allowed wherever the conventions allow it). */
function offered(body: string): string[] {
  const { extraction, terms } = extractByRules(doc(body));
  return candidateRows(extraction, terms, lexicon(), () => true).map((row) => row.text);
}

describe('an ideal as an enumeration item is a selector candidate', () => {
  it.each([
    [
      'The United States and Spain committed to advance prosperity, security, shared values, and the rules-based international order.',
      ['prosperity', 'security'],
    ],
    [
      'The leaders committed to support Iraq’s sovereignty, territorial integrity, security, and stability.',
      ['security', 'stability'],
    ],
    [
      'The United States and Kenya committed to deliver prosperity, security, and opportunity.',
      ['prosperity', 'security'],
    ],
  ])('%s', (body, items) => {
    const texts = offered(body);
    for (const item of items) expect(texts).toContain(item);
  });

  it.each([
    'The United States and Spain committed to strengthen security in the region.',
    'The United States and Kenya committed to work for stability.',
    // A comma that ends a clause, not a list item.
    'The United States and Kenya committed to invest in security, and they agreed to meet again.',
  ])('not in running text: %s', (body) => {
    expect(offered(body).filter((text) => /^(?:security|stability)$/.test(text))).toEqual([]);
  });
});
