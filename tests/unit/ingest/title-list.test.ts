/**
 * A body named only inside an official's titles is no entity (gold conventions, session 7): "Member
 * of the Political Bureau of the Central Committee, Director of the Office of the Central Foreign
 * Affairs Commission, and Foreign Minister NAME" names one person and their titles.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function run(body: string) {
  return extractText('Readout of a Meeting', body, 'title-list');
}

describe('titles coordinated before an official', () => {
  it('declare no body named inside them', () => {
    const result = run(
      'Secretary of State Antony Blinken met with Chinese Communist Party Politburo Member, Director of the Office of the Central Foreign Affairs Commission, and Foreign Minister Wang Yi in Vientiane.',
    );
    const types = result.entities.filter((e) => e.type !== 'Topic').map((e) => e.type);
    expect(types).not.toContain('Organization');
    expect(result.entities.map((e) => e.name)).toContain('Wang Yi');
  });

  it('leave a body the text names for itself', () => {
    const result = run(
      'Foreign Minister Wang Yi met the Secretary. The Office of the Central Foreign Affairs Commission will host the next round.',
    );
    expect(result.entities.map((e) => e.name)).toContain(
      'Office of the Central Foreign Affairs Commission',
    );
  });

  it('leave a list of officials their own entities', () => {
    const result = run(
      'Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President Joseph R. Biden met at Camp David.',
    );
    const officials = result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(officials).toEqual(expect.arrayContaining(['Kishida Fumio', 'Yoon Suk Yeol']));
  });

  it.each([
    ['Army Corporal Jane Q. Doe', 'Jane Q. Doe'],
    ['Marine Sergeant John Roe', 'John Roe'],
    ['Air Force Lieutenant Mary Poe', 'Mary Poe'],
  ])('take military ranks as titles: %s', (titled, name) => {
    const result = run(`${titled} was accounted for after the war.`);
    const officials = result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
    expect(officials).toContain(name);
    expect(result.entities.map((e) => e.name)).not.toContain(titled);
  });
});
