/**
 * What a clause is about: the speaker's own country named as an adjective ("the American
 * homeland" in a U.S. undertaking) is who acts, not what the clause is about; the country's
 * conduct named as an owner ("Japan's hosting") still is. A city after a meeting word and
 * "in"/"at" is where they met, not what the clause is about; a city named otherwise still is.
 * A capital's possessive ("Seoul's defense ministry") stands for its country.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function about(title: string, sentence: string): { actors: string[]; about: string[] } {
  const result = extractText(title, sentence, 'about');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  const named = (ids: string[]) => ids.map((id) => names.get(id) ?? id);
  return { actors: named(commitment!.actors), about: named(commitment!.about) };
}

describe('about', () => {
  it('leaves out a clause of its own before the speaker’s (“…, and the U.S. side reiterated …”)', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'Any missile strike on Guam by China is unacceptable, and the U.S. side reiterated its commitment to the defense of the Philippines.',
    );
    expect(found.about).toContain('Philippines');
    expect(found.about).not.toContain("People's Republic of China");
  });

  it('leaves out the speaker’s own country named as an adjective', () => {
    const found = about(
      'Statement from the Press Secretary on the DPRK’s Missile Launch',
      'The United States will defend the American homeland and its Japanese allies against North Korea.',
    );
    expect(found.actors).toEqual(['United States']);
    expect(found.about).not.toContain('United States');
    expect(found.about).toEqual(expect.arrayContaining(['Japan']));
  });

  it('keeps the speaker’s country when its conduct is named as an owner', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We look forward to Japan’s hosting of the next summit.',
    );
    expect(found.about).toContain('Japan');
  });

  it('leaves out the speaking officials named before their stance, and their “of <Country>”', () => {
    const found = about(
      'Statement by the Press Secretary on Trilateral Sanctions',
      'The sanctions build on Secretary Blinken’s meeting last week with Foreign Minister Hayashi Yoshimasa of Japan, where the ministers condemned the DPRK’s cyber theft.',
    );
    expect(found.actors).toEqual(expect.arrayContaining(['Antony Blinken', 'Hayashi Yoshimasa']));
    expect(found.about).toContain("Democratic People's Republic of Korea");
    expect(found.about).not.toContain('Hayashi Yoshimasa');
    expect(found.about).not.toContain('Antony Blinken');
    expect(found.about).not.toContain('Japan');
  });

  it('leaves out the occasion a relative “, where …” clause hangs on', () => {
    const found = about(
      'Statement by the Press Secretary on Trilateral Sanctions',
      'The sanctions build on Secretary Blinken’s trilateral meeting in Phnom Penh last week with Foreign Minister Hayashi Yoshimasa of Japan and Foreign Minister Park Jin of the ROK, where the ministers condemned the DPRK’s cyber theft.',
    );
    expect(found.about).toContain("Democratic People's Republic of Korea");
    expect(found.about.filter((name) => /meeting|Phnom Penh|sanctions/.test(name))).toEqual([]);
  });

  it('reads “a free and open Indo-Pacific” as the vision alone, the region only when named again', () => {
    const title = 'Joint Statement of the United States and Japan';
    const vision = about(title, 'We reaffirm our commitment to a free and open Indo-Pacific.');
    expect(vision.about).toContain('free and open Indo-Pacific');
    expect(vision.about).not.toContain('Indo-Pacific');
    const again = about(
      title,
      'We reaffirm our commitment to a free and open Indo-Pacific and to stability in the Indo-Pacific.',
    );
    expect(again.about).toContain('Indo-Pacific');
    const head = about(title, 'We will ensure an Indo-Pacific region that is free and open.');
    expect(head.about).toContain('Indo-Pacific');
  });

  it('reads a city opening a compound adjective as no place (“Paris-aligned”, “Tokyo-based”)', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We will keep a Paris-aligned goal within reach and fund Tokyo-based research in Seoul.',
    );
    expect(found.about).toContain('Seoul');
    expect(found.about).not.toContain('Paris');
    expect(found.about).not.toContain('Tokyo');
  });

  it('leaves out the city where a meeting was held', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We welcomed the outcome of the ministerial talks held in Tokyo on North Korea’s missile programs.',
    );
    expect(found.about).not.toContain('Tokyo');
    expect(found.about).toContain("Democratic People's Republic of Korea");
  });

  it('keeps a city that the clause is about', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We condemn the missile launches by Pyongyang and the threats against Tokyo.',
    );
    expect(found.about).toContain('Tokyo');
  });

  it('reads a capital’s possessive as its country', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We welcomed Seoul’s decision to expand its sanctions on North Korea.',
    );
    expect(found.about).not.toContain('Seoul');
    expect(found.about).toEqual(
      expect.arrayContaining(['Republic of Korea', "Democratic People's Republic of Korea"]),
    );
  });

  it('leaves out the speaker’s own country naming what it owns (“U.S. capabilities”)', () => {
    const found = about(
      'Statement from the Press Secretary on the DPRK’s Missile Launch',
      'The United States reaffirmed its extended deterrence commitment to the Republic of Korea, backed by the full range of U.S. capabilities.',
    );
    expect(found.about).not.toContain('United States');
    expect(found.about).toContain('Republic of Korea');
  });

  it('keeps the speaker’s own country as a conduct (-ing) or as the last of a coordination', () => {
    const hosting = about(
      'Joint Statement of the United States and Japan',
      'We look forward to the United States hosting APEC in 2023.',
    );
    expect(hosting.about).toContain('United States');
    const coordinated = about(
      'Joint Statement of the United States and the Republic of Korea',
      'We welcome that Australia and the United States intend to meet later this year.',
    );
    expect(coordinated.about).toContain('United States');
  });

  it('keeps the city of a meeting still to be held', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'We look forward to the Recovery Conference, to be held in Tokyo next year, on North Korea’s abductions.',
    );
    expect(found.about).toContain('Tokyo');
  });
  it('names the state whose body a lowercase noun names, unless an appeal is made to the body', () => {
    const condemned = about(
      'Joint Statement of the United States and Japan',
      'We firmly condemn violence committed by the Myanmar military against civilians.',
    );
    expect(condemned.about).toEqual(expect.arrayContaining(['Myanmar military', 'Burma']));
    const called = about(
      'Joint Statement of the United States and Japan',
      'We call on the Myanmar military to release all political prisoners.',
    );
    expect(called.about).toContain('Myanmar military');
    expect(called.about).not.toContain('Burma');
  });
  it('gives an object after “, as well as” following an “as we …” clause back to the main verb', () => {
    const sentence =
      'We also welcome the funding others have approved as we seek to close Ukraine’s financing gap, as well as Japan’s swift delivery of its aid.';
    const result = extractText('G7 Leaders’ Statement', sentence, 'about');
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const aboutOf = (trigger: string) =>
      result.commitments.find((c) => c.trigger.includes(trigger))?.about.map((id) => names.get(id));
    expect(aboutOf('welcome')).toContain('Japan');
    expect(aboutOf('seek')).toContain('Ukraine');
    expect(aboutOf('seek')).not.toContain('Japan');
  });
  it('leaves out an instrument a longer name opens with, unless the clause names it on its own', () => {
    const inner = about(
      'Joint Statement',
      'The ROK commits to increase its engagement in the Global Health Security Agenda Steering Group.',
    );
    expect(inner.about).toEqual(['Global Health Security Agenda Steering Group']);
    const own = about(
      'Joint Statement',
      'The ROK commits to support the Global Health Security Agenda and the Global Health Security Agenda Steering Group.',
    );
    expect(own.about).toContain('Global Health Security Agenda');
  });
  it('leaves out the speaker’s own country paired with another’s adjective before one noun', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'The leaders welcomed new exchanges between U.S. and Japanese universities on quantum research.',
    );
    expect(found.about).not.toContain('United States');
  });

  it('leaves out what an opening adds to or the meeting it follows', () => {
    const found = about(
      'Joint Statement of the United States and Japan',
      'In addition to its support for the World Health Organization, Japan committed to fund vaccine research in Viet Nam.',
    );
    expect(found.about).not.toContain('World Health Organization');
    const followed = about(
      'Joint Statement of the United States and Japan',
      'Following the recent visit of Prime Minister Kishida to Canberra, we reaffirm our commitment to the Quad.',
    );
    expect(followed.about).not.toContain('Canberra');
    expect(followed.about).toContain('Quad');
  });
  it('leaves out the actors’ own countries named as the subject before their stance', () => {
    const found = about(
      'Joint Statement of the United States and Chile',
      'The United States and Chile will deepen cooperation on critical minerals with Peru.',
    );
    expect(found.actors).toEqual(expect.arrayContaining(['United States', 'Chile']));
    expect(found.about).not.toContain('United States');
    expect(found.about).not.toContain('Chile');
    expect(found.about).toContain('Peru');
  });

  it('keeps an own country before the stance as a noun phrase after a preposition', () => {
    const found = about(
      'Joint Statement of the United States and Chile',
      'In this partnership between the United States and Chile, we pledge to expand trade.',
    );
    expect(found.about).toEqual(expect.arrayContaining(['United States', 'Chile']));
  });
});
