/**
 * Session 41 (travel41): a press secretary's statement on "the President’s Travel to X" or "the
 * Vice President’s Travel to X" announces the home office holder's trip, so the bare office in its
 * text is that holder, the traveller, even where the text names the foreign President to be met
 * (ingest/entities/homeHolders.ts). Elsewhere a foreign holder named in the text keeps the bare
 * office ambiguous, as before. Sentences written in the genre's style, the hosts invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function actorsOf(title: string, body: string, date: string, trigger: string): string[][] {
  const result = extract({ ...memoryDocument(title, body), date });
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments
    .filter((commitment) => commitment.trigger === trigger)
    .map((commitment) => commitment.actors.map((id) => names.get(id) ?? id).sort());
}

describe('the traveller a trip statement’s title names by office', () => {
  it.each([
    [
      'Statement from the Press Secretary on the President’s Travel to Chile',
      'On Tuesday, the President will travel to Santiago, Chile, where he will meet with President Ana Torres.',
      '2024-03-04',
      ['Joe Biden'],
    ],
    [
      'Statement from the Press Secretary on the Vice President’s Travel to Peru',
      'The Vice President will travel to Lima, Peru to attend a summit hosted by Vice President Luis Ortega of Peru.',
      '2024-05-06',
      ['Kamala Harris'],
    ],
    [
      'Statement from the Press Secretary on the President and First Lady Traveling to Oregon',
      'The President and First Lady will travel to Portland on Monday to meet with first responders.',
      '2023-08-16',
      ['Jill Biden', 'Joe Biden'],
    ],
  ])('%s', (title, body, date, actors) => {
    expect(actorsOf(title, body, date, 'will travel')).toEqual([actors]);
  });

  it('leaves a bare office ambiguous where the title is no trip of it', () => {
    const found = actorsOf(
      'Readout of Vice President Harris’s Call with President Torres of Chile',
      'Vice President Kamala Harris spoke with President Ana Torres of Chile. The President will travel to Washington in May.',
      '2024-03-04',
      'will travel',
    );
    expect(found.flat()).not.toContain('Joe Biden');
  });
});
