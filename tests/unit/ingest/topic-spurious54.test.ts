/**
 * Session 54's census of spurious topics (bench/topicSpurious.ts): heads and modifiers the gold
 * never keeps, as data in data/rules/topic-quality.json. A rating adjective ('urgent') is dropped
 * like 'pressing'; the plurals 'goals' and 'aims' are relational heads as their singulars are, and
 * a named owner's 'territory' is that place, not a topic (the Country or Region is named apart),
 * and 'commitment' before a named party is the stance, not a topic.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { extractText } from '../../support/extractText';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

const ROWS: [raw: string, topics: string[]][] = [
  ['the urgent needs', []],
  ['urgent humanitarian assistance', ['humanitarian assistance']],
  ['the goals of the Paris Agreement', []],
  ['the aims of the Alliance', []],
  ['the territory of Ukraine', []],
  ['the gains of the Belfast/Good Friday Agreement', []],
  ['the meaning of Title III of the Defense Production Act', []],
  // Kept: the territory as the thing acted on or defended, and a kind of territory.
  ['the annexation of Ukrainian territory', ['annexation of Ukrainian territory']],
  ['occupied territories', ['occupied territories']],
  // A stance word before its party ('commitment to Tunisia') names the party, not a topic.
  ['the commitment to Tunisia', []],
  ['support for Ukraine', ['support for Ukraine']],
];

describe('spurious topics (session 54)', () => {
  it.each(ROWS)('%s → %j', (raw, topics) => {
    expect(topicPhrases(raw, known)).toEqual(topics);
  });

  it('names the withdrawal, not the territory it is from', () => {
    const x = extractText(
      'Joint Statement of the United States and Canada',
      'The leaders called for the withdrawal of Russian forces from the territory of Ukraine.',
      'territory',
    );
    const topics = x.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
    expect(topics).toContain('withdrawal of Russian forces');
    expect(topics).not.toContain('territory of Ukraine');
  });
});
