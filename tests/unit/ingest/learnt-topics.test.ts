import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../contract/extraction';
import type { DerivedTopic } from '../../../ingest/entities/topicPhrases';
import type { Lexicon } from '../../../ingest/lexicon';
import type { SegmentedSentence } from '../../../ingest/segment';
import { learntTopics } from '../../../ingest/topics/learnt';
import type { EntityHit } from '../../../ingest/types';

const lexicon: Lexicon = {
  entities: new Map(),
  aliases: [],
  learnt: [
    {
      id: 'topic:port-decarbonization',
      label: 'port decarbonization',
      names: ['port decarbonization', 'green port decarbonization'],
    },
    {
      id: 'topic:covid-19-vaccines',
      label: 'COVID-19 vaccines',
      names: ['COVID-19 vaccines', 'COVID-19 vaccine'],
    },
    {
      id: 'topic:defense-of-israel',
      label: 'defense of Israel',
      names: ['defense of Israel'],
    },
    {
      id: 'topic:israeli-security',
      label: 'Israeli security',
      names: ['Israeli security'],
    },
    {
      id: 'topic:security-and-prosperity',
      label: 'security and prosperity',
      names: ['security and prosperity'],
    },
  ],
};

const OFFSET = 100;

function run(
  text: string,
  trigger: string,
  taken: { start: number; end: number }[] = [],
  names: { start: number; end: number }[] = [],
  takenId = 'topic:other',
) {
  const sentence: SegmentedSentence = {
    index: 3,
    start: OFFSET,
    end: OFFSET + text.length,
    text,
    paragraph: 0,
  };
  const commitment = {
    id: 'c:1',
    docId: 'doc:x',
    sentenceId: 'sent:x:3',
    stance: 'commit',
    trigger,
    text,
    actors: ['country:usa'],
    about: [],
    targets: [],
  } as Commitment;
  if (taken.length > 0) commitment.about.push(takenId);
  const derived: DerivedTopic[] = taken.map((span) => ({
    sentenceIndex: 3,
    hit: {
      entityId: takenId,
      type: 'Topic',
      start: OFFSET + span.start,
      end: OFFSET + span.end,
      text: text.slice(span.start, span.end),
    },
  }));
  const hits = new Map<number, EntityHit[]>([
    [
      3,
      names.map((span) => ({
        entityId: 'country:isr',
        type: 'Country',
        start: OFFSET + span.start,
        end: OFFSET + span.end,
        text: text.slice(span.start, span.end),
      })),
    ],
  ]);
  const { found, replaced } = learntTopics(lexicon, [sentence], [commitment], hits, derived);
  return { found, replaced, about: commitment.about };
}

describe('gold-learnt topics fill what the phrase rules left', () => {
  it('finds a learnt name in the commitment’s words, any plural, and puts it in about', () => {
    const text =
      'They committed to expand production of COVID-19 vaccine and port decarbonization.';
    const { found, about } = run(text, 'committed to');
    expect(found.map((t) => t.hit.name)).toEqual(['COVID-19 vaccines', 'port decarbonization']);
    expect(found[0]!.hit.start).toBe(OFFSET + text.indexOf('COVID-19'));
    expect(found[0]!.hit.text).toBe('COVID-19 vaccine');
    expect(about).toEqual(['topic:covid-19-vaccines', 'topic:port-decarbonization']);
  });

  it('adds nothing where a derived topic already stands over the words', () => {
    const text = 'They committed to green shipping and port decarbonization efforts.';
    const at = text.indexOf('green');
    const { found } = run(text, 'committed to', [{ start: at, end: text.indexOf(' efforts') }]);
    expect(found).toEqual([]);
  });

  it('runs no name across a comma, and reads nothing before the trigger', () => {
    const text = 'Security and prosperity aside, they committed to security, and prosperity.';
    const { found } = run(text, 'committed to');
    expect(found).toEqual([]);
  });

  it('reads an opening adjunct, and no word the range starts inside of', () => {
    // Only the words from the first range on are tokenised: the cut must fall between words.
    const adjunct = 'To advance port decarbonization, they committed to COVID-19 vaccines.';
    expect(run(adjunct, 'committed to').found.map((t) => t.hit.name)).toEqual([
      'COVID-19 vaccines',
      'port decarbonization',
    ]);
    // The trigger ends inside "support": "port decarbonization" is no word sequence here.
    expect(run('They will support decarbonization.', 'will sup').found).toEqual([]);
  });

  it('reads a name inside a learnt name’s complement as part of it, not a name before it', () => {
    const text = 'They reaffirmed support for Israeli security and for the defense of Israel.';
    const name = (word: string) => {
      const start = text.search(new RegExp(`${word}\\b`));
      return { start, end: start + word.length };
    };
    const names = [name('Israeli'), name('Israel')];
    const { found, about } = run(text, 'reaffirmed', [], names);
    expect(found.map((t) => t.hit.text)).toEqual(['defense of Israel']);
    expect(about).toEqual(['topic:defense-of-israel']);
    // A rule topic as long as the learnt name still stops it.
    const whole = { start: text.indexOf('defense'), end: text.indexOf('Israel.') + 6 };
    expect(run(text, 'reaffirmed', [whole], names).found).toEqual([]);
  });

  it('replaces a shorter rule topic inside a learnt name, and drops it from about', () => {
    const text = 'They committed to expand port decarbonization efforts.';
    const piece = { start: text.indexOf('decarbonization'), end: text.indexOf(' efforts') };
    const { found, replaced, about } = run(text, 'committed to', [piece]);
    expect(found.map((t) => t.hit.text)).toEqual(['port decarbonization']);
    expect([...replaced].map((t) => t.hit.text)).toEqual(['decarbonization']);
    // The rules' piece ('topic:other', in about before) leaves; the learnt name stands.
    expect(about).toEqual(['topic:port-decarbonization']);
    // The same concept in a longer wording: it replaces the piece, and its id stays in about.
    const same = 'They committed to green port decarbonization.';
    const span = { start: same.indexOf('port'), end: same.indexOf('.') };
    const green = { start: same.indexOf('green'), end: same.indexOf('.') };
    const longer = run(same, 'committed to', [span], [], 'topic:port-decarbonization');
    expect(longer.found.map((t) => t.hit.text)).toEqual(['green port decarbonization']);
    expect(longer.about).toEqual(['topic:port-decarbonization']);
    expect(run(same, 'committed to', [green]).found).toEqual([]);
  });

  it('leaves a learnt name whose named complement is one of a coordination of names', () => {
    const names = (text: string) =>
      ['Israel', 'Jordan', 'Egypt'].flatMap((word) => {
        const start = text.indexOf(word);
        return start < 0 ? [] : [{ start, end: start + word.length }];
      });
    const found = (text: string) => run(text, 'reaffirmed', [], names(text)).found;
    expect(found('They reaffirmed support for the defense of Israel and Jordan.')).toEqual([]);
    expect(found('They reaffirmed the defense of Israel, Jordan, and Egypt.')).toEqual([]);
    // Its people are no other name: the learnt name stands.
    const people = found('They reaffirmed the defense of Israel and its people.');
    expect(people.map((t) => t.hit.text)).toEqual(['defense of Israel']);
  });
});
