/**
 * Session 51: a readout's counterparts named only as countries — "<official noun> of/from <list>"
 * (ingest/listedParties.ts) or a closing participants' list (ingest/participantLists.ts) — take
 * part, so a later group subject ("Both sides", "They", "Participants", "The leaders") is the
 * convener with them; a "we, the <officials> of …" opening and an official's own country are no
 * unnamed counterparts.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, body: string, trigger: RegExp): string[][] {
  const result = extractText(title, body, 'unnamed-counterparts-linking51');
  return result.commitments.filter((c) => trigger.test(c.trigger)).map((c) => [...c.actors].sort());
}

const SULLIVAN = 'official:jake-sullivan';
const BIDEN = 'official:joe-biden';
const READOUT = "Readout of National Security Advisor Jake Sullivan's Call";

describe('counterparts given as countries', () => {
  it.each([
    [
      'role noun of a country list, no official named',
      'Statement by NSC Spokesperson on the U.S.-Peru National Security Advisors Meeting',
      'The National Security Advisors of the United States and Peru met in Lima today. Both sides agreed to deepen cooperation on maritime security.',
      /^agreed to/,
      ['country:per', 'country:usa'],
    ],
    [
      '"with the Presidents of" a list',
      "Readout of President Biden's Meeting",
      'President Joseph R. Biden, Jr. met with the Presidents of Chile, Peru, and Ecuador today in New York. The leaders reaffirmed their commitment to democracy in the Americas.',
      /^reaffirmed/,
      [BIDEN, 'country:chl', 'country:ecu', 'country:per'],
    ],
    [
      'a closing "Countries participating in today’s call were" list',
      READOUT,
      'National Security Advisor Jake Sullivan spoke today with his counterparts from the Baltic states. They emphasized their commitment to collective defense. Countries participating in today’s call were Estonia, Latvia, and Lithuania.',
      /^emphasized/,
      [SULLIVAN, 'country:est', 'country:lva', 'country:ltu'],
    ],
  ])('%s', (_case, title, body, trigger, expected) => {
    expect(actorsOf(title, body, trigger)).toContainEqual([...expected].sort());
  });

  it('"we, the Heads of Government of …" are the speakers, not counterparts', () => {
    const body =
      'Today, we, the Heads of Government of Chile, Peru, and Ecuador, convened in Lima. We reaffirm our commitment to democracy.';
    const sets = actorsOf('Joint Statement of Chile, Peru, and Ecuador', body, /^reaffirm/);
    expect(sets).toContainEqual(['country:chl', 'country:ecu', 'country:per']);
  });

  it('without a participants’ list the convener stays alone', () => {
    const body =
      'National Security Advisor Jake Sullivan spoke today with his counterparts from the Baltic states. They emphasized their commitment to collective defense.';
    expect(actorsOf(READOUT, body, /^emphasized/)).toContainEqual([SULLIVAN]);
  });
});
