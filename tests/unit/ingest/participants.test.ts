/**
 * "In addition to the Vice President, the meeting included: Prime Minister Kishida of Japan, …":
 * participants listed right after the sentence saying who met are parties of the readout, so
 * "They" speaks for all of them.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(body: string, sentence: string): string[] {
  const result = extractText(
    'Readout of the Vice President’s Meeting with Pacific Leaders',
    body,
    'participants',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return commitment!.actors.map((id) => names.get(id) ?? id).sort();
}

describe('participants listed after the meeting sentence', () => {
  it('speak with the convener', () => {
    const last = 'They reaffirmed their commitment to a free and open Indo-Pacific.';
    const actors = actorsOf(
      `Vice President Kamala Harris convened Pacific leaders today in Honolulu. The meeting also included Prime Minister Luxon of New Zealand and Prime Minister Albanese of Australia. ${last}`,
      last,
    );
    expect(actors).toHaveLength(3);
    expect(actors).toContain('Kamala Harris');
  });
});
