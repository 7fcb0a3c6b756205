/**
 * Coordinated verb series (session 41): a modal's middle verbs after a bare comma, "is to" as a
 * series modal, and an undertaking joined by "and" to a meeting's or trip's purpose.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../ingest/stances';

const texts = (sentence: string) => findTriggers(sentence).map((t) => [t.text, t.stance]);

describe('purpose series triggers', () => {
  it('reads an undertaking joined by "and" to a meeting purpose', () => {
    expect(
      texts(
        'The President met with the Prime Minister today to reaffirm the partnership, consult on security, and advance the relationship.',
      ),
    ).toContainEqual(['advance', 'commit']);
    expect(
      texts(
        'The Deputy will be in New Delhi to continue our consultations, and strengthen the economic relationship.',
      ),
    ).toContainEqual(['strengthen', 'commit']);
  });

  it('reads it after a purpose verb ending in -ss ("to discuss")', () => {
    expect(
      texts(
        'The Secretary traveled to Tokyo to discuss regional security, and deepen the alliance.',
      ),
    ).toContainEqual(['deepen', 'commit']);
  });

  it('leaves a verb that continues an inner infinitive', () => {
    const found = texts(
      'The delegation met with leaders to discuss opportunities to strengthen the partnership, enhance stability, and advance climate goals.',
    );
    expect(found.map(([text]) => text)).not.toContain('advance');
    expect(found.map(([text]) => text)).not.toContain('enhance');
  });

  it('needs a meeting or trip before the purpose', () => {
    const found = texts('We took steps to protect workers and expand the program.');
    expect(found.map(([text]) => text)).not.toContain('expand');
  });
});
