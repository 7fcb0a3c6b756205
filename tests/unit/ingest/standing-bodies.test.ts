/**
 * An initiative's standing working bodies (task forces, working groups, pillars) act in their own
 * clauses even where the members speak as "we" (gold 2023-11-01, README session 17), unless the
 * statement founds them: then what they will do is the parties' remit (session 13).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitmentsOf(body: string, sentence: string): { stance: string; actors: string[] }[] {
  const result = extractText(
    'Joint Statement of the United States and Japan on Cyber Cooperation',
    body,
    'standing',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => ({ stance: c.stance, actors: c.actors.map((id) => names.get(id) ?? id).sort() }));
}

const OPENING = 'We reaffirmed our commitment to countering ransomware together.';

describe('standing bodies as actors', () => {
  it('a named pillar that the statement does not found speaks for itself', () => {
    const sentence = 'The Policy Pillar committed to enhancing engagement with industry.';
    expect(commitmentsOf(`${OPENING} ${sentence}`, sentence)).toEqual([
      { stance: 'commit', actors: ['Policy Pillar'] },
    ]);
  });

  it('"the Pillar" is the pillar named last before it', () => {
    const sentence = 'The Pillar will prioritize outreach to potential new members.';
    const body = `${OPENING} The Policy Pillar met twice. The Diplomacy and Capacity Building Pillar expanded the coalition. ${sentence}`;
    expect(commitmentsOf(body, sentence)).toEqual([
      { stance: 'commit', actors: ['Diplomacy and Capacity Building Pillar'] },
    ]);
  });

  it('a task force known by its acronym speaks too', () => {
    const sentence = 'The CRTF will build upon the successes of its first year.';
    const body = `${OPENING} The Counter Ransomware Task Force (CRTF) met in May. ${sentence}`;
    expect(commitmentsOf(body, sentence)).toEqual([
      { stance: 'commit', actors: ['Counter Ransomware Task Force'] },
    ]);
  });

  it('a body the statement launches is the parties’ remit, no actor of its own', () => {
    const sentence = 'The Cyber Working Group will meet quarterly to coordinate responses.';
    const body = `Today we launch the Cyber Working Group. ${sentence}`;
    expect(commitmentsOf(body, sentence)).toEqual([]);
  });
});

describe('a dialogue is a meeting of two sides, not a body that speaks', () => {
  it('its participants are the two countries', () => {
    const sentence =
      'In addition, participants met with representatives from German and U.S. companies to discuss strengthening trade and investment.';
    const result = extractText(
      'Joint Statement on the Second Round of U.S.-Germany Economic Dialogue',
      `On September 27, German State Secretary Joerg Kukies met with U.S. Deputy National Security Advisor Mike Pyle for the second round of the U.S.-Germany Economic Dialogue. ${sentence}`,
      'dialogue',
    );
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const found = result.commitments.filter((c) => c.text === sentence);
    expect(found.map((c) => c.stance)).toEqual(['other']);
    expect(found[0]!.actors.map((id) => names.get(id) ?? id)).not.toContain(
      'U.S.-Germany Economic Dialogue',
    );
  });
});
