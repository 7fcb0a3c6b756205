/**
 * "We(,) the Leaders of the G7 met today with President X": a statement opening in the first
 * person with an appositive names its speakers there; the official they met is a guest, not a
 * signatory, so "We" clauses are the group's members.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorIdsOf(body: string, sentence: string, title = 'Leaders’ Statement'): string[] {
  const result = extractText(title, body, 'opening');
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return [...commitment!.actors].sort();
}

const LAST = 'We will continue to support the people of Moldova.';

describe('a first-person opening with an appositive', () => {
  it.each([
    'We the Leaders of the Group of Seven (G7) met today with President Maia Sandu of Moldova.',
    'We, the Leaders of the G7, met virtually today with President Maia Sandu of Moldova.',
    // A fronted adjunct before the "we" (session 43): its own names are no speakers.
    'At the one-year mark of the war in Moldova, we, the Leaders of the Group of Seven (G7), met with Moldova’s President Maia Sandu to reaffirm our support.',
    'On July 14, 2022, we, the Leaders of the G7, met virtually with President Maia Sandu of Moldova.',
  ])('speaks for the group, not for the guest: %s', (opening) => {
    const actors = actorIdsOf(`${opening} ${LAST}`, LAST);
    expect(actors).toContain('country:jpn');
    expect(actors).toContain('country:usa');
    expect(actors).not.toContain('country:mda');
    expect(actors.some((id) => id.includes('leaders'))).toBe(false);
  });

  // Dashes set the appositive off as commas do (gold 2023-09-25 U.S.-PIF: every "We" had been
  // the United States alone), and a territory among the governments signs with them.
  it.each([
    'We—the governments of Fiji, French Polynesia, Samoa, and the United States of America—meet on the occasion of the second U.S.-Pacific Islands Forum Summit, held at the White House.',
    'We – the governments of Fiji, French Polynesia, Samoa and the United States – convened to reaffirm our partnership.',
  ])('reads an appositive set off by dashes: %s', (opening) => {
    const last = 'We commit to working together in genuine partnership.';
    // The title names the group, not its members: the appositive must say who "We" is.
    const title =
      'U.S.-Pacific Islands Forum Leaders Statement on Reaffirming U.S.-Pacific Partnership';
    const actors = actorIdsOf(`${opening} ${last}`, last, title);
    expect(actors).toEqual(
      ['country:fji', 'country:usa', 'country:wsm', 'region:french-polynesia'].sort(),
    );
  });

  it('leaves the venue after the verb out of the signatories', () => {
    const last = 'We commit to working together in genuine partnership.';
    const opening =
      'WE, the Member States of ASEAN and the United States gather on the occasion of the Special Summit, the first-ever to be held in Washington, D.C., on 12-13 May 2022.';
    expect(actorIdsOf(`${opening} ${last}`, last)).toEqual(['country:usa', 'organization:asean']);
  });

  it('leaves a readout of officials who met to its officials', () => {
    const last = 'They reaffirmed their commitment to the alliance.';
    const actors = actorIdsOf(
      `President Biden met today with President Maia Sandu of Moldova. ${last}`,
      last,
    );
    expect(actors).toContain('official:joe-biden');
  });
});
