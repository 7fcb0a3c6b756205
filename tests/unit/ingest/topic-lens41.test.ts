/**
 * Topic heads of session 13 (helper lens41) on short readouts and NSC statements, written in the
 * genre's style, never a gold sentence: the head noun a weapon term modifies is kept when the
 * tagger read it as a verb before "and".
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

describe('a plural head read as a verb before "and" keeps its modifier in the phrase', () => {
  it.each([
    [
      'They condemned the DPRK’s recent ballistic missile tests and agreed to stay in touch.',
      'ballistic missile tests',
    ],
    [
      'They condemned the DPRK’s destabilizing missile tests and Iran’s support for terrorism.',
      'missile tests',
    ],
  ])('%s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
    expect(about ?? []).not.toContain('ballistic missiles');
  });
});

describe('support for two named parties is the stance, not a topic', () => {
  it('names no "support for" topic when the object is only parties', () => {
    const [about] = aboutOf(
      'They reaffirmed their unwavering support for the Philippines and Australia in the face of coercion.',
    );
    expect((about ?? []).filter((name) => /^support for/.test(name))).toEqual([]);
    expect(about).toContain('coercion');
  });

  it('keeps the support for one party', () => {
    const [about] = aboutOf(
      'They reaffirmed their unwavering support for the Philippines in the face of coercion.',
    );
    expect(about).toContain('support for the Philippines');
  });
});

describe('a threat posed by an owner of programs names the owner as its source', () => {
  it.each([
    [
      'They agreed to counter the threats posed by the DPRK’s growing nuclear and missile programs.',
      'threats posed by the DPRK',
    ],
    [
      'They discussed the threat posed by North Korea’s illicit weapons programs.',
      'threat posed by North Korea',
    ],
  ])('%s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });
});

describe('a verb after a thesaurus term that goes on is no head of it', () => {
  it('keeps international law when it applies', () => {
    const [about] = aboutOf('They affirmed that international law applies in cyberspace.');
    expect(about).toContain('international law');
  });

  it('leaves the launch of dialogues as it was', () => {
    const [about] = aboutOf('They welcomed the launch of dialogues on trade.');
    expect(about ?? []).not.toContain('dialogue launch');
  });
});

describe('a situation is a topic with its domain only', () => {
  it('names the regional security situation in a list of what was discussed', () => {
    const [about] = aboutOf(
      'They discussed the alliance, the regional security situation, and efforts to strengthen deterrence.',
    );
    expect(about).toContain('regional security situation');
  });

  it.each([
    'They will continue to assess the situation.',
    'They discussed a developing situation.',
  ])('%s names no situation', (sentence) => {
    const [about] = aboutOf(sentence);
    expect((about ?? []).filter((name) => /situation/.test(name))).toEqual([]);
  });
});

describe('launches of a known weapon are named weapon first, as one launch is', () => {
  it('names plural launches of intercontinental ballistic missiles', () => {
    const [about] = aboutOf(
      'They condemned the DPRK’s missile tests, including multiple launches of intercontinental ballistic missiles.',
    );
    expect(about).toContain('intercontinental ballistic missile launches');
    expect(about ?? []).not.toContain('long-range missiles');
  });

  it('leaves the launch of something no weapon alone', () => {
    const [about] = aboutOf('They welcomed the launch of new partnerships.');
    expect((about ?? []).filter((name) => /partnership launch/.test(name))).toEqual([]);
  });
});

describe('the provision of weapons to a party is an arms transfer', () => {
  it('names the thesaurus concept', () => {
    const [about] = aboutOf(
      'They expressed concern about the DPRK’s provision of lethal weapons to Russia.',
    );
    expect(about).toContain('arms transfers');
  });
});

describe('a diplomatic approach is diplomacy', () => {
  it('names the thesaurus concept', () => {
    const [about] = aboutOf('They expressed support for a calibrated diplomatic approach to Iran.');
    expect(about).toContain('diplomacy');
  });
});

describe('a capitalised weapon after "an" is still named weapon first', () => {
  it('names the test of an Intercontinental ballistic missile', () => {
    const [about] = aboutOf('They condemned the test of an Intercontinental ballistic missile.');
    expect(about).toContain('Intercontinental ballistic missile test');
  });
});

describe('a weapon’s development and launches are two topics', () => {
  it('distributes the modifier over a plural read as a verb', () => {
    const [about] = aboutOf(
      'They condemned the DPRK’s ballistic missile development and launches, including recent tests.',
    );
    expect(about).toContain('ballistic missile programs');
    expect(about).toContain('missile launches');
  });
});

describe('"its launch" points back to the launch the title names', () => {
  const body = (sentence: string) =>
    extractText('Statement from NSC Spokesperson John Kirby on Iran’s Satellite Launch', sentence);
  const topics = (sentence: string) => {
    const result = body(sentence);
    const names = new Map(result.entities.map((e) => [e.id, e.name]));
    return result.commitments.flatMap((c) => c.about.map((id) => names.get(id)));
  };

  it('names the title’s event', () => {
    expect(topics('The United States strongly condemns Iran for its launch.')).toContain(
      'satellite launch',
    );
  });

  it('leaves "this launch" alone', () => {
    expect(topics('We urge all countries to condemn this launch.')).not.toContain(
      'satellite launch',
    );
  });
});
