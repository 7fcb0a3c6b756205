/**
 * Names that G7 leaders' statements lost in session 43's K-fold misses, table-driven: a sentence →
 * the names and types it must yield, and names it must not. Each row stands for a lexicon entry
 * (data/lexicon) or ingest/entities/resolutionSymbols.ts, with sentences written for the test in
 * the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // Lexicon: a plant the statements treat as a place, and bodies and programmes whose names have
  // no head noun that types them (or one that types them wrongly: an 'Alliance' is a body).
  [
    'We condemn the seizure of Ukraine’s Zaporizhzhia Nuclear Power Plant (ZNPP).',
    [['Zaporizhzhya Nuclear Power Plant', 'Region']],
  ],
  [
    'We support the Grain from Ukraine initiative and the Global Alliance for Food Security.',
    [
      ['Grain from Ukraine', 'Program'],
      ['Global Alliance for Food Security', 'Program'],
    ],
    ['Ukraine Initiative'],
  ],
  [
    'We will work with Eurojust and welcome the Climate Club.',
    [
      ['Eurojust', 'Organization'],
      ['Climate Club', 'Organization'],
    ],
  ],
  [
    'We launched Extraordinary Revenue Acceleration (ERA) Loans for Ukraine.',
    [['Extraordinary Revenue Acceleration Loans for Ukraine', 'Program']],
  ],
  // The plural names the G7's set of country partnerships, a framework (Instrument); the
  // plural head 'Partnerships' alone names firms and headlines (names.json), so it is listed.
  [
    'We will deepen cooperation through Just Energy Transition Partnerships (JETPs) with partner countries.',
    [['Just Energy Transition Partnerships', 'Instrument']],
  ],
  // A General Assembly symbol or an emergency-session number names the resolution without the
  // Assembly's name before it; a draft symbol does not give the adopted number.
  [
    'We welcome the resolution A/RES/ES-11/6 adopted by the General Assembly.',
    [['UN General Assembly resolution ES-11/6', 'Instrument']],
  ],
  [
    'Recalling Resolutions A/RES/41/11, A/RES/49/26, and other relevant resolutions.',
    [
      ['UN General Assembly Resolution A/RES/41/11', 'Instrument'],
      ['UN General Assembly Resolution A/RES/49/26', 'Instrument'],
    ],
  ],
  [
    'They recall the UN General Assembly, which, in Resolution No. ES-11/1 dated 2 March 2022, deplores the aggression.',
    [['UN General Assembly resolution ES-11/1', 'Instrument']],
    ['Resolution No. ES-11'],
  ],
  [
    'We welcome the draft resolution A/ES-11/L.7 on a just peace.',
    [],
    ['UN General Assembly resolution ES-11/7', 'UN General Assembly Resolution A/ES-11/L.7'],
  ],
];

function names(sentence: string) {
  return extractText('G7 Leaders’ Statement', sentence, 'names-g7-s43').entities.map((entity) => [
    entity.name,
    entity.type,
  ]);
}

describe('names in G7 leaders’ statements (session 43)', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = names(sentence);
      for (const pair of expected) expect(found).toContainEqual(pair);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});
