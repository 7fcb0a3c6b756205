/**
 * Session 25 topic candidates: a named owner's possessive before weak modifiers and a head the
 * thesaurus knows with the owner ("Russia's unprovoked aggression" is "Russia's aggression"),
 * and a vision of a region whose name is followed by the word "region".
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor } from '../../../ingest/topics/thesaurus';
import { aboutOf } from '../../support/readoutTopics';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

describe('an owner before weak modifiers', () => {
  it.each([
    ['Russia’s unprovoked aggression', 'Russia’s aggression'],
    ['Russia’s unjust and brutal aggression', 'Russia’s aggression'],
  ])('reads "%s" as the concept "%s" names', (raw, topic) => {
    expect(topicPhrases(raw, known)).toEqual([topic]);
  });

  it('leaves a possessive before a head the thesaurus does not know with it', () => {
    expect(topicPhrases('Canada’s continued leadership', known)).not.toContain(
      'Canada’s leadership',
    );
  });
});

describe('a vision of a region before the word "region"', () => {
  it('names the qualities and the region, without the word "region"', () => {
    const [about] = aboutOf(
      'The leaders reaffirmed their commitment to a more stable, secure, and prosperous Middle East region.',
    );
    expect(about).toContain('stable, secure, and prosperous Middle East');
  });
});
