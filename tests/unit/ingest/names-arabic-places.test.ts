/**
 * Session 23, found on the joined holdout U: the style "HE" (His Excellency) between a title and
 * a name is in neither; an Arabic name may hold several "bin" links and a lowercase "al" article
 * ("… bin … bin … Al …"); a year before a "Cup" names that year's tournament, an Event; Yemen's and
 * Egypt's cities and a U.S. camp in Qatar are places. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [body: string, type: string, expected: string[], absent?: string[]];

const ROWS: Row[] = [
  [
    'The Ambassador met Minister of Defense HE Sheikh Saud bin Nasser bin Abdul Karim Al Sabah.',
    'Official',
    ['Saud bin Nasser bin Abdul Karim Al Sabah'],
    ['HE Sheikh Saud bin Nasser'],
  ],
  [
    'The delegation met Minister of State Omar al Rashid in the capital.',
    'Official',
    ['Omar al Rashid'],
  ],
  ['Officials reviewed security planning for the 2030 World Cup.', 'Event', ['2030 World Cup']],
  [
    'The envoy traveled to Sana’a and then to Sharm El Sheikh for consultations.',
    'Region',
    ['Sana’a'],
  ],
  ['Evacuees were housed at Camp As Sayliah before onward travel.', 'Region', ['Camp As Sayliah']],
];

function named(body: string, type: string): string[] {
  return extractText('Readout', body, 'names-arabic-places')
    .entities.filter((entity) => entity.type === type)
    .map((entity) => entity.name);
}

function all(body: string): string[] {
  return extractText('Readout', body, 'names-arabic-places')
    .entities.filter((entity) => entity.type !== 'Topic')
    .map((entity) => entity.name);
}

describe('Arabic names, styles, tournaments and Gulf places', () => {
  for (const [body, type, expected, absent = []] of ROWS) {
    it(body, () => {
      const found = named(body, type);
      for (const name of expected) expect(found).toContain(name);
      const every = all(body);
      for (const name of absent) expect(every).not.toContain(name);
    });
  }
});
