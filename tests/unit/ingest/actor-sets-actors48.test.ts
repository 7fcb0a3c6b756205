/**
 * Session 48 actor sets: a call's purpose that is the caller's own act toward the one met
 * (data/rules/speakers.json `ownPurposeVerbs`), and a guest's visit in a one-party preview standing
 * for host and guest (data/rules/trip-agenda.json `guestVisitHeads`), spouses aside.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, body: string, trigger: RegExp): string[][] {
  const result = extractText(title, body, 'actor-sets-actors48');
  return result.commitments.filter((c) => trigger.test(c.trigger)).map((c) => [...c.actors].sort());
}

const BIDEN = 'official:joe-biden';
const CALL = "Readout of President Biden's Call with Prime Minister Truss of the United Kingdom";

describe("a call's purpose: the caller's own act or the two sides'", () => {
  it.each([
    ['offer his congratulations', 'to offer his congratulations on her appointment.', /offer/],
    ['express gratitude', 'to express gratitude for the United Kingdom’s support.', /express/],
    [
      'convey her appreciation',
      'to convey his appreciation for the special relationship.',
      /convey/,
    ],
    ['applaud', 'to applaud the United Kingdom’s decision to host the conference.', /applaud/],
  ])('%s is the caller alone', (_case, purpose, trigger) => {
    const body = `President Joe Biden spoke today with Prime Minister Liz Truss of the United Kingdom ${purpose}`;
    expect(actorsOf(CALL, body, trigger)).toEqual([[BIDEN]]);
  });

  it.each([
    ['discuss', 'to discuss the war in Ukraine.', /discuss/],
    ['a shared expression', 'to express their shared commitment to NATO.', /express/],
  ])('%s stays both sides', (_case, purpose, trigger) => {
    const body = `President Joe Biden spoke today with Prime Minister Liz Truss of the United Kingdom ${purpose}`;
    const [actors] = actorsOf(CALL, body, trigger);
    expect(actors).toContain(BIDEN);
    expect(actors?.length).toBe(2);
  });
});

describe('a guest visit in a one-party preview', () => {
  const TITLE =
    'Statement from Press Secretary Karine Jean-Pierre on the Official Visit of Prime Minister Kishida Fumio of Japan';
  const HOST =
    'President Joe Biden and First Lady Jill Biden will host Prime Minister Kishida Fumio and Mrs. Kishida Yuko of Japan for an Official Visit to the United States on April 10, 2024.';

  it('"The visit" is host and guest, no spouse', () => {
    const body = `${HOST} The visit will underscore the enduring strength of our Alliance partnership.`;
    expect(actorsOf(TITLE, body, /underscore/)).toEqual([[BIDEN, 'official:kishida-fumio']]);
  });

  it('"The leaders" after it leave the guest’s spouse out too', () => {
    const body = `${HOST} The leaders will discuss the situation in the Indo-Pacific.`;
    expect(actorsOf(TITLE, body, /discuss/)).toEqual([[BIDEN, 'official:kishida-fumio']]);
  });

  it('a visit with no pair named stays the traveller’s', () => {
    const title =
      'Statement from Press Secretary Karine Jean-Pierre on the President’s Travel to Ireland';
    const body =
      'President Joe Biden will travel to Ireland from April 12-14. The visit will underscore the deep ties between the United States and Ireland.';
    expect(actorsOf(title, body, /underscore/)).toEqual([[BIDEN]]);
  });
});
