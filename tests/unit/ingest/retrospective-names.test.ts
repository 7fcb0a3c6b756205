/**
 * Names of retrospective statements and commemorative messages (session 12): battle sites and
 * storms by their head noun (data/rules/names.json `heads`), a run cut where "to"/"for the" joins
 * two things rather than a complement (ingest/entities/toJoiner.ts, phraseFilters.ts), a span of
 * years in a plan's name (dated.ts, namedPhrases.ts), a person named with a middle initial, people
 * after a plural title (pluralTitles.ts), officials named by office (officeNames.ts), and well-known places, events and policies of the lexicon.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Presidential Message on an Anniversary';

const ROWS: NameRow[] = [
  [
    'From Heartbreak Ridge to Pork Chop Hill to the Chosin Reservoir, they held the line.',
    [
      ['Heartbreak Ridge', 'Region'],
      ['Pork Chop Hill', 'Region'],
      ['Chosin Reservoir', 'Region'],
    ],
    ['From Heartbreak Ridge to Pork Chop Hill to the Chosin Reservoir'],
  ],
  [
    'Following Super Typhoon Man-Yi, Tropical Storm Kristine, and Typhoon Yagi, USAID provided aid.',
    [
      ['Super Typhoon Man-Yi', 'Event'],
      ['Tropical Storm Kristine', 'Event'],
      ['Typhoon Yagi', 'Event'],
    ],
  ],
  [
    'The plan was to lure the U.S. Pacific Fleet out of Pearl Harbor after the attack on Pearl Harbor.',
    [
      ['U.S. Pacific Fleet', 'Organization'],
      ['Pearl Harbor', 'Region'],
      ['attack on Pearl Harbor', 'Event'],
    ],
  ],
  [
    'We hosted two Pacific Islands Forum Summits at the White House.',
    [
      ['Pacific Islands Forum Summits', 'Event'],
      ['White House', 'Region'],
    ],
  ],
  [
    'We returned the Peace Corps to Fiji, Samoa, and Tonga.',
    [
      ['Peace Corps', 'Organization'],
      ['Fiji', 'Country'],
    ],
    ['Peace Corps to Fiji'],
  ],
  [
    'We expanded the National Guard State Partnership Program to Pacific Island countries.',
    [['National Guard State Partnership Program', 'Program']],
    ['National Guard State Partnership Program to Pacific Island'],
  ],
  [
    'We elevated our presence in Papua New Guinea to a Country Representative Office.',
    [['Papua New Guinea', 'Country']],
    ['Papua New Guinea to a Country Representative Office'],
  ],
  [
    // A complement with a verb, and "Parties to" a treaty, stay in the name.
    'We support the Global Fund to Fight AIDS and the Conference of the Parties to the UN Convention to Combat Desertification.',
    [
      ['Global Fund to Fight AIDS', 'Program'],
      ['Conference of the Parties to the UN Convention to Combat Desertification', 'Event'],
    ],
  ],
  [
    'They adopted the 2022-2025 ASEAN-U.S. Plan of Action and the MUSP Plan of Action 2024-2026.',
    [
      ['2022-2025 ASEAN-U.S. Plan of Action', 'Instrument'],
      ['MUSP Plan of Action 2024-2026', 'Instrument'],
    ],
    ['2025 ASEAN-U.S. Plan of Action', 'MUSP Plan of Action 2024'],
  ],
  ['The President named Christopher R. Hill as Ambassador.', [], ['Christopher R. Hill']],
  [
    'The Forgotten War began when the army crossed the 38th parallel.',
    [
      ['Korean War', 'Event'],
      ['38th parallel', 'Region'],
    ],
    ['Forgotten War'],
  ],
  [
    'My Administration maintained a maximum pressure campaign and a policy of peace through strength.',
    [
      ['maximum pressure campaign', 'Program'],
      ['peace through strength', 'Program'],
    ],
  ],
  [
    'They discussed the Belfast/Good Friday Agreement and peace in Northern Ireland.',
    [
      ['Belfast/Good Friday Agreement', 'Instrument'],
      ['Northern Ireland', 'Region'],
    ],
    ['Ireland', 'Good Friday Agreement'],
  ],
  [
    // An acronym that leaves out one initial still closes the name it abbreviates.
    'We launched the Partnership for Global Infrastructure and Investment (PGI) Luzon Economic Corridor.',
    [
      ['Partnership for Global Infrastructure and Investment', 'Program'],
      ['Luzon Economic Corridor', 'Program'],
    ],
  ],
  [
    // An owner's possessive after the acronym is no head of the whole name.
    'We support Coalition for Disaster Resilient Infrastructure (CDRI) India’s climate initiative.',
    [['Coalition for Disaster Resilient Infrastructure', 'Organization']],
    ['Coalition for Disaster Resilient Infrastructure India'],
  ],
  [
    // A plural title gives each coordinated full name the title.
    'The fleet under the command of Admirals Jack Fletcher and Raymond Spruance fought on.',
    [
      ['Jack Fletcher', 'Official'],
      ['Raymond Spruance', 'Official'],
    ],
  ],
  [
    // Legislators by title (titles.json: Senator, Ranking Member), and surnames alone after a
    // plural title, each a person, the plural no given name (gold 2022-08-03, 2022-09-21).
    'I thank Chairman Menendez, Ranking Member Risch, and Senators Carper and Kennedy.',
    [
      ['Menendez', 'Official'],
      ['Risch', 'Official'],
      ['Carper', 'Official'],
      ['Kennedy', 'Official'],
    ],
    ['Senators Carper'],
  ],
  [
    'Senator Risch and Congresswoman Chu voted.',
    [
      ['Risch', 'Official'],
      ['Chu', 'Official'],
    ],
  ],
  [
    // A surname the lexicon knows stays the lexicon's official; a full name after it is read whole.
    'Presidents Biden and Yoon Suk Yeol met.',
    [
      ['Joe Biden', 'Official'],
      ['Yoon Suk Yeol', 'Official'],
    ],
    ['Biden', 'Yoon'],
  ],
  [
    'Generals Douglas MacArthur, Matthew B. Ridgway and Mark Clark led the forces.',
    [
      ['Douglas MacArthur', 'Official'],
      ['Matthew B. Ridgway', 'Official'],
      ['Mark Clark', 'Official'],
    ],
  ],
  [
    // An official named by office alone (gold conventions, session 10), with owner or body.
    'We welcome coordination between the Special Envoy of the ASEAN Chair on Myanmar and the UN Secretary-General.',
    [
      ['Special Envoy of the ASEAN Chair on Myanmar', 'Official'],
      ['UN Secretary-General', 'Official'],
    ],
  ],
  [
    // A title before a personal name, and a bare office, name no office-holder of their own.
    'They met NATO Secretary-General Jens Stoltenberg; the Secretary-General and a Special Envoy spoke.',
    [['Jens Stoltenberg', 'Official']],
    ['NATO Secretary-General', 'Secretary-General', 'Special Envoy'],
  ],
  [
    // The same heads written without a hyphen or as Director General (gold 2022-07-31, 2021-10-26).
    'They noted the remarks of the IAEA Director General and welcomed the ASEAN Secretary General.',
    [
      ['IAEA Director General', 'Official'],
      ['ASEAN Secretary General', 'Official'],
    ],
  ],
  [
    // Before a personal name they are a title; alone, or before a body (a named person's role:
    // archive sample, gold 2023-05-01), they name no office-holder.
    'IAEA Director General Rafael Grossi briefed them; Dr. Ana Ruiz served as Director General of the International Potato Center.',
    [['Rafael Grossi', 'Official']],
    [
      'IAEA Director General',
      'Director General',
      'Director General of the International Potato Center',
    ],
  ],
];

describe('names of retrospective and commemorative statements', () => {
  itFindsNames(TITLE, ROWS);
});
