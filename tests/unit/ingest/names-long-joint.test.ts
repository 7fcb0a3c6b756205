/**
 * Names that long joint statements lost (holdout J, session 12), table-driven: a sentence → the
 * names and types it must yield, and names it must not. Each row stands for a rule in
 * data/rules/names.json, a lexicon entry or ingest/entities, written in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // remitInstrumentHeads: the parties after "between" and a short remit after "on"/"for".
  [
    'The leaders welcomed the signing of annexes to the Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard.',
    [
      [
        'Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard',
        'Instrument',
      ],
    ],
    ['Memorandum of Cooperation'],
  ],
  [
    'We signed a new Memorandum of Cooperation on 5G Supplier Diversification and Open RAN.',
    [['Memorandum of Cooperation on 5G Supplier Diversification and Open RAN', 'Instrument']],
    ['Memorandum of Cooperation'],
  ],
  [
    'They committed to conclude negotiations on the Implementing Arrangement for Gateway cooperation in 2022.',
    [['Implementing Arrangement for Gateway cooperation', 'Instrument']],
    ['Implementing Arrangement for Gateway'],
  ],
  // A longer remit is whole: the lowercase word after it is what the name modifies.
  [
    'We are committed to achieving an ambitious outcome in the Global Arrangement on Sustainable Steel and Aluminum negotiations by October.',
    [['Global Arrangement on Sustainable Steel and Aluminum', 'Instrument']],
    ['Global Arrangement on Sustainable Steel and Aluminum negotiations'],
  ],
  // …but a month, a lowercase party or a verb ends it.
  [
    'They signed a Memorandum of Understanding on December 5 to expand trade.',
    [['Memorandum of Understanding', 'Instrument']],
  ],
  // One capitalised word after "the" before a programme's lowercase head.
  [
    'They announced progress in collaboration on the Artemis program.',
    [['Artemis program', 'Program']],
  ],
  // Head nouns: a Forum is a body, a Taskforce a working group, a Bill an instrument.
  [
    'They welcome the Negev Forum and the U.S.-EU Taskforce on the Inflation Reduction Act.',
    [
      ['Negev Forum', 'Organization'],
      ['U.S.-EU Taskforce on the Inflation Reduction Act', 'Program'],
      ['Inflation Reduction Act', 'Instrument'],
    ],
  ],
  [
    'President Biden noted the approval of the Economic Security Promotion Bill.',
    [['Economic Security Promotion Bill', 'Instrument']],
  ],
  // finalOnlyHeads: a head that is a given name types only the name it ends.
  ['Bill Richardson served his country with distinction.', [], ['Bill Richardson']],
  // An acronym inside a longer name is declared (nested), even after a capitalised word.
  [
    'They reaffirm their commitment to the Global Coalition to Defeat ISIS.',
    [
      ['Global Coalition to Defeat ISIS', 'Organization'],
      ['ISIS', 'Organization'],
    ],
  ],
  // Lexicon: the text's spellings of well-known names.
  [
    'They condemn mercenary entities such as Vagner. They support the Paris Call for Trust and Security in Cyberspace and the UN Treaty on the protection of the High Sea.',
    [
      ['Wagner Group', 'Organization'],
      ['Paris Call for Trust and Security in Cyberspace', 'Instrument'],
      [
        'Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction',
        'Instrument',
      ],
    ],
    ['UN Treaty'],
  ],
  // A group named as a verb's object before "and" is no member of the next clause's subject.
  [
    'They affirmed the importance of partners, noting that Japan will chair the G7 and the United States will host APEC in 2023.',
    [['G7', 'Organization']],
    ['France', 'Italy', 'European Union'],
  ],
  // A dated meeting and its later undated name are one Event; a bare head is that meeting.
  [
    'They met at the November 2023 Woodside Summit. They reviewed the implementation of the Woodside Summit.',
    [['Woodside Summit', 'Event']],
    ['November 2023 Woodside Summit'],
  ],
  [
    'They met in Washington during the first State Visit of the Biden-Harris Administration. This State Visit reaffirms a relationship.',
    [
      ['State Visit of the Biden-Harris Administration', 'Event'],
      ['Biden-Harris Administration', 'Organization'],
    ],
    ['State Visit'],
  ],
  // Lexicon: a multilateral partnership is a Program (gold 2022-12-01), as the PGII.
  [
    'They intend to strengthen the Mineral Security Partnership and the International Fund for Public Interest Media.',
    [
      ['Mineral Security Partnership', 'Program'],
      ['International Fund for Public Interest Media', 'Organization'],
    ],
  ],
  // A name that is its head alone is the one name holding that head as its own (last, or before
  // its remit); a head inside another name's modifiers is not that name.
  [
    'One year ago, the U.S.-EU Task Force on Energy Security was launched. The Task Force has made progress.',
    [['U.S.-EU Task Force on Energy Security', 'Program']],
    ['Task Force'],
  ],
  [
    'She graduated from the U.S. Air Force Academy and served in the Air Force.',
    [
      ['U.S. Air Force Academy', 'Organization'],
      ['Air Force', 'Organization'],
    ],
  ],
  // The two orders of a leading pair are one name (gold README session 13).
  [
    'We will work through the EU-U.S. Energy Council. The U.S.-EU Energy Council will meet.',
    [['EU-U.S. Energy Council', 'Organization']],
    ['U.S.-EU Energy Council'],
  ],
  // An owner before a name the lexicon knows: that entity, of its type; a name the lexicon lists
  // with other owners is another one.
  [
    'Through the G7 Partnership for Global Infrastructure and Investment, we reaffirm the ROK-U.S. Mutual Defense Treaty and the U.S.-Philippines Mutual Defense Treaty.',
    [
      ['Partnership for Global Infrastructure and Investment', 'Program'],
      ['Mutual Defense Treaty', 'Instrument'],
      ['U.S.-Philippines Mutual Defense Treaty', 'Instrument'],
    ],
    ['G7 Partnership for Global Infrastructure and Investment'],
  ],
  // A Plan is a document (Instrument), PEPFAR a programme by its lexicon entry.
  [
    'We welcome the EU Green Deal Industrial Plan and 20 years of the President’s Emergency Plan for AIDS Relief.',
    [
      ['EU Green Deal Industrial Plan', 'Instrument'],
      ['President’s Emergency Plan for AIDS Relief', 'Program'],
    ],
  ],
  // Lexicon: EU bodies and the donor platform for Ukraine (gold 2023-03-10, 2023-04-03, 2024-02-24).
  [
    'We coordinate through the Multi-agency Donor Coordination Platform with the European External Action Service and EU Member States.',
    [
      ['Multi-agency Donor Coordination Platform for Ukraine', 'Organization'],
      ['European External Action Service', 'Organization'],
      ['EU Member States', 'Organization'],
    ],
  ],
  // A Day is the observance its name ends with (Event), never "Day One".
  [
    'Since Day One, we have marked World AIDS Day and the first Quad Cybersecurity Day.',
    [
      ['World AIDS Day', 'Event'],
      ['Quad Cybersecurity Day', 'Event'],
    ],
    ['Day One'],
  ],
  // innerNameHeads: a whole name opening a longer one of another kind is declared too.
  [
    'They reaffirmed their cooperation at the Counter Ransomware Initiative Summit.',
    [
      ['Counter Ransomware Initiative Summit', 'Event'],
      ['Counter Ransomware Initiative', 'Program'],
    ],
  ],
  [
    'They will conclude the Space Framework Agreement.',
    [['Space Framework Agreement', 'Instrument']],
    ['Space Framework'],
  ],
];

function names(sentence: string) {
  return extractText('Joint Statement', sentence, 'names-long-joint').entities.map((entity) => [
    entity.name,
    entity.type,
  ]);
}

describe('names in long joint statements', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = names(sentence);
      for (const pair of expected) expect(found).toContainEqual(pair);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});

describe('people named without a title', () => {
  const people = (title: string, body: string) =>
    extractText(title, body, 'untitled-people')
      .entities.filter((entity) => entity.type === 'Official')
      .map((entity) => [entity.name, [...entity.aliases].sort()]);

  it('are the person the title mourns, with the bare given name, a spouse and kin', () => {
    expect(
      people(
        'Statement from President Joe Biden On the Passing of Bill Richardson',
        'Bill Richardson wore many weighty titles. Bill’s legacy will endure. Jill and I send our love to his family, including his wife of over 50 years, Barbara.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Bill Richardson', ['Bill', 'Bill Richardson']],
        ['Jill', ['Jill']],
        ['Barbara', ['Barbara']],
      ]),
    );
  });

  it('are a relative a kin noun names without a comma', () => {
    expect(
      people(
        'Statement from President Joe Biden on the Passing of Ambassador Ann Smith',
        'Ann served our country with distinction. We send our prayers to her husband Mark and their children.',
      ),
    ).toEqual(expect.arrayContaining([['Mark', ['Mark']]]));
  });

  it('are no one outside a person context', () => {
    expect(
      people(
        'Joint Statement on the Identification of Medal of Honor Recipient',
        'Bill Richardson met the delegation. They celebrated May Day. Will Rogers Airport reopened.',
      ),
    ).toEqual([]);
  });
});
