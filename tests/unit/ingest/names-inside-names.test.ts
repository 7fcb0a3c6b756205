/**
 * Names inside and around other names (session 12, names32): a region matching inside a body's
 * name that a hosted-year event keeps (selectCandidates.ts), a known place before "for" and a
 * meeting's name (phraseFilters.ts withoutPlaceBeforeFor), a trip to a named meeting and a
 * capitalised "State Visit" (visits.ts), plural meetings named only by their format
 * (namedPhrases.ts), a numbered meeting's ordinal (namedPhrases.ts), a known body's documents
 * (recognise.ts, names.json bodyDocumentNouns), and types fixed by the lexicon or heads (data/).
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement';

const ROWS: NameRow[] = [
  [
    'We welcome Thailand’s leadership as host of Asia-Pacific Economic Cooperation (APEC) in 2022.',
    [
      ['Asia-Pacific Economic Cooperation in 2022', 'Event'],
      ['APEC', 'Organization'],
    ],
    ['Asia-Pacific', 'Asia'],
  ],
  [
    // A region named for itself next to the body stays.
    'We hosted APEC in 2023 and will work across the Asia-Pacific.',
    [
      ['APEC in 2023', 'Event'],
      ['Asia-Pacific', 'Region'],
    ],
  ],
  [
    'Ties grew through Prime Minister Modi’s State Visit to Washington and President Biden’s visit to New Delhi for the G-20 Leaders’ Summit.',
    [
      ['Prime Minister Modi’s State Visit to Washington', 'Event'],
      ['G-20 Leaders’ Summit', 'Event'],
      ['New Delhi', 'Region'],
    ],
    ['New Delhi for the G-20 Leaders’ Summit', 'President Biden’s visit to New Delhi'],
  ],
  [
    // A visit to a place with no meeting named after it is still the visit.
    'They recalled President Moon’s visit to Washington in May.',
    [['President Moon’s visit to Washington', 'Event']],
  ],
  [
    'They recalled Prime Minister Kishida’s Official Visit to Washington, D.C., last April.',
    [['Prime Minister Kishida’s Official Visit to Washington, D.C.', 'Event']],
  ],
  [
    'Leaders have met six times, including at four Leaders’ Summits and the Trilateral Leaders’ Summit.',
    [['Trilateral Leaders’ Summit', 'Event']],
    ['Leaders’ Summits'],
  ],
  ['We held five U.S.-ASEAN Summits.', [['U.S.-ASEAN Summits', 'Event']]],
  [
    'We welcome the World Health Assembly, the UN High-Level Forum on Clean Air and the Maritime Security Consortium.',
    [
      ['World Health Assembly', 'Event'],
      ['UN High-Level Forum on Clean Air', 'Event'],
      ['Maritime Security Consortium', 'Program'],
    ],
  ],
  [
    'Japan will implement its Defense Buildup Program with the Armed Forces Medical Examiner System.',
    [
      ['Defense Buildup Program', 'Instrument'],
      ['Armed Forces Medical Examiner System', 'Organization'],
    ],
  ],
  [
    // A numbered meeting's ordinal is part of its name.
    'We welcome the successful 2nd Global COVID-19 Summit and the 10th ASEAN-U.S. Summit.',
    [
      ['2nd Global COVID-19 Summit', 'Event'],
      ['10th ASEAN-U.S. Summit', 'Event'],
    ],
    ['Global COVID-19 Summit'],
  ],
  [
    // A spelled ordinal after a determiner numbers a session of the series as a figure does; the
    // first of a new meeting is the meeting itself. The Summit for Democracy's third session is
    // the edition data/rules/event-series.json numbers 3.
    'Building on the first Summit for Democracy, the leaders will co-host the third Summit for Democracy.',
    [
      ['Summit for Democracy', 'Event'],
      ['Summit for Democracy (2024)', 'Event'],
    ],
    ['first Summit for Democracy'],
  ],
  [
    'As emphasized in the latest IPCC reports, we act consistent with FATF recommendations.',
    [
      ['IPCC reports', 'Instrument'],
      ['Intergovernmental Panel on Climate Change', 'Organization'],
      ['FATF recommendations', 'Instrument'],
    ],
  ],
  [
    // The body's verb names no document.
    'We ask that the WHO reports back to Leaders, as the UN reports that millions face famine.',
    [],
    ['WHO reports', 'UN reports'],
  ],
  [
    'We launch the Quad Climate Change Adaptation and Mitigation Package, the Quad Cancer Moonshot and the Prague Proposals on Telecommunications Supplier Diversity.',
    [
      ['Quad Climate Change Adaptation and Mitigation Package', 'Program'],
      ['Quad Cancer Moonshot', 'Program'],
      ['Prague Proposals on Telecommunications Supplier Diversity', 'Instrument'],
    ],
    ['Prague'],
  ],
  [
    // A partnership between two states is their relation, no programme's name.
    'We celebrate the strategic Third Neighbor partnership between the United States and Mongolia.',
    [['Mongolia', 'Country']],
    ['Third Neighbor partnership'],
  ],
  [
    // The last party may be a country's name with "of" and its short form.
    'We welcome the first-ever U.S.-Mongolia-Republic of Korea (ROK) trilateral talks in 2023.',
    [['U.S.-Mongolia-Republic of Korea trilateral talks', 'Program']],
  ],
  [
    'They will open a new American Space in Erdenet, in line with Mongolia’s Vision-2050 long-term development policy.',
    [
      ['Erdenet', 'Region'],
      ['Vision-2050', 'Program'],
    ],
  ],
  [
    // A bare head used attributively names no body; one referred back to with "the" does.
    'We discussed our expanding Coast Guard partnership. The Working Group will meet.',
    [['Working Group', 'Program']],
    ['Coast Guard'],
  ],
  [
    // A force named by its generic noun keeps its state ("National Security Secretariat of
    // Japan" is still the Secretariat alone).
    'We enhance the capability of the Armed Forces of the Philippines and the National Security Secretariat of Japan.',
    [
      ['Armed Forces of the Philippines', 'Organization'],
      ['National Security Secretariat', 'Organization'],
    ],
    ['Armed Forces'],
  ],
  [
    // A forum named after the known city opening it is a meeting held there.
    'We welcome the contribution of the Sydney Energy Forum and the Pacific Islands Forum.',
    [
      ['Sydney Energy Forum', 'Event'],
      ['Pacific Islands Forum', 'Organization'],
    ],
    ['Sydney'],
  ],
  [
    'We support the COVAX Vaccine Delivery Partnership and the Quad Vaccine Partnership.',
    [
      ['COVAX Vaccine Delivery Partnership', 'Program'],
      ['Quad Vaccine Partnership', 'Instrument'],
    ],
  ],
  [
    // A known name before its lowercase kind is the known name; an unknown one takes the kind.
    'We launched the Partners in the Blue Pacific initiative, the annual FREEDOM EDGE exercise and the Young Trilateral Leaders program.',
    [
      ['Partners in the Blue Pacific', 'Program'],
      ['Freedom Edge', 'Program'],
      ['Young Trilateral Leaders program', 'Program'],
    ],
    ['Partners in the Blue Pacific initiative', 'FREEDOM EDGE exercise'],
  ],
  [
    // A known programme "for" a place is the programme; a document's complement stays whole.
    'This includes the first-ever use of Foreign Military Financing and Presidential Drawdown Authority for Taiwan, and the Code of Conduct for the South China Sea.',
    [
      ['Foreign Military Financing', 'Program'],
      ['Presidential Drawdown Authority', 'Program'],
      ['Taiwan', 'Region'],
    ],
    ['Presidential Drawdown Authority for Taiwan'],
  ],
];

describe('names inside and around other names', () => {
  itFindsNames(TITLE, ROWS);
});
