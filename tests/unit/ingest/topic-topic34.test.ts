/**
 * Session 34 (helper topic34): topics joint statements and readouts name by a thesaurus concept
 * while the text says them otherwise. Acting together with a group named by its kind
 * (data/rules/partner-coordination.json), ties between peoples, a war named by a generic anaphor
 * (data/rules/conflict-anaphors.json), and thesaurus concepts the gold names whole ("common
 * challenges", "special relationship", "G20 presidency", "COVID-19 vaccines", "global supply
 * chains", "expansion of the conflict"). Sentences written in the genres' style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('acting together with a group named by its kind', () => {
  it.each([
    [
      'The President made clear that the United States, together with its allies and partners, will respond swiftly to any attack.',
      'coordination with allies and partners',
    ],
    [
      'The leaders said they will keep pressing for the release of political prisoners, in concert with our Allies and partners.',
      'coordination with allies and partners',
    ],
    [
      'They welcomed growing coordination among allies and partners across both oceans.',
      'coordination with allies and partners',
    ],
    [
      'They committed to build broader partnerships with longstanding allies and partners to secure critical minerals.',
      'coordination with allies and partners',
    ],
    [
      'They agreed to consult with regional partners on next steps toward a ceasefire.',
      'coordination with regional partners',
    ],
    [
      'They committed to continue coordinating with partners in the region to expand humanitarian access.',
      'coordination with regional partners',
    ],
    [
      'The President reaffirmed the enduring ties between the Kenyan and American peoples.',
      'people-to-people ties',
    ],
    [
      'The two leaders noted the importance of ties between the people of the United States and Japan.',
      'people-to-people ties',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it.each([
    // A beneficiary or a source, not a way of acting.
    'He stressed that the United States will always stand by its commitment to allies and partners.',
    'They welcomed the transfer of capabilities from our allies and partners.',
    // A name before the group makes it one party of several.
    'They agreed to align with measures taken by the EU and our allies and partners.',
    // Regional partners without a verb or noun of working together.
    'They agreed to launch a framework with regional partners on trade.',
  ])('names no coordination: %s', (sentence) => {
    const topics = topicsOf(sentence);
    expect(topics).not.toContain('coordination with allies and partners');
    expect(topics).not.toContain('coordination with regional partners');
  });

  it('keeps the adjectives of the peoples out of the entities', () => {
    expect(
      topicsOf('The President reaffirmed the ties between the Kenyan and American peoples.'),
    ).toEqual(['people-to-people ties']);
  });

  it('needs both words of a name pair capitalised', () => {
    expect(topicsOf('They reaffirmed the ties between the rich and poor people.')).not.toContain(
      'people-to-people ties',
    );
  });
});

/** The topics of each commitment of a readout dated `date`, one sentence a paragraph. */
function datedAbout(date: string, ...sentences: string[]): string[] {
  const result = extract({
    ...memoryDocument(
      'Readout of President Biden’s Call with Prime Minister Meloni of Italy',
      [
        'President Joe Biden spoke today with Prime Minister Giorgia Meloni of Italy.',
        ...sentences,
      ].join('\n\n'),
      'conflict',
    ),
    date,
  });
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.commitments.flatMap((c) => c.about.map((id) => names.get(id) ?? id));
}

describe('a war named by a generic anaphor', () => {
  const WAR = "Russia's war of aggression against Ukraine";

  it('is Russia’s war in a statement about Russia and Ukraine after February 2022', () => {
    const about = datedAbout(
      '2022-10-25',
      'The leaders agreed to support Ukraine and hold Russia accountable for its aggression.',
      'They discussed the global effects of the conflict on food security.',
    );
    expect(about.filter((topic) => topic === WAR)).toHaveLength(2);
    expect(about).not.toContain('conflict');
  });

  it('is not resolved before the war, nor when a complement names another war', () => {
    expect(
      datedAbout(
        '2021-06-01',
        'They discussed Russia, Ukraine and the effects of the conflict on trade.',
      ),
    ).not.toContain(WAR);
    expect(
      datedAbout(
        '2023-03-01',
        'They condemned Russia’s strikes on Ukraine and discussed the war in Sudan.',
      ),
    ).not.toContain(WAR);
  });

  it('is the Israel-Hamas conflict in a statement about Hamas after October 2023', () => {
    const about = datedAbout(
      '2023-11-10',
      'They condemned the attacks by Hamas and discussed humanitarian assistance for Gaza.',
      'They emphasized the importance of preventing anyone from widening the conflict.',
    );
    expect(about).toContain('Israel-Hamas conflict');
  });

  it('names the war inside a concept about it as well (“expand the conflict”)', () => {
    const about = datedAbout(
      '2023-11-10',
      'They condemned the attacks by Hamas and discussed humanitarian assistance for Gaza.',
      'They stressed the need to deter anyone seeking to expand the conflict.',
    );
    expect(about).toEqual(
      expect.arrayContaining(['expansion of the conflict', 'Israel-Hamas conflict']),
    );
  });

  it('leaves “the war” open where both wars apply, but resolves Russia’s owned aggression', () => {
    const about = datedAbout(
      '2024-02-01',
      'They discussed Hamas, Gaza, Russia and Ukraine, and the end of the war.',
      'They agreed to hold Russia accountable for its aggression.',
    );
    expect(about).not.toContain('Israel-Hamas conflict');
    expect(about).toContain(WAR);
  });

  // conflict-anaphors.json earlierNames (session 38): the gold's name before the war began.
  it.each([
    ['2022-01-20', 'Russian aggression in Ukraine'],
    ['2022-03-20', WAR],
  ])('names Russian aggression by the statement’s date: %s → %s', (date, name) => {
    const about = datedAbout(
      date,
      'The leaders condemned further Russian aggression against Ukraine.',
    );
    expect(about).toContain(name);
    expect(about).not.toContain(name === WAR ? 'Russian aggression in Ukraine' : WAR);
  });
});

describe('thesaurus concepts the gold names whole', () => {
  it.each([
    ['They agreed to work together to address shared challenges.', 'common challenges'],
    [
      'They reaffirmed their commitment to accelerating the global transition to clean energy.',
      'clean energy transition',
    ],
    [
      'The leaders reaffirmed the special relationship between our countries.',
      'special relationship',
    ],
    [
      'They affirmed their intention to cooperate closely during the upcoming presidency of the G20.',
      'G20 presidency',
    ],
    [
      'They committed to expand the manufacturing of safe and effective COVID-19 vaccines.',
      'COVID-19 vaccines',
    ],
    ['They committed to diversify global supply chains.', 'global supply chains'],
    ['They committed to work together to prevent and counter terrorism.', 'counterterrorism'],
    ['They welcomed regional efforts to deescalate tensions.', 'de-escalation'],
    [
      'They agreed to address non-market policies of third parties.',
      'non-market policies and practices',
    ],
    ['They encouraged further steps to restore calm in the city.', 'calm'],
    ['They recognized the importance of facilitating trade in services.', 'trade in services'],
    [
      'They stressed the need to deter anyone seeking to expand the conflict.',
      'expansion of the conflict',
    ],
  ])('%s', (sentence, topic) => {
    expect(topicsOf(sentence)).toContain(topic);
  });

  it('names a special relationship by itself, not as the parties’ bilateral one', () => {
    const topics = topicsOf(
      'The leaders reaffirmed the special relationship between our countries.',
    );
    expect(topics).not.toContain('bilateral relationship');
  });

  it('keeps COVID-19 vaccines one topic, not the disease and vaccines apart', () => {
    const topics = topicsOf('They agreed to donate COVID-19 vaccines to the region.');
    expect(topics).toContain('COVID-19 vaccines');
    expect(topics).not.toContain('vaccines');
  });
});
