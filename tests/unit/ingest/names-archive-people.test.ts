/**
 * People in the archive's long statements (holdout K, session 13): leaders a joint statement's
 * title names, surnames that stand alone, names with lowercase particles, heads of international
 * bodies. Table-driven: title and body → officials (name, country it REPRESENTS or none), and
 * names (of any type but Topic) that must not appear.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

type Row = [
  title: string,
  body: string,
  expected: [name: string, represents?: string][],
  absent?: string[],
];

const ROWS: Row[] = [
  // A joint statement "by" its leaders declares both (gold README session 13, annotator A); the
  // Commission's President heads an EU institution: no REPRESENTS.
  [
    'Joint Statement by President Biden and President von der Leyen',
    'We welcome the progress of our partnership.',
    [['Joe Biden', 'country:usa'], ['Ursula von der Leyen']],
  ],
  // Particles inside a name, after a title.
  [
    'Readout',
    'President Biden met President Luiz Inácio Lula da Silva of Brazil. The Task Force reports to President von der Leyen.',
    [['Luiz Inácio Lula da Silva', 'country:bra'], ['Ursula von der Leyen']],
  ],
  // standsAlone: "Putin" alone is the one person; "Biden" inside a compound names no one.
  [
    'Joint Statement',
    'Putin thought that he would divide us. The prices were caused by Putin’s war of aggression.',
    [['Vladimir Putin', 'country:rus']],
  ],
  [
    'Statement',
    'The policy continues the record of the Obama-Biden administration.',
    [],
    ['Joe Biden'],
  ],
  // A full name with a long appositive title and no honorific; a body inside the title is part
  // of it (gold README session 7), a title list or a remit before a comma is no person.
  [
    'Joint Statement',
    'The meetings are chaired by Björn Seibert, Head of Cabinet of the European Commission President, and Amos Hochstein, U.S. Senior Advisor for Energy Security. Sarah Ladislaw, Special Assistant to the President and Senior Director for Climate and Energy at the White House National Security Council also plays a role.',
    // A White House title with no other country is the United States' (titles.json homeOffices).
    [['Björn Seibert'], ['Amos Hochstein', 'country:usa'], ['Sarah Ladislaw', 'country:usa']],
    ['Cabinet of the European Commission President', 'White House National Security Council'],
  ],
  [
    'Readout',
    'He met Chinese Communist Party Politburo Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi. She was Assistant to the President for Domestic Policy, Director of the Council. They toured Fort Liberty, President Biden noted.',
    // The demonym opening the title list is his country.
    [['Wang Yi', 'country:chn']],
    ['Communist Party Politburo Member', 'Domestic Policy', 'Fort Liberty'],
  ],
  // The body a country owns after an appositive title is part of the title.
  [
    'Readout',
    'Jake Sullivan spoke today with Akiba Takeo, Secretary General of Japan’s National Security Secretariat, to prepare for the meeting.',
    [['Akiba Takeo', 'country:jpn']],
    ['National Security Secretariat'],
  ],
];

function officials(title: string, body: string) {
  const extraction = extractText(title, body, 'names-archive-people');
  const represents = new Map(
    extraction.relations.filter((r) => r.type === 'REPRESENTS').map((r) => [r.from, r.to]),
  );
  return extraction.entities
    .filter((entity) => entity.type !== 'Topic')
    .map((entity) => [entity.name, represents.get(entity.id)] as [string, string | undefined]);
}

describe('people in long archive statements', () => {
  for (const [title, body, expected, absent = []] of ROWS) {
    it(`${title}: ${body}`, () => {
      const found = officials(title, body);
      for (const [name, represents] of expected) expect(found).toContainEqual([name, represents]);
      for (const name of absent) expect(found.map(([n]) => n)).not.toContain(name);
    });
  }
});
