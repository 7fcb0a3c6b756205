/**
 * Names of the narrative genre (a soldier's story, a statement on a visit), table-driven like
 * open-vocabulary.test.ts: military units, ranks, small towns located by their state or country,
 * compound regions, operations, and an official's visit as one Event. Unit heads and Event heads
 * live in data/rules/names.json, ranks in data/rules/titles.json, regions in data/lexicon/.
 */
import { describe, expect, it } from 'vitest';
import { itFindsNames, type NameRow, namedEntities } from '../../support/nameRows';

const TITLE = 'Joint Statement on the Identification of a Korean War Service Member';
const entities = (body: string) => namedEntities(TITLE, body);

const ROWS: NameRow[] = [
  [
    'On July 12, soldiers of Company A, 2nd Battalion, 7th Cavalry Regiment held the ridge.',
    [['Company A, 2nd Battalion, 7th Cavalry Regiment', 'Organization']],
    ['2nd Battalion'],
  ],
  [
    'The 1st Cavalry Division crossed the Imjin River at dawn.',
    [
      ['1st Cavalry Division', 'Organization'],
      ['Imjin River', 'Region'],
    ],
  ],
  [
    'The Eighth Army withdrew south of the river in January 1951.',
    [['Eighth Army', 'Organization']],
  ],
  [
    'General of the Army Douglas MacArthur presented the award in Tokyo.',
    [['Douglas MacArthur', 'Official']],
    ['Army Douglas MacArthur'],
  ],
  ['Navy Seaman John Roe was accounted for in 2021.', [['John Roe', 'Official']]],
  [
    'Army Cpl. John Roe, of Dayton, Ohio, was killed in action near Unsan, North Korea.',
    [
      ['John Roe', 'Official'],
      ['Dayton', 'Region'],
      ['Unsan', 'Region'],
    ],
    ['Ohio', 'Cpl. John Roe'],
  ],
  ['Army Specialist Mary Poe was declared unrecoverable.', [['Mary Poe', 'Official']]],
  [
    'Army Sergeant John Roe, of Macon, Georgia, was accounted for in 2022.',
    [
      ['John Roe', 'Official'],
      ['Macon', 'Region'],
    ],
    ['Georgia'],
  ],
  [
    'His unit fought near the towns of Taejon and Chochiwon, South Korea.',
    [
      ['Taejon', 'Region'],
      ['Chochiwon', 'Region'],
    ],
  ],
  [
    'He was reported missing during the Battle of Chosin Reservoir in December 1950.',
    [['Battle of Chosin Reservoir', 'Event']],
  ],
  [
    // An honorific marks a person, even one whose surname is a head noun.
    'Dr. Michael Battle, Ambassador to the African Union, spoke at the ceremony.',
    [['Michael Battle', 'Official']],
    ['Dr. Michael Battle'],
  ],
  [
    'Remains were exchanged by both sides during Operation GLORY in 1954.',
    [['Operation GLORY', 'Event']],
  ],
  [
    'We mark the 70th anniversary of the Korean War Armistice and the U.S.-ROK alliance.',
    [['Korean War Armistice', 'Event']],
    ['Korean War Armistice and the U.S.-ROK'],
  ],
  [
    'The alliance is the linchpin of peace and security in northeast Asia.',
    [['Northeast Asia', 'Region']],
    ['Asia'],
  ],
  [
    'They discussed the steps taken following President Moon’s visit to Washington in May.',
    [
      ['President Moon’s visit to Washington', 'Event'],
      ['Washington', 'Region'],
    ],
  ],
  [
    'Soldiers of the North Korean People’s Army attacked at dawn.',
    [
      ['North Korean People’s Army', 'Organization'],
      ["Democratic People's Republic of Korea", 'Country'],
    ],
  ],
  [
    'In June 2021, the plan to disinter 652 Korean War Unknowns went ahead.',
    [['Korean War', 'Event']],
    ['Korean War Unknowns'],
  ],
  // Multilateral statements (a G7 leaders' statement in its style).
  [
    'We support investigations by the Prosecutor of the International Criminal Court.',
    [['International Criminal Court', 'Organization']],
    ['Prosecutor of the International Criminal Court'],
  ],
  [
    'We welcome the approval of the Recovery Facility of EUR 20 billion.',
    [['Recovery Facility', 'Program']],
    ['Recovery Facility of EUR'],
  ],
  [
    'We welcome the Global Coalition for the Return of Abducted Persons. Ukraine will lead the Grain Export Scheme.',
    [
      ['Global Coalition for the Return of Abducted Persons', 'Organization'],
      ['Grain Export Scheme', 'Program'],
    ],
  ],
  [
    'We support President Zelenskyy’s Peace Formula and look forward to the Recovery Conferences.',
    [
      ['Peace Formula', 'Instrument'],
      ['Recovery Conferences', 'Event'],
    ],
  ],
  [
    'We welcome the new IMF Extended Fund Facility programme for the country.',
    [['IMF Extended Fund Facility programme', 'Program']],
  ],
  ['We endorsed the declaration in Vilnius last July.', [['Vilnius', 'Region']]],
  [
    'We resolved to conclude a meaningful multi-year Host Nation Support agreement.',
    [['Host Nation Support agreement', 'Instrument']],
  ],
  [
    // A minister of a portfolio is no town: "Foreign Affairs" is a title's department.
    'The talks included the Minister of Foreign Affairs, Japan.',
    [],
    ['Foreign Affairs'],
  ],
  [
    // A surname that is a title word ends the name when nothing capitalised follows it.
    'Officials secured the return of Private Dana King from the border area.',
    [['Dana King', 'Official']],
    ['Dana'],
  ],
  [
    // A White House title with its remit before the name.
    'They discussed Senior Advisor to the President for Ocean Policy Maria Olsen’s travel.',
    [['Maria Olsen', 'Official']],
  ],
  [
    // A person the lexicon lists without a title: named bare, an Official of no office.
    'We pay tribute to the courage of Aleksey Navalny and his family.',
    [['Alexei Navalny', 'Official']],
  ],
  [
    // A three-word head ("Code of Conduct"); a place in an instrument's complement is named too.
    'They support an effective Code of Conduct for the South China Sea.',
    [
      ['Code of Conduct for the South China Sea', 'Instrument'],
      ['South China Sea', 'Region'],
    ],
  ],
  [
    'They agreed to hold a Strategic Dialogue on the Indo-Pacific.',
    [
      ['Strategic Dialogue on the Indo-Pacific', 'Program'],
      ['Indo-Pacific', 'Region'],
    ],
  ],
  [
    // A body's own name keeps its place ("Council of Europe"), and so does a site's.
    'They support the Council of Europe and the National Memorial Cemetery of the Pacific.',
    [['Council of Europe', 'Organization']],
    ['Europe', 'Pacific Ocean'],
  ],
  [
    'They work with GAVI, the Vaccine Alliance, and the International Civil Aviation Organization.',
    [
      ['Gavi, the Vaccine Alliance', 'Organization'],
      ['International Civil Aviation Organization', 'Organization'],
    ],
    ['Vaccine Alliance'],
  ],
  [
    // Single words listed before a name, after a determiner, open it; a list of countries does not.
    'They intend to negotiate a bilateral Science, Technology, and Innovation Agreement.',
    [['Science, Technology, and Innovation Agreement', 'Instrument']],
    ['Innovation Agreement'],
  ],
  [
    'They met leaders of Japan, Australia, and India at the East Asia Summit.',
    [['Japan', 'Country']],
    ['Japan, Australia, and India'],
  ],
  [
    // A long name followed by the lexicon's short form in parentheses is that one entity.
    'Following the UN Climate Conference (COP26), they reiterated their pledge.',
    [['COP26', 'Event']],
    ['UN Climate Conference'],
  ],
  [
    // 'Private' is a rank, but never before a common noun of finance or a head's plural.
    'They engaged Private Sector Leaders, Private Capital Mobilization and Public-Private Partnership Forums.',
    [],
    ['Sector Leaders', 'Capital Mobilization', 'Partnership Forums'],
  ],
  ['The U.S.-India Major Defense Partnership has emerged as a pillar of peace.', [], ['Defense']],
  [
    // British spelling and the acronym the lexicon knows: the one lexicon body.
    'We work with the World Health Organisation (WHO) on pandemic preparedness.',
    [['World Health Organization', 'Organization']],
    ['World Health Organisation'],
  ],
  [
    'Disarmament is stipulated in Article VI of the Treaty on the Non-Proliferation of Nuclear Weapons (NPT).',
    [['Article VI of the Treaty on the Non-Proliferation of Nuclear Weapons', 'Instrument']],
  ],
  [
    // A multilateral Global Partnership is a body with members (Organization, as the blind gold
    // 2022-05-31 types GPAI); a bilateral one a framework (Instrument).
    'They joined the Global Partnership on AI and launched the U.S.-Japan Climate Partnership.',
    [
      ['Global Partnership on AI', 'Organization'],
      ['U.S.-Japan Climate Partnership', 'Instrument'],
    ],
  ],
  [
    'They advance carbon markets under Article 6 of the Paris Agreement.',
    [['Article 6 of the Paris Agreement', 'Instrument']],
    ['Paris'],
  ],
  [
    'They called for the release of State Counsellor Aung San Suu Kyi.',
    [['Aung San Suu Kyi', 'Official']],
  ],
  [
    'President Yoon and First Lady Kim Keon Hee visited the memorial.',
    [['Kim Keon Hee', 'Official']],
  ],
  [
    // A formal country name between a title and the name ("Title of Country Name").
    'The President welcomed Prime Minister of the Republic of Singapore Lee Hsien Loong.',
    [['Lee Hsien Loong', 'Official']],
    ['Lee'],
  ],
  [
    'That is why the House of Representatives must pass the bill the Senate passed; Congress knows it.',
    [
      ['House of Representatives', 'Organization'],
      ['Senate', 'Organization'],
      ['Congress', 'Organization'],
    ],
  ],
  [
    'Putin created puppet regimes in Ukraine’s Luhansk and Donetsk regions.',
    [
      ['Luhansk', 'Region'],
      ['Donetsk', 'Region'],
    ],
  ],
  [
    'They will work with partners in the Americas on migration across the Western Hemisphere.',
    [
      ['Americas', 'Region'],
      ['Western Hemisphere', 'Region'],
    ],
  ],
  [
    // A bilateral framework is an Instrument (session 9); so are an action plan and a pledge.
    'They launched the U.S.-Chile Clean Energy Partnership, joined the Global Wetlands Pledge, and adopted a Joint Action Plan on Fisheries.',
    [
      ['U.S.-Chile Clean Energy Partnership', 'Instrument'],
      ['Joint Action Plan on Fisheries', 'Instrument'],
      ['Global Wetlands Pledge', 'Instrument'],
    ],
  ],
  [
    'They pledged support for the Haitian National Police and the High-Level Panel on Water.',
    [
      ['Haitian National Police', 'Organization'],
      ['High-Level Panel on Water', 'Organization'],
    ],
  ],
];

describe('names of the narrative genre', () => {
  itFindsNames(TITLE, ROWS);

  it('makes a name without its middle initial, and a ranked surname, the person first named in full', () => {
    const found = entities(
      'Army Corporal Jane Q. Doe was killed in 1950. Corporal Doe displayed great bravery. The heroism of Corporal Jane Doe is remembered.',
    );
    const officials = found.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(officials).toEqual(['Jane Q. Doe']);
  });
});
