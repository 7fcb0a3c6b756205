/**
 * A past stance verb under a sentence-opening date before the statement's month narrates a
 * record ("In March 2023, our nations announced a pathway …" in September 2024: gold README,
 * session 17), while a stance of intent keeps binding ("we pledged to …", "decided to …") and a
 * date in the statement's own month is its meeting's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function stancesOf(sentence: string, date?: string) {
  const result = extract({
    ...memoryDocument('Joint Statement of the United States and Japan', sentence, 'dated-past'),
    ...(date ? { date } : {}),
  });
  return result.commitments.map((c) => `${c.stance} ${c.trigger}`);
}

describe('dated past narrative', () => {
  it.each([
    'In March 2023, our nations announced a pathway to deliver new submarines.',
    'In April 2024 our defense ministers announced principles for partner engagement.',
    'In FY 2023 alone, we also supported training programs for young workers.',
    'In 2022, we welcomed a new partner to the initiative.',
  ])('is a record before the statement’s month: %s', (sentence) => {
    expect(stancesOf(sentence, '2024-09-17')).toEqual([]);
  });

  it('keeps a stance of intent, dated or not', () => {
    expect(
      stancesOf('In March 2023, we pledged to pursue deeper integration.', '2024-09-17'),
    ).toEqual(['commit pledged to']);
  });

  it('keeps a date in the statement’s own month, and any date without the statement’s', () => {
    const sentence = 'In September 2024, our nations announced a new partnership.';
    expect(stancesOf(sentence, '2024-09-17')).toEqual(['commit announced']);
    expect(stancesOf('In March 2023, our nations announced a new partnership.')).toEqual([
      'commit announced',
    ]);
  });
});
