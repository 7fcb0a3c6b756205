/**
 * Session 29 (events29): an official's visit named by who went where and when, month and year,
 * without the words that rate or time it. Sentences written in the readouts' style.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(text: string, date: string): string[] {
  return extract({ ...memoryDocument('Readout of a Call', text), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map((entity) => entity.name);
}

describe('an official’s visit, named by owner, place and month', () => {
  it.each([
    [
      'The two advisors welcomed Prime Minister Kishida’s recent visit to Kyiv.',
      '2024-05-20',
      'Prime Minister Kishida’s visit to Kyiv (May 2024)',
    ],
    [
      'They recalled the Joint Declaration signed during President Biden’s visit to Israel in July 2022.',
      '2023-03-06',
      'President Biden’s visit to Israel (July 2022)',
    ],
    // A past visit's month after the statement's is last year's.
    [
      'Sullivan thanked him for Prime Minister Albanese’s visit to Washington in October.',
      '2024-02-14',
      'Prime Minister Albanese’s visit to Washington (October 2023)',
    ],
  ])('%s', (text, date, name) => {
    expect(events(text, date)).toContain(name);
  });

  it('keeps a visit with no time of its own undated', () => {
    const text = 'The leaders recalled President Moon’s visit to Washington.';
    expect(events(text, '2024-02-14')).toContain('President Moon’s visit to Washington');
  });
});
