/**
 * Session 41 (travel41): a leader's inauguration the text names is an `Event` named by the leader
 * and the day, `inauguration of José Raúl Mulino (July 1, 2024)` (CONVENTIONS 3.6; data/rules/
 * inaugurations.json). The leader is the one named after "of", or the counterpart the title names
 * where a pronoun or "the" stands for them; the day is the text's, else the statement's own where
 * it is a statement on the inauguration. Sentences written in the releases' style, the leader and
 * the dates invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(title: string, body: string, date: string): string[] {
  return extract({ ...memoryDocument(title, body), date })
    .entities.filter((entity) => entity.type === 'Event')
    .map((entity) => entity.name);
}

const inaugurations = (title: string, body: string, date: string) =>
  events(title, body, date).filter((name) => name.startsWith('inauguration'));

describe('inaugurations a statement names', () => {
  it.each([
    [
      'a statement on the occasion: the pronoun is the title’s leader, the day the statement’s',
      'Statement from President Joe Biden on the Occasion of President Torres’s Inauguration in Peru',
      'I congratulate President Ana Torres of Peru on her inauguration.',
      '2025-07-28',
      'inauguration of Ana Torres (July 28, 2025)',
    ],
    [
      'a day the text gives before the head',
      'Readout of President Biden’s Call with President Ana Torres of Peru',
      'President Biden commended President Torres for the progress made so soon after her July 28 inauguration.',
      '2025-09-10',
      'inauguration of Ana Torres (July 28, 2025)',
    ],
    [
      'a month the text gives after it, the pronoun not the home official',
      'Readout of Vice President Harris’s Call with President Torres of Peru',
      'Vice President Kamala Harris spoke today with President Ana Torres of Peru. The Vice President attended her historic inauguration in January 2025.',
      '2025-05-02',
      'inauguration of Ana Torres (January 2025)',
    ],
    [
      'the leader named after "of", the day after the name',
      'Statement by the Press Secretary on the Presidential Delegation to Peru',
      'The delegation will attend the inauguration of President-elect Ana Torres on March 11.',
      '2026-03-02',
      'inauguration of Ana Torres (March 11, 2026)',
    ],
  ])('%s', (_, title, body, date, name) => {
    expect(inaugurations(title, body, date)).toEqual([name]);
  });

  it('is one inauguration however the text refers back to it', () => {
    const body =
      'First Lady Jill Biden traveled to Lima, Peru as the Head of the U.S. Presidential Delegation to the inauguration of President Ana Torres. ' +
      'In addition to attending the President’s inauguration, the First Lady attended a luncheon. ' +
      'She met President Torres the evening before the inauguration.';
    expect(
      inaugurations(
        'Readout of the U.S. Presidential Delegation’s Travel to Peru for the Inauguration of Ana Torres',
        body,
        '2025-07-30',
      ),
    ).toEqual(['inauguration of Ana Torres (July 2025)']);
  });

  it('names none where no leader is named or meant', () => {
    const body = 'The leaders welcomed the inauguration of the new government in Lima.';
    expect(inaugurations('Readout of a Meeting', body, '2025-07-30')).toEqual([]);
  });
});
