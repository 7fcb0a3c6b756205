/**
 * A first-person text whose title and opening name no party names them later as a clause's
 * coordinated subject; those countries are "we" (laterPairOpening.ts). Sentences written in the
 * genre's style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, body: string): string[][] {
  return extractText(title, body).commitments.map((c) => [...c.actors].sort());
}

describe('parties named after a first-person opening', () => {
  it('makes the later coordinated subject "we"', () => {
    const actors = actorsOf(
      'Alliance for Clean Ports',
      'Our Governments reaffirm the role of ports in a sustainable economy.\n\nLast year, the United States and Chile launched the Alliance for Clean Ports. We will expand it to new partners.',
    );
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a).toEqual(['country:chl', 'country:usa']);
  });

  it('leaves a single speaker alone ("my Administration")', () => {
    const actors = actorsOf(
      'Chilean-American Heritage Week',
      'Chilean Americans have enriched our story. This week, we celebrate the bond between our peoples.\n\nThe United States and Chile also enjoy a long friendship, and my Administration will deepen it.',
    );
    for (const a of actors) expect(a).not.toContain('country:chl');
  });

  it('needs a first-person text: a third-person report names no "we"', () => {
    const actors = actorsOf(
      'Alliance for Clean Ports',
      'The ports of the Pacific handle a third of world trade.\n\nLast year, the United States and Chile launched the Alliance for Clean Ports. The Alliance will expand.',
    );
    for (const a of actors) expect(a).not.toEqual(['country:chl', 'country:usa']);
  });
});
