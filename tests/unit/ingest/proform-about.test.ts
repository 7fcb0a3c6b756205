/**
 * A clause whose object is a pro-form ("discuss them further", "do likewise", "strengthening it")
 * takes the about of the clause before it in its sentence (ingest/proformAbout.ts); a pro-form
 * that is not the clause's object ("with it, good jobs"), or one whose clause stands first in its
 * sentence, carries nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function aboutOf(body: string, trigger: string): string[] {
  const result = extractText('Joint Statement of the United States and Japan', body, 'proform');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.trigger === trigger);
  expect(commitment, `no commitment with trigger: ${trigger}`).toBeDefined();
  return commitment!.about.map((id) => names.get(id) ?? id);
}

const CARRIED: readonly { body: string; trigger: string; carried: string }[] = [
  {
    body: 'We will avoid export bans and other trade-restrictive measures, maintain open and transparent markets, and call on others to do likewise, consistent with WTO rules.',
    trigger: 'call on',
    carried: 'export bans',
  },
  {
    body: 'The two leaders discussed the importance of developing principles that would advance these goals and tasked their teams to discuss them further.',
    trigger: 'tasked their teams to',
    carried: 'developing principles',
  },
  {
    body: 'We will accelerate our domestic methane reductions and call on others to do the same.',
    trigger: 'call on',
    carried: 'domestic methane reductions',
  },
];

const NOT_CARRIED: readonly { body: string; trigger: string; absent: string }[] = [
  {
    // "with it": the pro-form belongs to "with", not to the clause's verb.
    body: 'We are making bold public investments in our respective economies, and will continue to also expand research collaboration, to ignite a clean industrial revolution and, with it, good jobs.',
    trigger: 'will continue to also expand',
    absent: 'public investments',
  },
  {
    // "important to them": the complement of an adjective, not what the clause is about.
    body: 'We support the Sustainable Development Goals and will respond to the calls of our partners to address the issues most important to them.',
    trigger: 'will respond',
    absent: 'Sustainable Development Goals',
  },
  {
    // "it" followed by a noun is no object pro-form.
    body: 'We will accelerate our domestic methane reductions and call on others to make it a priority.',
    trigger: 'call on',
    absent: 'domestic methane reductions',
  },
];

describe('pro-form objects take the about of the clause before', () => {
  it.each(CARRIED)('carries $carried to "$trigger"', ({ body, trigger, carried }) => {
    expect(aboutOf(body, trigger)).toContain(carried);
  });

  it.each(NOT_CARRIED)('does not carry $absent to "$trigger"', ({ body, trigger, absent }) => {
    expect(aboutOf(body, trigger)).not.toContain(absent);
  });
});
