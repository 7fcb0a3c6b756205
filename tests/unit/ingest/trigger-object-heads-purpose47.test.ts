/**
 * Session 47 (purpose47): a stance frame that swallows who is honoured ("to honor the lives lost
 * on September 11th") reads the commitment's topics from that noun (topic-quality.json
 * `triggerObjectHeads`), so a purpose's `about` holds "lives lost"; a quality of the honoured
 * ("the memory of …", "their service") is no such noun: reading starts after the trigger.
 * Sentences written in the genre's style, names and places invented or generic.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../contract/extraction';
import { ranges } from '../../../ingest/entities/commitmentScope';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function commitment(sentence: string, trigger: string): Commitment {
  return {
    id: 'c1',
    docId: 'doc:x',
    sentenceId: 's:0',
    stance: 'welcome',
    trigger,
    text: sentence,
    actors: [],
    about: [],
    targets: [],
  } as Commitment;
}

describe('where a commemorative trigger’s words are read from', () => {
  it.each([
    [
      'The First Lady will lay a wreath to honor the lives lost in the attack.',
      'honor the lives',
      'lives lost',
    ],
    ['We honor the heroes who served in the war.', 'honor the heroes', 'heroes who'],
    ['We honor the memory of the sailors who served.', 'honor the memory', ' of the sailors'],
    ['We honor their service to the nation.', 'honor their service', ' to the nation'],
  ])('%s', (sentence, trigger, readFrom) => {
    const [range] = ranges(sentence, commitment(sentence, trigger), false, sentence.length);
    expect(sentence.slice(range!.from).startsWith(readFrom)).toBe(true);
  });
});

describe('a purpose that honours the lives lost is about them', () => {
  it.each([
    'The First Lady will lay a wreath at the National Memorial to honor the lives lost on September 11th.',
    'Vice President Kamala Harris spoke today with President Ana Lima of Senegal to honor the lives lost in the flooding.',
  ])('%s', (body) => {
    const result = extract({
      ...memoryDocument('Statement by Press Secretary on the Vice President’s Travel', body),
      date: '2023-05-10',
    });
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const honour = result.commitments.find((c) => c.trigger === 'honor the lives');
    expect(honour?.about.map((id) => names.get(id))).toContain('lives lost');
  });
});
