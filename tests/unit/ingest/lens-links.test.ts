/**
 * What a DPRK clause links to the DPRK (session 14, helper lens51): rules written from the classes
 * of lens misses on unseen statements, in the genre's style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

/** Every topic of the sentence's commitments. */
function topicsOf(sentence: string): string[] {
  return aboutOf(sentence).flat();
}

describe('how a threat changes is no part of its name (weakModifiers: "evolving")', () => {
  it.each([
    ['The leaders discussed the evolving threat posed by the DPRK.', 'threat posed by the DPRK'],
    [
      'They committed to confront the evolving threats posed by Pyongyang.',
      'threats posed by Pyongyang',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });
});

describe('a threat named by its source stays a topic before the source’s program (posedByOwner)', () => {
  it.each([
    [
      'They committed to counter the threats posed by the DPRK’s missile programs.',
      'threats posed by the DPRK',
    ],
    ['The leaders discussed the threats posed by DPRK’s nuclear program.', 'threats posed by DPRK'],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toEqual(
      expect.arrayContaining([topic, expect.stringMatching(/programs$/)]),
    );
  });
});

describe('arms exports are arms transfers (thesaurus)', () => {
  it('names "any arms exports from the DPRK to Russia" by the concept', () => {
    expect(
      topicsOf(
        'They noted that any arms exports from North Korea to Russia would violate the law.',
      ),
    ).toContain('arms transfers');
  });
});

/** Names of what each commitment of the statement is about: explicit, then implicit (marked). */
function linksOf(body: string): string[][] {
  const result = extractText('Joint Statement of the United States and Japan', body);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.commitments.map((c) => [
    ...c.about.map((id) => names.get(id) ?? id),
    ...(c.implicitAbout ?? []).map((id) => `(implicit) ${names.get(id) ?? id}`),
  ]);
}

describe('"these NOUNs" is about the entity named before with that head (namedAnaphor.ts)', () => {
  it('finds the antecedent in a clause before, in the same sentence', () => {
    const links = linksOf(
      'The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula in accordance with UNSC resolutions, and urged North Korea to abide by its obligations under these resolutions.',
    );
    expect(links[1]).toEqual(
      expect.arrayContaining([
        "Democratic People's Republic of Korea",
        'UN Security Council resolutions',
      ]),
    );
  });

  it('marks an antecedent of the sentence before as implicit', () => {
    const links = linksOf(
      'The leaders condemned the missile launches of the DPRK, which violate UN Security Council resolutions. They urged the DPRK to comply with its obligations under these resolutions.',
    );
    expect(links[1]).toContain('(implicit) UN Security Council resolutions');
  });

  it('takes nothing when no entity named before has that head', () => {
    const links = linksOf(
      'The leaders condemned the missile launches of the DPRK. They urged all states to respect these rules and those principles.',
    );
    expect(links[1]!.join()).not.toMatch(/missile/);
  });

  it('takes nothing from before when the clause names the antecedent itself', () => {
    const links = linksOf(
      'The leaders condemned the DPRK’s long-range missiles. They condemned the export of North Korean ballistic missiles and the use of these missiles against Ukraine.',
    );
    expect(links[1]!.join()).not.toMatch(/long-range/);
  });

  it('reads "this NOUN" and "the" + a capitalised head of names ("the Treaty") the same way', () => {
    const ruling = linksOf(
      'President Biden reaffirmed U.S. support for the 2016 UN arbitral tribunal ruling and noted this ruling is final and legally binding.',
    );
    expect(ruling[1]!.join()).toMatch(/Arbitral Award/);
    const treaty = linksOf(
      'The leaders deeply regret Russia’s decision to undermine the New START Treaty, and call on Russia to return to full implementation of the Treaty.',
    );
    expect(treaty[1]!.join()).toMatch(/New START Treaty/);
  });

  it('takes no proper name after "the" for an anaphor ("the Myanmar military")', () => {
    const links = linksOf(
      'The leaders appreciated the role of ASEAN in the interest of the people of Myanmar, and called for the Myanmar military regime to implement the Five Point Consensus.',
    );
    expect(links[1]!.join()).not.toMatch(/people of Myanmar/);
  });
});

// The verb form of the thesaurus concept 'coordination on the DPRK' (data/lexicon/topics.json),
// as its nominal forms: the coordination is the topic the clause links to the DPRK.
describe('coordinating on the DPRK is "coordination on the DPRK" (session 14, aboutL)', () => {
  it.each([
    'The two ministers agreed to closely coordinate on North Korea.',
    'They committed to coordinate our approaches to North Korea.',
  ])('%s', (sentence) => {
    expect(topicsOf(sentence)).toContain('coordination on the DPRK');
  });
});
