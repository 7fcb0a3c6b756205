/**
 * A clause that repeats a document topic's name of three words or more is about that topic
 * (ingest/topicRemention.ts); a shorter name, a bare pair, a name inside a proper name, a repetition in
 * another clause of the sentence, or a sentence that already mentions the topic adds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment, Entity, Extraction } from '../../../contract/extraction';
import { resolveTopicRemention } from '../../../ingest/topicRemention';

const TOPICS: Entity[] = [
  {
    id: 'topic:clean-energy-transition',
    type: 'Topic',
    name: 'clean energy transition',
    aliases: [],
  },
  { id: 'topic:law-of-the-sea', type: 'Topic', name: 'law of the sea', aliases: [] },
  { id: 'topic:food-security', type: 'Topic', name: 'food security', aliases: [] },
  { id: 'topic:women-and-girls', type: 'Topic', name: 'women and girls', aliases: [] },
  {
    id: 'topic:critical-and-emerging-technologies',
    type: 'Topic',
    name: 'critical and emerging technology',
    aliases: [],
  },
  {
    id: 'topic:indo-pacific-economic-framework',
    type: 'Topic',
    name: 'Indo-Pacific economic framework',
    aliases: [],
  },
  { id: 'topic:elysee-treaty-review', type: 'Topic', name: 'Élysée treaty review', aliases: [] },
  {
    id: 'topic:supply-chain-resiliency',
    type: 'Topic',
    name: 'supply chain resiliency',
    aliases: [],
  },
];

function commitment(text: string, trigger: string, k: number): Commitment {
  return {
    id: `c${k}`,
    docId: 'doc:t',
    sentenceId: 's1',
    stance: 'commit',
    trigger,
    text,
    actors: ['country:united-states'],
    about: [],
    targets: [],
    cameo: '05',
  };
}

/** The about of `trigger`'s commitment after the pass, the sentence split at `triggers`. */
function aboutOf(text: string, triggers: string[], trigger: string, mentioned: string[] = []) {
  const commitments = triggers.map((t, k) => commitment(text, t, k));
  const extraction: Extraction = {
    documents: [{ id: 'doc:t', title: 'Joint Statement', sha256: 'd'.repeat(64) }],
    sentences: [{ id: 's1', docId: 'doc:t', index: 0, text, start: 0, end: text.length }],
    entities: TOPICS,
    mentions: mentioned.map((entityId) => ({
      entityId,
      sentenceId: 's1',
      start: 0,
      end: 1,
      text: text.slice(0, 1),
    })),
    commitments,
    relations: [],
  };
  const result = resolveTopicRemention(extraction);
  return result.commitments.find((c) => c.trigger === trigger)!.about;
}

const CASES: readonly {
  text: string;
  triggers: string[];
  trigger: string;
  mentioned?: string[];
  linked: string[];
}[] = [
  {
    // The name repeated inside a longer phrase of the clause.
    text: 'We intend to collaborate in the clean energy transition across the product lifecycle.',
    triggers: ['intend to'],
    trigger: 'intend to',
    linked: ['topic:clean-energy-transition'],
  },
  {
    // Hyphens for spaces and a plural: still the name.
    text: 'We will deepen cooperation on critical-and-emerging technologies.',
    triggers: ['will deepen'],
    trigger: 'will deepen',
    linked: ['topic:critical-and-emerging-technologies'],
  },
  {
    // Two words only: "food security" recurs inside phrases about other things.
    text: 'We will respond to regional food security challenges.',
    triggers: ['will respond'],
    trigger: 'will respond',
    linked: [],
  },
  {
    // A bare pair of two topics: "Indigenous women and girls" is about Indigenous people.
    text: 'We will build societies where Indigenous women and girls can live and lead.',
    triggers: ['will build'],
    trigger: 'will build',
    linked: [],
  },
  {
    // Inside a proper name: the Convention, not the topic.
    text: 'We reiterate the importance of the United Nations Convention on the Law of the Sea.',
    triggers: ['reiterate the importance'],
    trigger: 'reiterate the importance',
    linked: [],
  },
  {
    // The repetition belongs to the next clause, not to the first.
    text: 'We welcome the report and will support the clean energy transition.',
    triggers: ['welcome', 'will support'],
    trigger: 'welcome',
    linked: [],
  },
  {
    // The sentence mentions the topic already: the scope rules decided where it goes.
    text: 'We welcome the report and will support the clean energy transition.',
    triggers: ['welcome', 'will support'],
    trigger: 'will support',
    mentioned: ['topic:clean-energy-transition'],
    linked: [],
  },
  {
    // Another case than the name's: the pattern is case-blind (and its ASCII pre-check too).
    text: 'We will support the INDO-PACIFIC economic framework.',
    triggers: ['will support'],
    trigger: 'will support',
    linked: ['topic:indo-pacific-economic-framework'],
  },
  {
    // A first word outside ASCII: no pre-check, the pattern alone decides.
    text: 'We will conduct the élysée treaty review together.',
    triggers: ['will conduct'],
    trigger: 'will conduct',
    linked: ['topic:elysee-treaty-review'],
  },
  {
    // A plural in "-ies" of the last word: the pre-check reads the words before it only.
    text: 'We will build supply chain resiliencies in the region.',
    triggers: ['will build'],
    trigger: 'will build',
    linked: ['topic:supply-chain-resiliency'],
  },
  {
    // The same topic in a second statement: its remembered pattern still matches.
    text: 'We intend to collaborate in the clean energy transition across the product lifecycle.',
    triggers: ['intend to'],
    trigger: 'intend to',
    linked: ['topic:clean-energy-transition'],
  },
];

describe('a clause repeating a document topic name links it', () => {
  it.each(CASES)('"$trigger" in "$text"', ({ text, triggers, trigger, mentioned, linked }) => {
    expect(aboutOf(text, triggers, trigger, mentioned)).toEqual(linked);
  });
});
