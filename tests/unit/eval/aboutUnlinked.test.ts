/**
 * The about-miss census's precision side (ingest/eval/aboutUnlinked.ts): which named entities of a
 * commitment's sentence it leaves out, and in which class.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../contract/extraction';
import {
  type SentenceMention,
  sentenceMentions,
  unlinkedEntities,
} from '../../../ingest/eval/aboutUnlinked';

// "Japan and the U.S.-ROK Alliance welcomed the talks with Korea." trigger "welcomed" at 33.
const mention = (entityId: string, start: number, end: number, topic = false): SentenceMention => ({
  entityId,
  topic,
  start,
  end,
});
const JAPAN = mention('country:jpn', 0, 5);
const ALLIANCE = mention('org:alliance', 14, 32);
const KOREA_INSIDE = mention('country:kor', 19, 22);
const TALKS = mention('topic:talks', 46, 51, true);
const KOREA = mention('country:kor', 57, 62);

describe('unlinkedEntities', () => {
  const base = {
    triggerStart: 33,
    linked: new Set<string>(),
    actors: new Set<string>(),
    siblings: new Set<string>(),
  };
  it.each([
    ['before the trigger', [JAPAN], {}, [['country:jpn', 'before']]],
    ['after the trigger', [KOREA], {}, [['country:kor', 'after']]],
    ['linked: left out', [KOREA], { linked: new Set(['country:kor']) }, []],
    ['a topic: the topic stage decides', [TALKS], {}, []],
    [
      'held by another clause',
      [KOREA],
      { siblings: new Set(['country:kor']) },
      [['country:kor', 'after:sibling']],
    ],
    ['an actor', [JAPAN], { actors: new Set(['country:jpn']) }, [['country:jpn', 'before:actor']]],
    ['only inside a longer name', [ALLIANCE, KOREA_INSIDE], {}, [['org:alliance', 'before']]],
    [
      'inside once, on its own later: its first own mention counts',
      [ALLIANCE, KOREA_INSIDE, KOREA],
      {},
      [
        ['org:alliance', 'before'],
        ['country:kor', 'after'],
      ],
    ],
  ])('%s', (_label, mentions, overrides, expected) => {
    const classes = unlinkedEntities(mentions, { ...base, ...overrides });
    expect([...classes]).toEqual(expected);
  });
});

describe('sentenceMentions', () => {
  it('keeps the sentence, offsets in it, and marks topics', () => {
    const mentions: Mention[] = [
      { entityId: 'country:jpn', sentenceId: 's1', start: 100, end: 105, text: 'Japan' },
      { entityId: 'topic:talks', sentenceId: 's1', start: 146, end: 151, text: 'talks' },
      { entityId: 'country:kor', sentenceId: 's2', start: 300, end: 305, text: 'Korea' },
    ];
    expect(sentenceMentions(mentions, 's1', 100, (id) => id.startsWith('topic:'))).toEqual([
      { entityId: 'country:jpn', topic: false, start: 0, end: 5 },
      { entityId: 'topic:talks', topic: true, start: 46, end: 51 },
    ]);
  });
});
