/**
 * Session 21 (names21): named instruments and bodies no lexicon lists. A law named with its year,
 * a UN body's short name owned by another, the framework a trade statement's title announces.
 * Sentences written in the genres' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { instrumentsInTitle } from '../../../ingest/entities/titleInstruments';
import { extractText } from '../../support/extractText';

const entities = (body: string, title = 'Statement') =>
  extractText(title, body, 't').entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: [...e.aliases].sort(),
  }));

const namesOf = (type: string, body: string, title?: string) =>
  entities(body, title)
    .filter((e) => e.type === type)
    .map((e) => e.name);

describe('a law named with its year', () => {
  it.each([
    [
      'Tariffs were imposed under the Clean Water Act of 1972 last year.',
      'Clean Water Act of 1972',
    ],
    ['The landmark Fair Housing Act of 1968 changed the country.', 'Fair Housing Act of 1968'],
    ['The Secretary acted under Section 301 of the Trade Act of 1974.', 'Trade Act of 1974'],
  ])('keeps the year: %s', (body, name) => {
    expect(namesOf('Instrument', body)).toContain(name);
  });

  it('takes no number that is no year', () => {
    const found = namesOf('Instrument', 'The Clean Water Act of 19 provisions is under review.');
    expect(found).toContain('Clean Water Act');
  });

  it('joins a later bare mention to the name with its year', () => {
    const found = entities(
      'The Clean Water Act of 1972 protects rivers. The Clean Water Act also protects lakes.',
    ).filter((e) => e.type === 'Instrument');
    expect(found).toEqual([
      {
        name: 'Clean Water Act of 1972',
        type: 'Instrument',
        aliases: ['Clean Water Act', 'Clean Water Act of 1972'],
      },
    ]);
  });

  it('keeps a known law its lexicon name, the year form an alias', () => {
    const found = entities('Funding under the CHIPS Act of 2022 will expand.').filter(
      (e) => e.type === 'Instrument',
    );
    expect(found).toEqual([
      { name: 'CHIPS and Science Act', type: 'Instrument', aliases: ['CHIPS Act of 2022'] },
    ]);
  });
});

describe('a known report', () => {
  it('is an instrument', () => {
    expect(
      namesOf(
        'Instrument',
        'They will address the issues identified in USTR’s Special 301 Report.',
      ),
    ).toContain('Special 301 Report');
  });
});

describe('data entries', () => {
  it('"the hemisphere" is the Western Hemisphere', () => {
    expect(
      namesOf('Region', 'They discussed safe and orderly migration throughout the hemisphere.'),
    ).toEqual(['Western Hemisphere']);
  });

  it('task forces are Programs, as a task force is', () => {
    expect(
      namesOf('Program', 'The Network plans to create multidisciplinary Homicide Task Forces.'),
    ).toContain('Homicide Task Forces');
  });
});

describe('a UN body’s short name', () => {
  it.each([
    'He was joined by National Security Council Senior Director for Africa Jane Roe.',
    'Secretary of the Russian Security Council Ivan Petrov met him in Geneva.',
  ])('after another owner is not the UN’s: %s', (body) => {
    expect(namesOf('Organization', body)).not.toContain('UN Security Council');
  });

  it.each([
    'The Security Council must act on the resolution.',
    'The members of the UN Security Council must act.',
    'The United Nations Security Council must act.',
  ])('alone or after its own owner is the UN’s: %s', (body) => {
    expect(namesOf('Organization', body)).toContain('UN Security Council');
  });
});

describe('the framework a trade statement’s title announces', () => {
  it.each([
    [
      'Joint Statement on Framework for United States-Freedonia Agreement on Reciprocal Trade',
      [
        'Framework for United States-Freedonia Agreement on Reciprocal Trade',
        'United States-Freedonia Agreement on Reciprocal Trade',
      ],
    ],
    [
      'Joint Statement on a Framework for a United States-Freedonia Agreement on Reciprocal Trade and Investment',
      [
        'Framework for United States-Freedonia Agreement on Reciprocal Trade and Investment',
        'United States-Freedonia Agreement on Reciprocal Trade and Investment',
      ],
    ],
    ['Statement by the President on the Senate Vote on the Clean Air Act', []],
    ['Statement by the President on Introduction of the Clean Air Act of 2021', []],
    ['Joint Statement on the Framework for Cooperation on Ocean Science', []],
    ['Readout of the Meeting on a Framework for an Agreement on Trade', []],
  ])('%s', (title, expected) => {
    expect(instrumentsInTitle(title)).toEqual(expected);
  });

  it('names the framework and makes the text’s agreement the title’s, country-specific', () => {
    const found = entities(
      'The United States and Freedonia have agreed to a Framework for an Agreement on Reciprocal Trade (Agreement). The United States and Freedonia will finalize the Agreement on Reciprocal Trade.',
      'Joint Statement on Framework for United States-Freedonia Agreement on Reciprocal Trade',
    ).filter((e) => e.type === 'Instrument');
    expect(found.map((e) => e.name)).toEqual([
      'Framework for United States-Freedonia Agreement on Reciprocal Trade',
      'United States-Freedonia Agreement on Reciprocal Trade',
    ]);
    expect(found[1]!.aliases).toContain('Agreement on Reciprocal Trade');
  });
});
