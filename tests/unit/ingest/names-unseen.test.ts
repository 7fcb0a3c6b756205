/**
 * Names on statements the extractor has never seen (issue 9, item 4), table-driven: a sentence →
 * the names and types it must yield, and names it must not. Each row stands for a rule in
 * data/rules/names.json, data/rules/titles.json or ingest/entities, written in a genre's style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [sentence: string, expected: [name: string, type: string][], absent?: string[]];

const ROWS: Row[] = [
  // The countries and regions of the hyphenated compound opening an agreement's name are its
  // parties, declared nested; not a match inside a longer name nor an adjective.
  [
    'We build on the Dominican Republic-Central America-United States Free Trade Agreement.',
    [
      ['Dominican Republic', 'Country'],
      ['Central America', 'Region'],
    ],
  ],
  ['We launched the Indo-Pacific Economic Framework for Prosperity.', [], ['Pacific Ocean']],
  ['It is enshrined in the Sino-British Joint Declaration.', [], ['United Kingdom']],
  // One capitalised word after a body's possessive that names nothing alone is what the body
  // owns, not part of its name; a plural person noun's possessive ("Women’s Studies") modifies.
  [
    'Guatemala will resolve issues identified in the Office of the United States Trade Representative’s Special 301 Report.',
    [['Office of the United States Trade Representative', 'Organization']],
    ['Office of the United States Trade Representative’s Special'],
  ],
  ['She taught in the Oxford University Women’s Studies program.', [], ['Oxford University Women']],
  // A three-word head completes a one-word head across its joiner; a list of single
  // capitalised words in the complement is part of the name.
  [
    'We support the ASEAN Regional Plan of Action on Women, Peace and Security.',
    [['ASEAN Regional Plan of Action on Women, Peace and Security', 'Instrument']],
    ['ASEAN Regional Plan of Action on Women'],
  ],
  [
    'We reaffirm the Declaration on Zone of Peace, Freedom and Neutrality (ZOPFAN) and the Strategy on Women, Peace, and Security and the Treaty on the Non-Proliferation of Nuclear Weapons.',
    [
      ['Declaration on Zone of Peace, Freedom and Neutrality', 'Instrument'],
      ['Strategy on Women, Peace, and Security', 'Instrument'],
      ['Treaty on the Non-Proliferation of Nuclear Weapons', 'Instrument'],
    ],
    [
      'Declaration on Zone of Peace',
      'Security and the Treaty on the Non-Proliferation of Nuclear Weapons',
    ],
  ],
  [
    'He joined the National Advisory Committee on Racial, Ethnic, and Other Populations of the U.S. Census Bureau.',
    [
      [
        'National Advisory Committee on Racial, Ethnic, and Other Populations of the U.S. Census Bureau',
        'Organization',
      ],
    ],
  ],
  // A treaty's closing complement ("and on their Destruction") and its acronym make it the known treaty.
  [
    'We call for adherence to the Convention on the Prohibition of the Development, Production, and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction (BTWC).',
    [['Biological Weapons Convention', 'Instrument']],
    ['Convention on the Prohibition of the Development'],
  ],
  // …but no month, no possessive's apostrophe, and no list after a complete name.
  [
    'The National Five-Year Strategy for Combating Illegal, Unreported, and Unregulated Fishing on October 1 was issued. He thanked the Office of the U.S. Trade Representative, Customs and Border Patrol. The Bureau of Alcohol, Tobacco, Firearms and Explosives’ agents helped.',
    [
      [
        'National Five-Year Strategy for Combating Illegal, Unreported, and Unregulated Fishing',
        'Instrument',
      ],
      // (The lexicon's name since session 15; the list after it stays out.)
      ['Office of the United States Trade Representative', 'Organization'],
      ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Organization'],
    ],
  ],
  // A document's scope after a bare "in" is part of its name; a numbered session's venue is not.
  [
    'We welcome the Treaty of Amity and Cooperation in Southeast Asia (TAC) and the Agreement on Trade in Services.',
    [
      ['Treaty of Amity and Cooperation in Southeast Asia', 'Instrument'],
      ['Southeast Asia', 'Region'],
      ['Agreement on Trade in Services', 'Instrument'],
    ],
    ['Treaty of Amity and Cooperation'],
  ],
  [
    'They signed the Memorandum of Understanding in November and the Convention on Biological Diversity COP-15 in Kunming.',
    [['Memorandum of Understanding', 'Instrument']],
    [
      'Memorandum of Understanding in November',
      'Convention on Biological Diversity COP-15 in Kunming',
    ],
  ],
  // A UN document symbol completes a resolution's name.
  [
    'We note the United Nations General Assembly Resolution A/RES/75/239 and UNSC Resolution S/RES/2735.',
    [
      ['United Nations General Assembly Resolution A/RES/75/239', 'Instrument'],
      ['UNSC Resolution S/RES/2735', 'Instrument'],
    ],
    ['United Nations General Assembly Resolution A'],
  ],
  // Plans, work plans and arrangements are documents (Instrument), not programs.
  [
    'The leaders welcomed the Master Plan on ASEAN Connectivity and the U.S.-ASEAN Digital Workplan.',
    [
      ['Master Plan on ASEAN Connectivity', 'Instrument'],
      ['U.S.-ASEAN Digital Workplan', 'Instrument'],
    ],
  ],
  [
    'They signed the Lunar Surface Exploration Implementing Arrangement and the HLED Work Plan.',
    [
      ['Lunar Surface Exploration Implementing Arrangement', 'Instrument'],
      ['HLED Work Plan', 'Instrument'],
    ],
  ],
  [
    'We support the Mekong River Commission’s Procedures for Data and Information Exchange and Sharing.',
    [['Procedures for Data and Information Exchange and Sharing', 'Instrument']],
  ],
  // An acronym defined inside a run closes the headed name it abbreviates.
  [
    'We reaffirm the East Asia Summit (EAS) Declaration on the Principles for Mutually Beneficial Relations. We support the Initiative for ASEAN Integration (IAI) Work Plan IV.',
    [
      ['East Asia Summit', 'Event'],
      ['Initiative for ASEAN Integration', 'Program'],
      ['Work Plan IV', 'Instrument'],
    ],
    ['Initiative for ASEAN Integration Work Plan IV'],
  ],
  [
    'Congress passed the Promise to Address Comprehensive Toxics (PACT) Act.',
    [['Promise to Address Comprehensive Toxics Act', 'Instrument']],
    ['Act'],
  ],
  // An article is named with its treaty: an acronym before it, a lowercase treaty after it.
  [
    'We reaffirm the right to nuclear energy as set forth in NPT Article IV. He reaffirmed the defense of Japan under Article 5 of our security treaty.',
    [
      ['NPT Article IV', 'Instrument'],
      ['Article 5 of our security treaty', 'Instrument'],
    ],
    ['Article IV', 'Article 5'],
  ],
  // A delegation is a body of its own.
  [
    'The Vice President led the U.S. Presidential Delegation to the state funeral.',
    [['U.S. Presidential Delegation', 'Organization']],
  ],
  // A body of water or landform named by its kind and one word is a place, not that state.
  [
    'Piracy persists in the Gulf of Guinea, and ships transit the Gulf of Oman.',
    [
      ['Gulf of Guinea', 'Region'],
      ['Gulf of Oman', 'Region'],
    ],
    ['Guinea', 'Oman'],
  ],
  [
    'The Gulf of Mexico Energy Security Act passed.',
    [['Gulf of Mexico Energy Security Act', 'Instrument']],
    ['Gulf of Mexico'],
  ],
  // A "Plan" alone is a document, as an Action Plan (both gold plans are Instruments, session 13).
  ['They launched the Clean Water Plan.', [['Clean Water Plan', 'Instrument']]],
];

describe('open-vocabulary names on unseen statements', () => {
  for (const [sentence, expected, absent = []] of ROWS) {
    it(sentence, () => {
      const found = extractText('Joint Statement', sentence).entities.map((e) => [e.name, e.type]);
      for (const row of expected) expect(found).toContainEqual(row);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});

describe('people named in full once a titled surname is read', () => {
  it('takes the given name before a surname a title introduced', () => {
    const result = extractText(
      'Statement by NSC Spokesperson Adrienne Watson',
      'Deputy National Security Advisory for Cyber Anne Neuberger traveled to the Republic of Korea. DNSA Neuberger met her counterparts.',
    );
    const people = result.entities.filter((e) => e.type === 'Official');
    expect(people.map((e) => e.name)).toContain('Anne Neuberger');
    expect(people.map((e) => e.name)).not.toContain('Neuberger');
  });
  it('takes no title, month or opener for a given name', () => {
    const result = extractText(
      'Readout',
      'In March Neuberger spoke. Ambassador Neuberger met the Minister. President Neuberger agreed.',
    );
    const names = result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(names).not.toContain('March Neuberger');
    expect(names).not.toContain('In Neuberger');
  });
});

describe('given names: no title word, no second full name', () => {
  it('reads no title as a given name', () => {
    const result = extractText(
      'Remarks by President Biden',
      'I thank Senator Blumenthal. Senator Blumenthal has led on this.',
    );
    const names = result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(names).not.toContain('Senator Blumenthal');
  });
  it('leaves a surname already joined to a full name with it', () => {
    const result = extractText(
      'President Biden Appoints Members',
      'Dr. John D. Carpten is a professor. John Carpten also chairs a board. Dr. Carpten lives in Los Angeles.',
    );
    const names = result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(names).toContain('John D. Carpten');
    expect(names).not.toContain('John Carpten');
  });
});

describe('no official made of a word that is never a name', () => {
  it('reads no official in a job title, a company or an ally status', () => {
    const result = extractText(
      'President Biden Announces Key Nominees',
      'She served as General Counsel of the U.S. General Services Administration and as General Manager for the Border Environment Cooperation Commission. She advised General Motors. The President designated Qatar as a Major Non-NATO Ally. India is a Major Defense Partner. They met the General Attorney of the Republic, Alejandro Gertz Manero.',
    );
    const names = result.entities.map((e) => [e.name, e.type]);
    for (const word of [
      'Counsel',
      'Manager',
      'Motors',
      'Non-NATO Ally',
      'Non',
      'Defense',
      'Attorney',
    ])
      expect(names).not.toContainEqual([word, 'Official']);
    expect(names).toContainEqual(['U.S. General Services Administration', 'Organization']);
    expect(names).toContainEqual(['Border Environment Cooperation Commission', 'Organization']);
  });
  it('reads a counsel as an official', () => {
    const result = extractText(
      'Readout of a White House Meeting',
      'White House Counsel Dana Remus met the group.',
    );
    expect(result.entities.map((e) => e.name)).toContain('Dana Remus');
  });
});

describe('short forms merged into the name they stand for', () => {
  it('takes the owner that leaves a name of two words or more', () => {
    const body =
      'He spoke at the United States Coast Guard Academy. The Coast Guard Academy trains officers.';
    const academy = extractText('Remarks', body).entities.filter((e) =>
      e.name.endsWith('Coast Guard Academy'),
    );
    expect(academy).toHaveLength(1);
  });
  const aliasesOf = (body: string, name: string) =>
    extractText('Joint Statement', body).entities.find((e) => e.name === name)?.aliases ?? [];
  const named = (body: string) => extractText('Joint Statement', body).entities.map((e) => e.name);

  it('joins a name after its owning body to the later bare name', () => {
    const body =
      'We highlight the ASEAN Five-Point Consensus. We urge the implementation of the Five-Point Consensus.';
    expect(aliasesOf(body, 'ASEAN Five-Point Consensus')).toContain('Five-Point Consensus');
    expect(named(body)).not.toContain('Five-Point Consensus');
  });
  it('joins an acronym with a word of its name to that name', () => {
    const body =
      'We support the Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ). We welcome accession to the SEANWFZ Treaty.';
    expect(aliasesOf(body, 'Treaty on the Southeast Asia Nuclear Weapon-Free Zone')).toContain(
      'SEANWFZ Treaty',
    );
  });
  it('keeps an acronym with words its name lacks apart', () => {
    const body =
      'They launched the U.S.-ROK Nuclear Consultative Group (NCG). The NCG Working Group met.';
    expect(named(body)).toContain('NCG Working Group');
  });
});
