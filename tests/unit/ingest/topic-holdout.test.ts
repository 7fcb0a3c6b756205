/**
 * Topic rules from session 9's blind holdout (round 2), written in the readouts' style, not
 * copied from them: relation heads shared by coordinated modifiers ("political and economic
 * ties"), concepts whose words are vacuous alone ("security ties"), frames that only report
 * ("news of"), modifiers that say how fast or how much ("changing", "rapid"), and domain
 * variants a thesaurus carries ("destabilizing activity", "telecommunications infrastructure").
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

/** Topic names of the commitments of one readout sentence, in order. */
function aboutOf(sentence: string): string[][] {
  const result = extract({
    path: 'memory/readout.txt',
    basename: 'readout',
    format: 'text',
    title:
      'Readout of National Security Advisor Jake Sullivan’s Call with National Security Advisor Cho Tae-yong of the Republic of Korea',
    body: `National Security Advisor Jake Sullivan spoke today with National Security Advisor Cho Tae-yong of the Republic of Korea.\n\n${sentence}`,
    sha256: 'e'.repeat(64),
  });
  const topics = new Map(
    result.entities.filter((e) => e.type === 'Topic').map((e) => [e.id, e.name]),
  );
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => c.about.flatMap((id) => topics.get(id) ?? []));
}

describe('holdout topics: relation heads and thesaurus variants', () => {
  it.each([
    // a relation head is shared by the modifiers coordinated before it, like "cooperation"
    [
      'The two committed to deepen political and economic ties.',
      ['political ties', 'economic ties'],
    ],
    // both words are vacuous alone; the pair is a concept
    ['They committed to further enhance their security ties.', ['security ties']],
    // two concepts the thesaurus keeps apart share the head; one region's security stays whole
    [
      'They committed to cooperate on a broad range of issues, including economic and energy security.',
      ['energy security', 'economic security'],
    ],
    [
      'They committed to European and transatlantic security.',
      ['European and transatlantic security'],
    ],
    // someone's role is who acts, not what about; "serving as" opens a clause, not a noun
    [
      'They thanked the government of Sweden for its diplomatic role serving as the protecting power.',
      ['protecting power'],
    ],
    // "changing" says how, not what
    ['They discussed how to respond to the changing threat environment.', ['threat environment']],
    // variants a domain thesaurus carries
    [
      'They condemned the continued destabilizing activity of the regime.',
      ['destabilizing actions'],
    ],
    [
      'They committed to protect telecommunications infrastructure.',
      ['telecommunications infrastructure'],
    ],
  ])('%s', (sentence, expected) => {
    expect(aboutOf(sentence)[0]).toEqual(expected);
  });

  it('drops what only reports or measures the subject', () => {
    const welcomed = aboutOf('Mr. Sullivan welcomed news of the breakthrough in negotiations.')[0];
    expect(welcomed?.some((name) => name.startsWith('news'))).toBe(false);
    const spread = aboutOf('They shared concerns about the rapid spread of the virus.')[0] ?? [];
    expect(spread.some((name) => name.includes('rapid'))).toBe(false);
  });
});
