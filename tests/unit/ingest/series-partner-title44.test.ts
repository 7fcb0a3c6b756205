/**
 * Session 44 (commit44c): a verb of working together after "and" under a modal whose frame is no
 * undertaking ("will support …, and work with …") is a commitment of its own, its partner after
 * "with" standing where a determiner object would; and a titled subject whose title has
 * capitalized modifiers ("German State Secretary") still opens its clause before an appositive.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../ingest/stances';
import { sentenceActors } from '../../support/sentenceActors';

const texts = (sentence: string) => findTriggers(sentence).map((t) => [t.text, t.stance]);

describe('a partner verb as the modal series second verb', () => {
  it.each([
    [
      'We will support resource mobilisation for partner financing needs, and work with international financial institutions to build capacity.',
      'work',
    ],
    [
      'The Commission will also support long-term contracting mechanisms and partner with the U.S. to encourage contracting.',
      'partner',
    ],
    ['We will welcome new members and collaborate with industry on standards.', 'collaborate'],
  ])('splits "%s" at "%s"', (sentence, verb) => {
    expect(texts(sentence)).toContainEqual([verb, 'commit']);
  });

  it.each([
    // Under an undertaking frame the series stays one commit (CONVENTIONS §5).
    ['We will expand training programs and work with regional partners.', 'work'],
    // A noun or a verb outside the list before "with" is no second verb.
    ['We will support investment and trade with Africa.', 'trade'],
    // After an infinitive "to" the verb may belong to it.
    ['We will support efforts to build capacity and work with partners.', 'work'],
  ])('leaves "%s" without "%s"', (sentence, verb) => {
    expect(texts(sentence).map(([text]) => text)).not.toContain(verb);
  });
});

describe('a titled subject with modifiers before its appositive', () => {
  const title = 'Joint Statement on the Second Meeting of the German-U.S. Economic Dialogue';
  it('reads the titled name opening the clause after a date', () => {
    const sentence =
      'On September 27, 2023, German State Secretary Joerg Kukies, G7/G20 Sherpa and Economic Advisor of the Federal Chancellor, met with U.S. Deputy National Security Advisor Mike Pyle, alongside their delegations, to discuss German-U.S. cooperation on a range of economic issues.';
    expect(sentenceActors(title, sentence, sentence)).toEqual(['Joerg Kukies', 'Mike Pyle']);
  });
});
