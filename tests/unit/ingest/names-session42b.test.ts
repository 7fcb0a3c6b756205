/**
 * Session 42, second names pass (names42b): a known place's possessive inside the complement of a
 * definite name, a chain of places joined by spaced en dashes, officials the lexicon knows by
 * title and surname ("Secretary Mayorkas", "Director General Grossi", "former Prime Minister
 * Bennett"), and the Iraqi Security Forces written in lower case. Sentences written for the test
 * in the releases' style; each positive row failed before.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const ROWS: NameRow[] = [
  [
    'The Joint Steering Group for Australia’s Nuclear-Powered Submarine Program met on December 14.',
    [
      ['Joint Steering Group for Australia’s Nuclear-Powered Submarine Program', 'Organization'],
      // The owned programme is a name of its own, declared nested.
      ['Nuclear-Powered Submarine Program', 'Program'],
    ],
    ['Joint Steering Group for Australia'],
  ],
  [
    'The leaders welcomed the establishment of the Support for Ukraine’s Reconstruction and Economy (SURE) Trust Fund.',
    [['Support for Ukraine’s Reconstruction and Economy Trust Fund', 'Program']],
    ['Reconstruction and Economy Trust Fund'],
  ],
  // A body owns what follows its possessive: two names, as before.
  [
    'The Department of the Interior’s Bureau of Land Management will lead the effort.',
    [
      ['Department of the Interior', 'Organization'],
      ['Bureau of Land Management', 'Organization'],
    ],
    ['Department of the Interior’s Bureau of Land Management'],
  ],
  // "of" a place completes the owner's name: the committee is the party's.
  [
    'He was selected as General Secretary of the Communist Party of Vietnam’s Central Committee.',
    [],
    ['Communist Party of Vietnam’s Central Committee'],
  ],
  // A title before the place is a person's office, and a sentence's first word names nothing.
  [
    'They met with the Secretary General of Japan’s National Security Secretariat.',
    [['National Security Secretariat', 'Organization']],
    ['Secretary General of Japan’s National Security Secretariat'],
  ],
  [
    'Support for Ukraine’s Armed Forces remains strong.',
    [['Armed Forces', 'Organization']],
    ['Support for Ukraine’s Armed Forces'],
  ],
  // Places joined by spaced en dashes are the corridor's parties, written with hyphens.
  [
    'The partners deepened financing for the India – Middle East – Europe Economic Corridor.',
    [['India-Middle East-Europe Economic Corridor', 'Program']],
    ['Europe Economic Corridor'],
  ],
  [
    'We will empower Iraqi security forces to advance stability.',
    [['Iraqi Security Forces', 'Organization']],
  ],
  [
    'The United States will continue to assist Iraq’s security forces as they investigate.',
    [['Iraqi Security Forces', 'Organization']],
  ],
];

describe('names read in session 42 (second pass)', () => {
  itFindsNames('Joint Statement', ROWS);
});

function officials(body: string, date: string): string[] {
  return extract({ ...memoryDocument('Joint Statement', body), date })
    .entities.filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name);
}

describe('officials named by title and surname', () => {
  it.each([
    [
      'The processes that Secretary Mayorkas announced last week continue.',
      '2023-05-02',
      'Alejandro Mayorkas',
    ],
    [
      'We welcome International Atomic Energy Agency Director General Grossi’s report.',
      '2022-09-23',
      'Rafael Grossi',
    ],
    // "former" before the title: the holder whose term ended before the statement.
    [
      'The leaders express appreciation to former Prime Minister Bennett, who led the talks.',
      '2022-07-14',
      'Naftali Bennett',
    ],
    // Without "former", a surname out of its holder's term stays unresolved.
    [
      'The leaders express appreciation to Prime Minister Bennett, who led the talks.',
      '2022-07-14',
      'Bennett',
    ],
    // Still in office: "former" names no one the lexicon knows.
    [
      'The leaders express appreciation to former Prime Minister Bennett, who led the talks.',
      '2022-01-14',
      'Bennett',
    ],
  ])('%s (%s)', (body, date, name) => {
    expect(officials(body, date)).toContain(name);
  });
});
