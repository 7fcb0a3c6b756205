/**
 * Session 55 (places55): small places no gazetteer lists (below its 100,000-people floor), found
 * by their context: a locative and a locating country or region ("over Lockerbie, Scotland"), a
 * list closed by a serial comma, a bare locative with the clause going on after the name; and a
 * place named by its head ends before "in the" ("Sabina Shoal in the Philippines"). Sentences
 * written in the genre's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const regions = (body: string) =>
  extractText('Readout of a Meeting', body, 'places55')
    .entities.filter((e) => e.type === 'Region')
    .map((e) => e.name);

describe('a small place a locative introduces', () => {
  it.each([
    [
      'The aircraft was destroyed as it flew over Lockerbie, Scotland, killing everyone aboard.',
      'Lockerbie',
    ],
    [
      'The Secretary will be in Spangdahlem, Germany to meet the airmen of the wing.',
      'Spangdahlem',
    ],
    ['The council last met in Paris-Saclay, France on May 16.', 'Paris-Saclay'],
    [
      'He never forgot his early years in Searchlight, Nevada – and he said so often.',
      'Searchlight',
    ],
    ['The strikes on refineries in Jizan, Najran, and Dhahran are acts of terror.', 'Najran'],
    ['The strikes on refineries in Jizan, Najran, and Dhahran are acts of terror.', 'Dhahran'],
    [
      'The leaders discussed security operations in Jenin and other towns of the West Bank.',
      'Jenin',
    ],
    ['The brigade withdrew from Avdiivka after weeks of shelling.', 'Avdiivka'],
    ['The President condemned the attack in Pont-Sondé and called for justice.', 'Pont-Sondé'],
    ['Building on the commitments we made in Elmau, we launch the club today.', 'Elmau'],
    [
      'The President approved aid for the flooding in Buchanan County and nearby towns.',
      'Buchanan County',
    ],
  ])('%s → %s', (body, name) => {
    expect(regions(body)).toContain(name);
  });

  it.each([
    ['She holds a master’s degree in Public Policy and a law degree.', 'Public Policy'],
    ['The readout was also printed in Braille and in large type.', 'Braille'],
    ['The plan cuts waste in Medicare spending by billions.', 'Medicare'],
    ['The bill drew support from Republicans and Democrats alike.', 'Republicans'],
    ['The President heard from Jake and his team on the talks.', 'Jake'],
    ['The grant supports a network in UofSC and partner schools.', 'UofSC'],
    [
      'She completed a fellowship in Neurosurgical Oncology at the university.',
      'Neurosurgical Oncology',
    ],
    ['The fund adds $22 million from Unitaid to produce tests.', 'Unitaid'],
    ['Children met characters from Blue’s Clues and other shows.', 'Blue’s Clues'],
  ])('%s names no place %s', (body, name) => {
    expect(regions(body)).not.toContain(name);
  });
});

describe('a place named by its head ends before "in the"', () => {
  it.each([
    [
      'Chinese vessels rammed a coast guard ship near Sabina Shoal in the Philippines’ waters.',
      'Sabina Shoal',
    ],
    [
      'The delegation laid a wreath at the Korean War Veterans Memorial in the District of Columbia.',
      'Korean War Veterans Memorial',
    ],
  ])('%s → %s', (body, name) => {
    const found = regions(body);
    expect(found).toContain(name);
    expect(found.filter((n) => n.startsWith(`${name} in the`))).toEqual([]);
  });
});
