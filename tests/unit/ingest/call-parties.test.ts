/**
 * A readout's calls are its meetings: "Vice President Harris had three separate calls with …"
 * makes the caller a party, so her title and "She" are hers, not the first leader called; those
 * listed after "spoke individually with:" take part too. A first-person call ("I spoke with …")
 * in the speaker's own statement makes the one called no speaker. A title's "Declaration of
 * Support for <country>" names the country supported, not a signatory.
 */
import { describe, expect, it } from 'vitest';
import { sentenceActors as actorsOf } from '../../support/sentenceActors';

const READOUT = 'Readout of the Vice President’s Calls with Pacific Leaders';

describe('a readout of calls', () => {
  const opening =
    'Vice President Kamala Harris today had three separate calls with Pacific leaders to discuss regional security. The Vice President spoke individually with: Prime Minister Luxon of New Zealand; and Prime Minister Albanese of Australia.';

  it('makes the caller the actor of her own stances', () => {
    const welcomed = 'She welcomed their leadership on climate resilience.';
    expect(actorsOf(READOUT, `${opening} ${welcomed}`, welcomed)).toEqual(['Kamala Harris']);
    const title = 'In each call, the Vice President reaffirmed our commitment to the region.';
    expect(actorsOf(READOUT, `${opening} ${title}`, title)).toEqual(['Kamala Harris']);
  });

  it('counts those listed after "spoke individually with:" as participants', () => {
    const they = 'They also discussed maritime security.';
    const actors = actorsOf(READOUT, `${opening} ${they}`, they);
    expect(actors).toHaveLength(3);
    expect(actors).toContain('Kamala Harris');
  });
});

describe('a call by phone', () => {
  const title = 'Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Call';
  // The medium and the day between "spoke" and "with" still make the sentence the call: "They"
  // after it are the two officials, not the speaker's country.
  it.each([
    'spoke by phone today with',
    'spoke by phone yesterday with',
    'spoke by phone on April 7 with',
    'spoke today by phone with',
    'spoke by video conference today with',
  ])('"%s" makes both officials who "They" are', (call) => {
    const opening = `National Security Advisor Jake Sullivan ${call} Israeli National Security Advisor Eyal Hulata.`;
    const they = 'They discussed the importance of close coordination on Iran.';
    expect(actorsOf(title, `${opening} ${they}`, they).sort()).toEqual([
      'Eyal Hulata',
      'Jake Sullivan',
    ]);
  });
});

describe('a declaration of support for a country', () => {
  it('leaves the supported country out of the grouping that speaks', () => {
    const first = 'We, the Leaders of the Group of Seven (G7), reaffirm our support for Ukraine.';
    const actors = actorsOf(
      'Joint Declaration of Support for the Reconstruction of Ukraine',
      first,
      first,
    );
    expect(actors).not.toContain('Ukraine');
    expect(actors).toContain('Japan');
  });
});
