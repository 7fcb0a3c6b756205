/**
 * A quantified part of a chair's forum as subject ("Most members strongly condemn …", "Some
 * Leaders objected to …") is an unnamed collective of its own, named by quantifier, forum and noun,
 * not the forum (CONVENTIONS 7, s37 ruling; ingest/entities/forumParts.ts). "We" and an
 * unquantified subject stay the forum, and no other statement declares such a part.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const BODY = [
  'We exchanged views on the ongoing crisis in Gaza.',
  'Most members strongly condemn the aggression against Ukraine.',
  'Some Leaders objected to the inclusion of this language.',
  'Some Leaders also reaffirmed their support for the WTO.',
].join('\n\n');

function extractWith(title: string) {
  return extractText(title, BODY, 'forum-parts');
}

function actorsBySentence(title: string): Map<string, string[]> {
  const result = extractWith(title);
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return new Map(
    result.commitments.map((c) => [c.text, c.actors.map((id) => names.get(id) ?? id)]),
  );
}

describe('forum parts in a chair’s statement', () => {
  it('declares each quantified part as a collective acting for itself', () => {
    const actors = actorsBySentence('Chair’s Statement on the APEC Economic Leaders’ Meeting');
    expect(actors.get('We exchanged views on the ongoing crisis in Gaza.')).toEqual(['APEC']);
    expect(actors.get('Most members strongly condemn the aggression against Ukraine.')).toEqual([
      'most APEC members',
    ]);
    // The same phrase twice is one collective.
    expect(actors.get('Some Leaders objected to the inclusion of this language.')).toEqual([
      'some APEC Leaders',
    ]);
    expect(actors.get('Some Leaders also reaffirmed their support for the WTO.')).toEqual([
      'some APEC Leaders',
    ]);
  });

  it('reads no part outside a chair’s statement', () => {
    const names = extractWith('Joint Statement of the United States and Japan').entities.map(
      (entity) => entity.name,
    );
    expect(names.filter((name) => /^(?:most|some) /.test(name))).toEqual([]);
  });
});
