/**
 * "such activities", "these issues": a clause that points back takes the previous clause's
 * `about`, unless the antecedent is an earlier clause of its own sentence; a generic head
 * ("these issues", "those challenges") carries nothing from an earlier sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function run(body: string) {
  return extractText('Joint Statement of the United States and Japan', body, 'anaphora');
}

function aboutNames(body: string, sentence: string): string[] {
  const result = run(body);
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return [...commitment!.about, ...(commitment!.implicitAbout ?? [])].map(
    (id) => names.get(id) ?? id,
  );
}

describe('anaphora', () => {
  it('carries the previous clause’s about to "such activities"', () => {
    const second = 'We resolve to counter such activities together.';
    const about = aboutNames(
      `We condemn the ballistic missile launches by North Korea. ${second}`,
      second,
    );
    expect(about).toContain("Democratic People's Republic of Korea");
  });

  it('carries an earlier sentence’s about as implied context, not as named', () => {
    const second = 'We resolve to counter such activities together.';
    const result = run(`We condemn the ballistic missile launches by North Korea. ${second}`);
    const commitment = result.commitments.find((c) => c.text === second);
    expect(commitment?.about).not.toContain('country:prk');
    expect(commitment?.implicitAbout).toContain('country:prk');
  });

  it.each(['these issues', 'these urgent issues', 'those challenges', 'these concerns'])(
    'carries nothing from an earlier sentence to a generic "%s" (data/rules/anaphora.json)',
    (anaphor) => {
      const second = `We resolve to address ${anaphor} together.`;
      const result = run(`We condemn the ballistic missile launches by North Korea. ${second}`);
      const commitment = result.commitments.find((c) => c.text === second);
      expect(commitment, `no commitment for: ${second}`).toBeDefined();
      expect(commitment!.implicitAbout ?? []).not.toContain('country:prk');
    },
  );

  it('carries an earlier clause of the same sentence as named', () => {
    const sentence =
      'They shared their concerns about North Korea’s missile programs and resolved to address these issues together.';
    const result = run(sentence);
    const resolved = result.commitments.find((c) => c.trigger.startsWith('resolved'));
    expect(resolved?.about).toContain('country:prk');
  });

  it('reads "that" before a plural as a complement clause, not a pointer', () => {
    const second = 'We acknowledge that contemporary threats require us to deepen our partnership.';
    const about = aboutNames(
      `We condemn the ballistic missile launches by North Korea. ${second}`,
      second,
    );
    expect(about).not.toContain("Democratic People's Republic of Korea");
  });

  it('does not reach back past an antecedent clause in the same sentence', () => {
    const second =
      'A joint coast guard drill was held near Okinawa in May and the two sides reaffirmed the importance of such activities.';
    const about = aboutNames(
      `We condemn the ballistic missile launches by North Korea. ${second}`,
      second,
    );
    expect(about).not.toContain("Democratic People's Republic of Korea");
  });

  it('reads "its" in a later clause as the one country the clause before is about', () => {
    const sentence =
      'The ministers stressed the dangers of Iranian escalation and condemned the expansion of its uranium enrichment.';
    const result = run(sentence);
    const condemned = result.commitments.find((c) => c.trigger === 'condemned');
    expect(condemned?.about).toContain('country:irn');
  });

  it('reads "his"/"her" in a later clause as the one person the clause before is about', () => {
    const sentence =
      'We pay tribute to the courage of Alexei Navalny and stand with his wife and children.';
    const result = run(sentence);
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const second = result.commitments.find((c) => c.trigger.startsWith('stand with'));
    expect(second?.about.map((id) => names.get(id))).toContain('Alexei Navalny');
  });

  it('reads the "its" of a trigger as the speaker’s own, not the other clause’s party', () => {
    const sentence =
      'The ministers discussed the situation in Burma and reaffirmed its support for ASEAN’s Five-Point Consensus with Indonesia.';
    const result = run(sentence);
    const second = result.commitments.find((c) => c.trigger.startsWith('reaffirmed'));
    expect(second?.about).not.toContain('country:mmr');
  });

  it('points back to nothing when a narrative sentence stands between', () => {
    const third = 'We call on all states to hold Pyongyang accountable for such violations.';
    const about = aboutNames(
      `We will continue to coordinate closely with the Republic of Korea. The launch violates multiple resolutions. ${third}`,
      third,
    );
    expect(about).not.toContain('Republic of Korea');
  });

  it('points past a clause that names no launch when "this launch" points back', () => {
    const third = 'We urge all countries to condemn this launch.';
    const about = aboutNames(
      `North Korea launched a ballistic missile today. We will continue to coordinate closely with the Republic of Korea. ${third}`,
      third,
    );
    expect(about).not.toContain('Republic of Korea');
  });

  it('points back to a clause that names the act by the anaphor’s modifier', () => {
    const second = 'We will hold accountable the perpetrators of such terrorist attacks.';
    const about = aboutNames(
      `We will work with the Republic of Korea to counter terrorism. ${second}`,
      second,
    );
    expect(about).toContain('Republic of Korea');
  });

  it('reads the "its importance" of a trigger as the one body the clause before is about', () => {
    const sentence =
      'The ministers discussed the North Atlantic Treaty Organization and affirmed its importance for transatlantic security.';
    const result = run(sentence);
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const second = result.commitments.find((c) => c.trigger.startsWith('affirmed'));
    const about = (second?.about ?? []).map((id) => names.get(id) ?? id);
    expect(about.some((name) => /NATO|North Atlantic/.test(name))).toBe(true);
  });
});
