/**
 * The topic pass's tags for `phrase`'s words, read inside a commitment sentence (the tagger looks
 * at neighbouring words, so a phrase tagged alone would be tagged differently). Shared by the
 * pair-rule tests (modifierPair, modifierOverPair, pairKinds).
 */
import { tagTexts } from '../../ingest/entities/tagger';
import { wordTags } from '../../ingest/topics/standalone';

export function phraseTags(phrase: string, verb = 'expand'): ReturnType<typeof wordTags> {
  const sentence = `We will ${verb} ${phrase} across the region.`;
  const terms = tagTexts([sentence])[0]!;
  const start = sentence.indexOf(phrase);
  return wordTags(terms, { start, end: start + phrase.length });
}
