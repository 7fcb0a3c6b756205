/**
 * Session 51: the official a discussion verb is held "with" is a co-discussant, an actor of the
 * `other` and not in its `about` (ingest/commitments/coDiscussants.ts); a body consulted and a
 * "with" after the verb's object stay out.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitmentsOf(title: string, body: string, trigger: RegExp) {
  const result = extractText(title, body, 'co-discussants-stance51');
  return result.commitments
    .filter((c) => c.stance === 'other' && trigger.test(c.trigger))
    .map((c) => ({ actors: [...c.actors].sort(), about: c.about }));
}

const BIDEN = 'official:joe-biden';
const NETANYAHU = 'official:benjamin-netanyahu';
const CALL = "Readout of President Biden's Call with Prime Minister Netanyahu of Israel";
const OPENING = 'President Joe Biden spoke today with the Israeli cabinet.';

describe('a discussion held with an official', () => {
  it.each([
    [
      'discussed with',
      'President Biden discussed with Prime Minister Benjamin Netanyahu the situation in Gaza.',
    ],
    [
      'spoke with … about',
      'President Biden also spoke with Prime Minister Benjamin Netanyahu about the situation in Gaza.',
    ],
    [
      'discussed today with',
      'President Biden discussed today with Prime Minister Benjamin Netanyahu the hostages held in Gaza.',
    ],
  ])('%s: the official is a co-actor, not what it is about', (_case, sentence) => {
    const [found] = commitmentsOf(
      CALL,
      `${OPENING} ${sentence}`,
      /^(?:also )?(?:discussed|spoke)$/,
    );
    expect(found?.actors).toEqual([BIDEN, NETANYAHU].sort());
    expect(found?.about).not.toContain(NETANYAHU);
  });

  it('a "with" after the object is the object’s', () => {
    const sentence =
      'President Biden discussed his plans for the summit with Prime Minister Benjamin Netanyahu.';
    const [found] = commitmentsOf(CALL, `${OPENING} ${sentence}`, /^discussed$/);
    expect(found?.actors).toEqual([BIDEN]);
  });

  it('a body consulted is no co-actor', () => {
    const title = 'Joint Leaders Statement on AUKUS';
    const body =
      'We, the leaders of Australia, the United Kingdom, and the United States, met today. We continue to consult with the International Atomic Energy Agency on safeguards.';
    for (const found of commitmentsOf(title, body, /consult/))
      expect(found.actors).not.toContain('organization:international-atomic-energy-agency');
  });
});
