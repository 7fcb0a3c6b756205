/**
 * Topics for what commitments are about where no lexicon entry named it (extract.ts, fourth
 * step): the rules' derived topics, then the gold-learnt ones, each registered with a mention. Returns
 * the words the topic pass tagged, by sentence index, for the learnt selector's post-pass.
 */
import type { Commitment, Mention } from '../../contract/extraction';
import type { EntityRegistry } from '../entities/registry';
import { taggedScopes } from '../entities/taggedScopes';
import type { TaggedTerm } from '../entities/tagger';
import { deriveTopics } from '../entities/topicPhrases';
import { sentenceId } from '../ids';
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import { learntTopics } from '../topics/learnt';
import type { EntityHit } from '../types';

export function documentTopics(
  lexicon: Lexicon,
  basename: string,
  title: string | undefined,
  commitments: Commitment[],
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  registry: EntityRegistry,
  mentions: Mention[],
): Map<number, TaggedTerm[]> {
  const scopes = taggedScopes(commitments, sentences);
  const rules = deriveTopics(commitments, sentences, hitsBySentence, title, scopes);
  // Then gold-learnt topics, where neither a name nor a longer derived topic stands.
  const learnt = learntTopics(lexicon, sentences, commitments, hitsBySentence, rules);
  const derived = rules.filter((topic) => !learnt.replaced.has(topic)).concat(learnt.found);
  for (const topic of derived) {
    // A distributed head ("nuclear programs" from "nuclear and missile programs") is named for
    // itself; the coordination it was read in is its evidence, not its alias.
    if (topic.name) registry.ensure(topic.hit.entityId, 'Topic', topic.name);
    else registry.addHit(topic.hit);
    mentions.push({
      entityId: topic.hit.entityId,
      sentenceId: sentenceId(basename, topic.sentenceIndex),
      start: topic.hit.start,
      end: topic.hit.end,
      text: topic.hit.text,
    });
  }
  const terms = new Map<number, TaggedTerm[]>();
  for (const [sentence, words] of scopes.termsBySentence) terms.set(sentence.index, words);
  return terms;
}
