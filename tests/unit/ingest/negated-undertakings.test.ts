import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { findTriggers } from '../../../ingest/stances';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

function doc(body: string): SourceDocument {
  return memoryDocument(undefined, body, 'test');
}

const stances = (text: string) => findTriggers(text).map((t) => [t.stance, t.text]);

describe('negated undertakings', () => {
  it.each([
    ['Canada will not impose new duties on these goods.', [['commit', 'will not impose']]],
    ['The parties agreed not to raise tariffs this year.', [['commit', 'agreed not to']]],
    ['Chile has committed not to require new licences.', [['commit', 'committed not to']]],
    ['We will not support any change by force.', [['commit', 'will not support']]],
    ['We will not only deepen ties but widen them.', [['commit', 'will not only deepen']]],
  ])('a main clause’s refusal is an undertaking: %s', (text, expected) => {
    expect(stances(text)).toEqual(expected);
  });

  it.each([
    'These are goods that we will not make at home.',
    'It sends a message that he will not outlast our resolve.',
    'The sanctions will not be lifted.',
  ])('a relative clause, a "that" clause or a passive is none: %s', (text) => {
    expect(stances(text)).toEqual([]);
  });
});

describe('the parties’ own instrument as subject', () => {
  it('gives "The Framework reaffirms our commitment" to the signatories', () => {
    const result = extract(
      doc(
        'Joint Statement of the United States and Canada\n\nThe United States and Canada met in Ottawa today. The Northern Framework reaffirmed our commitment to protect shared waters.',
      ),
    );
    const reaffirm = result.commitments.find((c) => c.stance === 'reaffirm');
    expect(reaffirm?.actors.sort()).toEqual(['country:can', 'country:usa']);
  });

  it('leaves a framework’s remit ("will focus on") without a speaker', () => {
    const result = extract(
      doc(
        'Joint Statement of the United States and Canada\n\nThe United States and Canada met in Ottawa today. The Northern Framework will focus on shared waters.',
      ),
    );
    expect(result.commitments.filter((c) => c.text.startsWith('The Northern'))).toEqual([]);
  });
});
