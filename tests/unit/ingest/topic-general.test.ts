/**
 * General topic rules of session 9 (topics that hold on unseen statements), written in the
 * genres' style: the commitment to a named party's defense, coordinated bare heads before an
 * "of", horizons that say when, list items after "such as", prepositions the tagger reads as
 * nouns, and domain terms the thesaurus knows (5G, advanced technologies, escalatory actions).
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { lexicon } from '../../../ingest/lexicon';
import { chunks } from '../../../ingest/topics/chunks';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { extractText } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

describe('quality floor: coordinated heads and horizons', () => {
  it.each([
    // two bare heads before an "of" whose complement says nothing were only its frame
    ['return and resolution of the cases', []],
    ['importance of immediate return and resolution of the cases', []],
    // with "in" the coordination is the subject itself
    ['trade and investment in the region', ['trade and investment']],
    // a horizon says when, not what
    ['immediate and longer-term response', []],
    ['near-term priorities', []],
    // who takes part stays when nothing else makes a subject (scopeModifiers)
    ['bilateral cooperation', ['bilateral cooperation']],
    ['enhanced trilateral security capabilities', ['trilateral security capabilities']],
    ['close bilateral ties', ['bilateral ties']],
    ['joint cooperation', []],
    ['National Security Advisors trilateral meeting in Seoul', []],
    // coordinated modifiers share the head "cooperation" (sharedHeads), as the gold expands them
    [
      'bilateral security and economic cooperation',
      ['security cooperation', 'economic cooperation'],
    ],
    // vacuous heads and frames of the G7 genre
    ['consequences for Russia', []],
    ['false notion', []],
    ['loved ones', []],
    ['government and people', []],
    ['approval of additional support', []],
    // an adjective after its noun opens a clause about it (postpositiveAdjectives)
    ['lasting peace consistent with international law', []],
    ['maritime cooperation essential to regional security', ['maritime cooperation']],
    ['critical minerals for batteries', ['critical minerals for batteries']],
    // "and other" closes a list with its kind: each side alone
    ['tools and other equipment', []],
    ['sanctions evasion and other illicit finance', ['sanctions evasion', 'illicit finance']],
    // the party a relation serves, after "in support of", is its object (namedObjectHeads)
    ['close cooperation in support of Ukraine', ['cooperation in support of Ukraine']],
    ['cooperation in support of the Ukrainian people', []],
    // when, not what; what one intends is no subject
    ['next summer', []],
    ['coming decades', []],
    ['priorities and intentions', []],
    // a named owner of a subject head is its object: "Japan’s defense" is the defense of Japan
    ['commitment to Japan’s defense', ['defense of Japan']],
    ['unwavering support for Japan’s defense', ['defense of Japan']],
    ['support for the defense of the Philippines', ['defense of the Philippines']],
    ['commitment to the Republic of Korea’s defense', ['defense of the Republic of Korea']],
    ['Russia’s defense industrial base', ['defense industrial base']],
    ['Japan’s leadership', []],
    ['support for Ukraine', ['support for Ukraine']],
    // an evaluative frame gives its complement; a hemisphere says where, not what
    ['scourge of fentanyl', ['fentanyl']],
    ['irregular migration in the hemisphere', ['irregular migration']],
    // two concepts coordinated are two topics, a single word included; a known pair stays one
    ['war crimes and atrocities', ['war crimes', 'atrocities']],
    ['peace and stability', ['peace and stability']],
    // human-rights statements: a quest is a frame, "same" says how much, lives are no subject;
    // the thesaurus knows torture and its survivors
    ['quests for justice', []],
    ['same standards', []],
    ['new lives in the United States', []],
    ['torture and inhumane treatment', ['torture', 'inhumane treatment']],
    // how many says nothing
    ['multiple commercial sectors', ['commercial sectors']],
  ] as [string, string[]][])('%s → %j', (raw, topics) => {
    expect(topicPhrases(raw, known)).toEqual(topics);
  });
});

describe('commitments about a named party’s defense', () => {
  it('names the defense of the party, not the commitment', () => {
    const [about] = aboutOf(
      'President Biden reaffirmed the United States’ unwavering commitment to the defense of the Philippines.',
    );
    expect(about).toContain('defense of the Philippines');
    expect(about).not.toContain('defense commitments');
  });
});

describe('the defense of allies named by country and nationality', () => {
  it.each([
    'The United States will take all necessary measures to ensure the defense of our Republic of Korea and Japanese allies.',
    'The President reaffirmed the U.S. commitment to the defense of our Japanese and Philippine allies.',
  ])('%s', (sentence) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain('defense of allies');
    expect(
      about?.some((name) => /defense of (?:the )?(?:Republic|Japan|Philippine)/.test(name)),
    ).toBe(false);
  });

  it('reads the phrase as the group, a single named party as itself', () => {
    expect(topicPhrases('defense of our Republic of Korea and Japanese allies', known)).toEqual([
      'defense of allies',
    ]);
    expect(topicPhrases('defense of Japan', known)).toEqual(['defense of Japan']);
  });
});

describe('torture and its survivors (thesaurus)', () => {
  it('names survivors, torture and inhumane treatment as the gold does', () => {
    const [about] = aboutOf(
      'The leaders reaffirmed their commitment to assisting survivors of torture and to eliminating torture and inhumane treatment.',
    );
    expect(about).toEqual(['torture survivors', 'torture', 'inhumane treatment']);
  });
});

describe('freedoms and climate action (thesaurus)', () => {
  it.each([
    [
      'The leaders underscored the importance of respect for human rights, including freedom of expression and freedom of the press.',
      ['human rights', 'freedom of expression', 'freedom of the press'],
    ],
    // one topic, as the gold conventions settle, never a separate "freedom of overflight"
    [
      'The leaders affirmed their commitment to upholding international law, including freedoms of navigation and overflight.',
      ['international law', 'freedom of navigation'],
    ],
    ['The leaders welcomed their growing cooperation on climate action.', ['climate action']],
  ])('%s', (sentence, topics) => {
    expect(aboutOf(sentence)[0]).toEqual(topics);
  });
});

describe('a commitment to the defense of two allies at once', () => {
  it('is the alliance defense commitments', () => {
    const [about] = aboutOf(
      'President Biden underscored the United States’ unshakable commitment to the defense of both Japan and the Philippines.',
    );
    expect(about).toContain('defense commitments');
  });
});

describe('the cases of abducted citizens', () => {
  it('is the abductees concept, with no topic of the bare actions before it', () => {
    const [about] = aboutOf(
      'The leaders discussed the importance of immediate return and resolution of the cases of Japanese citizens abducted by the DPRK.',
    );
    expect(about).toEqual(['abductees']);
  });
});

describe('noun phrases: list items and prepositions the tagger reads as nouns', () => {
  const sentence =
    'They committed to expand the bilateral relationship following President Moon’s visit and to deepen cooperation in areas such as advanced technology.';
  const [terms] = tagTexts([sentence], [0]);
  const found = chunks(terms!, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));

  it('ends a phrase before "following" read as a noun', () => {
    expect(found).toContain('bilateral relationship');
  });

  it('keeps a participle that opens a list item after "such as" ("advanced technology")', () => {
    expect(found).toContain('advanced technology');
  });
});

describe('escalatory actions', () => {
  it('is a concept, where "actions" alone would be vacuous', () => {
    const [about] = aboutOf(
      'President Biden stressed the need for the DPRK to refrain from further escalatory actions.',
    );
    expect(about).toContain('escalatory actions');
  });
});

describe('thesaurus paraphrases of readouts', () => {
  it('reads working or aligning with allies and partners as coordination with them', () => {
    const [about] = aboutOf(
      'President Biden underscored his commitment to working with allies and partners around the world.',
    );
    expect(about).toContain('coordination with allies and partners');
  });

  it('reads an Indo-Pacific region that is free and open as the free and open Indo-Pacific', () => {
    const [about] = aboutOf(
      'The leaders committed to ensure an Indo-Pacific region that is free, open, prosperous, and secure.',
    );
    expect(about).toContain('free and open Indo-Pacific');
  });

  it('knows inter-Korean cooperation, where "cooperation" alone is vacuous', () => {
    const [about] = aboutOf('President Biden expressed support for inter-Korean cooperation.');
    expect(about).toContain('inter-Korean cooperation');
  });

  it('reads preventing future pandemics as pandemic prevention', () => {
    const [about] = aboutOf(
      'The leaders discussed the value of working together to prevent future pandemics.',
    );
    expect(about).toContain('pandemic prevention');
  });

  it('reads the longer official formulations as the free and open Indo-Pacific', () => {
    const [about] = aboutOf(
      'The leaders reaffirmed their commitment to a free, open, and inclusive Indo-Pacific region.',
    );
    expect(about).toContain('free and open Indo-Pacific');
  });
});

describe('the relation of a hyphenated pair', () => {
  it('reads a thesaurus relation term after a pair of names as the pair’s relation', () => {
    const [about] = aboutOf(
      'The leaders welcomed efforts to address specific issues in U.S.-China bilateral relations.',
    );
    expect(about).toContain('U.S.-China bilateral relations');
    expect(about).not.toContain('bilateral ties');
  });

  it('leaves the speakers’ three-party compound to the concept', () => {
    const [about] = aboutOf(
      'The leaders emphasized the importance of U.S.-Japan-ROK trilateral cooperation.',
    );
    expect(about).toContain('trilateral cooperation');
  });
});

describe('the event of a weapon (eventHeads)', () => {
  it.each([
    [
      'launch of an intercontinental ballistic missile',
      ['intercontinental ballistic missile launch'],
    ],
    ['test of a nuclear device', ['nuclear device test']],
    // Plural launches of a known weapon too (gold 2022-05-31: "multiple launches of
    // intercontinental ballistic missiles" → "intercontinental ballistic missile launches").
    ['launches of ballistic missiles', ['ballistic missile launches']],
  ] as [string, string[]][])('%s → %j', (raw, topics) => {
    expect(topicPhrases(raw, known)).toEqual(topics);
  });

  it('names the launch weapon first, with no fragment around the thesaurus weapon', () => {
    const result = extractText(
      'Statement by NSC Spokesperson on the DPRK’s Ballistic Missile Launch',
      'The United States condemns the DPRK’s launch of a long-range ballistic missile.',
      'statement',
    );
    const topics = result.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
    expect(topics).toContain('long-range ballistic missile launch');
    expect(topics.filter((name) => /launch of/.test(name))).toEqual([]);
  });
});

describe('words right before a recognised topic', () => {
  it('modify it and make no fragment of their own ("secure critical mineral supply chains")', () => {
    const [about] = aboutOf(
      'The leaders committed to building secure critical mineral supply chains.',
    );
    // 'supply chains' is a concept of its own since session 31 (resilience is not said here).
    expect(about).toContain('supply chains');
    expect((about ?? []).filter((name) => /secure critical mineral$/.test(name))).toEqual([]);
  });
});

describe('a concept that says how, before "on"', () => {
  it('is the frame of its complement ("dialogue on economic security")', () => {
    const [about] = aboutOf(
      'The leaders concurred in continuing their dialogue on economic security.',
    );
    expect(about).toContain('economic security');
    expect(about).not.toContain('dialogue');
  });

  it('is no topic before a recognised topic ("trilateral dialogue on critical minerals")', () => {
    const [about] = aboutOf('They committed to enhance trilateral dialogue on critical minerals.');
    expect(about).toContain('critical minerals');
    expect((about ?? []).filter((name) => /dialogue/.test(name))).toEqual([]);
  });

  it('is no frame when the complement is a party ("consultations on North Korea")', () => {
    const [about] = aboutOf(
      'They committed to strengthen trilateral consultations on North Korea.',
    );
    expect((about ?? []).filter((name) => /consultations/.test(name))).not.toEqual([]);
  });
});
