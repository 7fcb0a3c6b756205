/**
 * Whom an official represents when the text states no country with the name (session 22): a U.S.
 * executive title, a delegation frame, the statement's title, a formal "Republic of X", a demonym
 * before "Dr." or opening a title list, an ambassador's posting. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [title: string, body: string, expected: [name: string, represents?: string][]];

const ROWS: Row[] = [
  // U.S. executive titles with no other country (titles.json homeOffices).
  [
    'Readout',
    'Principal Deputy National Security Advisor Ada Lindqvist traveled to Lagos. Under Secretary of State Omar Castellan joined her, with NSC Senior Director Priya Halvorsen and DHS Secretary Tomas Reyna.',
    [
      ['Ada Lindqvist', 'country:usa'],
      ['Omar Castellan', 'country:usa'],
      ['Priya Halvorsen', 'country:usa'],
      ['Tomas Reyna', 'country:usa'],
    ],
  ],
  // A stated country beats the default; "State Secretary" is a German rank; a posting is not a country.
  [
    'Readout',
    'National Security Advisor Jake Sullivan met Republic of Korea (ROK) National Security Advisor Park Min-jun. The U.S. delegation also included Ambassador to Germany Clara Whitfield. The German delegation also included State Secretary Lukas Brenner.',
    [
      ['Park Min-jun', 'country:kor'],
      ['Clara Whitfield', 'country:usa'],
      ['Lukas Brenner', 'country:deu'],
    ],
  ],
  // "… and other senior X officials" closes a list that began after "met with".
  [
    'Readout',
    'In Ghana, the Deputy Secretary met with Vice President Kwame Asante, Minister of Finance Ama Boateng, and other senior Ghanaian officials.',
    [
      ['Kwame Asante', 'country:gha'],
      ['Ama Boateng', 'country:gha'],
    ],
  ],
  // The statement's title states the country of an official the text names bare; a formal name.
  [
    'Readout of the Vice President’s Meeting with President Lindiwe Moyo of Zimbabwe',
    'The Vice President met with President Lindiwe Moyo today. She later met President Andreas Petrou of the Republic of Cyprus.',
    [
      ['Lindiwe Moyo', 'country:zwe'],
      ['Andreas Petrou', 'country:cyp'],
    ],
  ],
  // A demonym before a title and "Dr."; a shared fronted country gives way to the title's own; a
  // title cut at "to the President".
  [
    'Joint Statement',
    'U.S. National Security Advisor Jake Sullivan and Israeli National Security Advisor Dr. Avi Ben-Ami met today. White House Senior Advisor to the President Dana Kessler joined them.',
    [
      ['Avi Ben-Ami', 'country:isr'],
      ['Dana Kessler', 'country:usa'],
    ],
  ],
  // An international body or a foreign rank vetoes the U.S. default.
  [
    'Readout',
    'They welcomed UN Special Envoy Hans Mercier and Deputy Minister Olga Petrenko.',
    [['Hans Mercier'], ['Olga Petrenko']],
  ],
];

function officials(title: string, body: string) {
  const extraction = extractText(title, body, 'official-countries');
  const represents = new Map(
    extraction.relations.filter((r) => r.type === 'REPRESENTS').map((r) => [r.from, r.to]),
  );
  return extraction.entities
    .filter((e) => e.type === 'Official')
    .map((e) => [e.name, represents.get(e.id)] as [string, string | undefined]);
}

describe('official countries', () => {
  for (const [title, body, expected] of ROWS) {
    it(`${title}: ${body}`, () => {
      const found = officials(title, body);
      for (const [name, represents] of expected) expect(found).toContainEqual([name, represents]);
    });
  }
});
