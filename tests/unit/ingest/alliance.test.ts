/**
 * The document's alliance: "the alliance", "our alliance", "an ironclad alliance" name the
 * alliance of the two signatories, or of the one pair a readout names in full; a noun after it
 * ("the alliance deterrence posture") makes a thing of the alliance, not the alliance.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function aboutOf(title: string, body: string, sentence: string): string[] {
  const result = extractText(title, body, 'alliance');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return commitment!.about.map((id) => names.get(id) ?? id);
}

describe('alliance', () => {
  it('links “an ironclad alliance” in a joint statement of two parties', () => {
    const sentence = 'We recommit ourselves to an ironclad alliance.';
    const found = aboutOf('U.S.-ROK Leaders’ Joint Statement', sentence, sentence);
    expect(found).toContain('U.S.-ROK Alliance');
  });

  it('links “the alliance” of a readout to the one alliance it names in full', () => {
    const first =
      'Vice President Kamala Harris met today with Prime Minister Han Duck-soo of the Republic of Korea. The Vice President underscored that the U.S.-ROK Alliance remains the linchpin of peace.';
    const sentence = 'She welcomed steps to broaden the alliance to take on new challenges.';
    const found = aboutOf(
      'Readout of Vice President Harris’s Meeting with Prime Minister Han of the Republic of Korea',
      `${first} ${sentence}`,
      sentence,
    );
    expect(found).toContain('U.S.-ROK Alliance');
  });

  it('leaves a readout’s “the alliance” alone when it names two alliances', () => {
    const first =
      'National Security Advisor Jake Sullivan welcomed the U.S.-Japan alliance and the U.S.-ROK alliance as pillars of peace.';
    const sentence =
      'Mr. Sullivan welcomed steps to broaden the alliance to take on new challenges.';
    const found = aboutOf(
      'Readout of National Security Advisor Jake Sullivan’s Call',
      `${first} ${sentence}`,
      sentence,
    );
    expect(found.filter((name) => name.endsWith('Alliance'))).toEqual([]);
  });

  it('does not take “the alliance deterrence posture” for the alliance', () => {
    const sentence = 'We commit to strengthening the alliance deterrence posture.';
    const found = aboutOf('U.S.-ROK Leaders’ Joint Statement', sentence, sentence);
    expect(found).not.toContain('U.S.-ROK Alliance');
  });

  it('keeps a pair’s “relationship” a relationship where the statement says no alliance', () => {
    const sentence = 'We will deepen the U.S.-Colombia relationship through new investment.';
    const found = aboutOf('U.S.-Colombia Joint Statement', sentence, sentence);
    expect(found).not.toContain('U.S.-Colombia Alliance');
  });

  it('does not take “the transatlantic alliance” for the pair’s alliance', () => {
    const sentence = 'We will strengthen the transatlantic alliance through new investment.';
    const found = aboutOf('U.S.-Poland Joint Statement', sentence, sentence);
    expect(found).not.toContain('U.S.-Poland Alliance');
  });
});
