/**
 * Session 43 (helper about43): short references that stand for a thing the statement names
 * elsewhere are what a commitment is about — "Russia’s war" and "its illegal war" for the war
 * (data/rules/conflict-anaphors.json `possessed`, `owned`), "the deal" / "this agreement" for the
 * statement's one deal, "the Kingdom" for its one kingdom, "His Majesty" for its one monarch
 * (data/rules/definite-heads.json, ingest/definiteDescriptions.ts). Sentences of our own, written
 * in the genres' style.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../contract/extraction';
import { describedEntities, type NamedEntity } from '../../../ingest/definiteDescriptions';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

/** What the last commitment of the statement is about (explicit names). */
function lastAbout(title: string, date: string, sentences: readonly string[]): string[] {
  const result = extract({ ...memoryDocument(title, sentences.join('\n\n')), date });
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const last = result.commitments[result.commitments.length - 1];
  return (last?.about ?? []).map((id) => names.get(id) ?? id);
}

const WAR = "Russia's war of aggression against Ukraine";
const G7 = 'G7 Leaders’ Statement on Ukraine';
const OPENING = 'We condemn Russia’s invasion of Ukraine.';

describe('a war named by its owner’s possessive', () => {
  it.each([
    'We will target third-country actors who materially support Russia’s war.',
    'We will sanction the elites that support President Vladimir Putin’s war.',
    'We will tighten restrictions to limit the revenue Russia uses to fund its illegal war.',
    'We will assist countries affected by the impacts of Russia’s military aggression.',
  ])('%s', (sentence) => {
    expect(lastAbout(G7, '2023-05-19', [OPENING, sentence])).toContain(WAR);
  });

  it.each([
    // A thing of the war's, not the war.
    ['2023-05-19', 'We will impose new sanctions on companies that supply Russia’s war machine.'],
    // Before 24 February 2022 the war had not begun.
    ['2021-06-01', 'We will target third-country actors who materially support Russia’s war.'],
  ])('is not the war: %s %s', (date, sentence) => {
    expect(lastAbout(G7, date, [OPENING, sentence])).not.toContain(WAR);
  });
});

describe('a definite description of the statement’s one thing of that kind', () => {
  const DEAL = 'Gaza ceasefire and hostages and detainees release deal';
  const JOINT = 'Joint Statement from the Leaders of the United States, Egypt, and Qatar';
  const DEAL_OPENING = `We call on both sides to conclude the ${DEAL}.`;

  it.each([
    [
      JOINT,
      DEAL_OPENING,
      'We are ready to present a final bridging proposal to finalize the deal.',
      DEAL,
    ],
    [JOINT, DEAL_OPENING, 'It is time to release the hostages and implement this agreement.', DEAL],
    [
      'Joint Statement of the United States and Saudi Arabia',
      'President Biden met Crown Prince Mohammed bin Salman of Saudi Arabia.',
      'The United States welcomed the Kingdom’s Vision 2030 reforms.',
      'Saudi Arabia',
    ],
  ])('%s: %s %s', (title, opening, sentence, name) => {
    expect(lastAbout(title, '2024-08-08', [opening, sentence])).toContain(name);
  });

  it('is no one of two: “the agreement” beside a deal and the Paris Agreement', () => {
    const about = lastAbout(JOINT, '2024-08-08', [
      `${DEAL_OPENING} We support the Paris Agreement.`,
      'We are ready to finalize the agreement.',
    ]);
    expect(about).not.toContain(DEAL);
    expect(about).not.toContain('Paris Agreement');
  });

  it('takes no complement: “the agreement on trade” is another agreement', () => {
    expect(
      lastAbout(JOINT, '2024-08-08', [DEAL_OPENING, 'We will finalize the agreement on trade.']),
    ).not.toContain(DEAL);
  });
});

describe('a royal honorific after the trigger is the statement’s one monarch', () => {
  const clause = 'thanked His Majesty for Jordan’s critical leadership';
  const commitment = { actors: ['official:joe-biden'] } as Pick<Commitment, 'actors'> as Commitment;
  const KING: NamedEntity = {
    id: 'official:abdullah-ii',
    type: 'Official',
    names: ['Abdullah II'],
    title: 'King',
  };
  const PRESIDENT: NamedEntity = {
    id: 'official:joe-biden',
    type: 'Official',
    names: ['Joe Biden'],
    title: 'President',
  };
  it.each([
    ['the one King', [PRESIDENT, KING], ['official:abdullah-ii']],
    ['two royals: either', [KING, { ...KING, id: 'official:hussein', title: 'Crown Prince' }], []],
    ['no royal', [PRESIDENT], []],
  ])('%s', (_, named, expected) => {
    expect(describedEntities(commitment, clause, named)).toEqual(expected);
  });
});
