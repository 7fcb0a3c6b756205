/**
 * The ensemble's additions must be whole noun phrases (selector/wholePhrase.ts): each row names a
 * sentence, a run of it and how the run is cut from a longer phrase (undefined: whole), read from
 * the words as the topic pass tags them.
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { type Cut, rowCut } from '../../../ingest/topics/selector/wholePhrase';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

function doc(body: string): SourceDocument {
  return memoryDocument('Statement', body, 't');
}

const ROWS: [string, string, Cut | undefined][] = [
  // A noun or adjective running into the run's first word: the run is the compound's tail.
  [
    'The United States will create a more transparent health care system.',
    'care system',
    'before-noun',
  ],
  [
    'The United States will connect producers with large-scale food service and retail outlets.',
    'food service',
    'before-noun',
  ],
  // A noun going on after the run's last word, a vacuous head too ("actors").
  [
    'The United States will work with local stakeholders and private housing actors.',
    'private housing',
    'after',
  ],
  // One modifier of a list sharing a head, an adjective among them.
  [
    'The United States reaffirmed continued security, economic, and humanitarian aid.',
    'security',
    'list',
  ],
  // Whole, but no topic by the conventions: a bare agent in a list, a vacuous head with no domain.
  [
    'The United States will consult industry, civil society, and academia.',
    'industry',
    'agent-item',
  ],
  ['The United States discussed a developing situation.', 'developing situation', 'vacuous'],
  ['The United States reviewed the security situation in Europe.', 'security situation', undefined],
  [
    'The United States will lower prices, protect workers, and increase competition.',
    'workers',
    undefined,
  ],
  // Whole: after a weak modifier or a possessive, and a list of things.
  ['The United States will support its own workforce.', 'workforce', undefined],
  ['The United States will continue strengthening America’s workforce.', 'workforce', undefined],
  [
    'The United States will address climate change, pollution, and biodiversity loss.',
    'pollution',
    undefined,
  ],
  [
    'The United States will advance peace, prosperity and sustainable development.',
    'peace',
    undefined,
  ],
  [
    'The United States committed to the full withdrawal of foreign forces.',
    'foreign forces',
    undefined,
  ],
];

describe('rowCut', () => {
  it.each(ROWS)('%s — %s', (sentence, run, cut) => {
    const { extraction, terms } = extractByRules(doc(sentence));
    const read = extraction.sentences.find((s) => s.text === sentence);
    expect(read && terms.get(read.index)).toBeDefined();
    expect(sentence.indexOf(run)).toBeGreaterThanOrEqual(0);
    const start = read!.start + sentence.indexOf(run);
    const row = { start, end: start + run.length, features: [] };
    expect(rowCut(extraction.sentences, terms, row)).toBe(cut);
  });
});
