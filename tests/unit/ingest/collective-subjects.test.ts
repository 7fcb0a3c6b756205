/**
 * Unnamed collectives that act for themselves (CONVENTIONS 3.4, 7; ingest/entities/
 * collectiveSubjects.ts): a subject whose head is a collective of data/rules/collectives.json is
 * declared as an Organization named as written; state heads only after a count; an anaphor
 * ("These firms", "The firms"), a party noun ("Our countries") or a named group's members
 * ("CRI members") are not.
 */
import { describe, expect, it } from 'vitest';
import { findCollectiveSubjects } from '../../../ingest/entities/collectiveSubjects';
import { normalise } from '../../../ingest/normalise';
import { segment } from '../../../ingest/segment';
import type { EntityHit } from '../../../ingest/types';
import { extractText } from '../../support/extractText';

function collectives(text: string): string[] {
  const { sentences } = segment(normalise(text));
  const hits = new Map<number, EntityHit[]>();
  findCollectiveSubjects(sentences, hits);
  return [...hits.values()].flat().map((hit) => `${hit.text} → ${hit.name}`);
}

describe('collective subjects', () => {
  it.each([
    ['Donors committed to continue working.', ['Donors → donors']],
    [
      'Indian companies are keen to participate in this project.',
      ['Indian companies → Indian companies'],
    ],
    [
      'UAE-based companies are exploring opportunities.',
      ['UAE-based companies → UAE-based companies'],
    ],
    [
      'Private sector financial institutions and philanthropists announced new platforms.',
      [
        'Private sector financial institutions → private sector financial institutions',
        'philanthropists → philanthropists',
      ],
    ],
    [
      'U.S.-supported humanitarian partners are also responding to the destruction.',
      ['U.S.-supported humanitarian partners → humanitarian partners'],
    ],
    [
      'A year into this conflict, the international community remains steadfast.',
      ['international community → international community'],
    ],
    [
      'Nearly one year after the invasion, 141 countries — from every continent — voted in favor.',
      ['141 countries → 141 countries'],
    ],
    [
      'An overwhelming majority of nations around the world condemn the war.',
      ['overwhelming majority of nations → overwhelming majority of nations'],
    ],
    ['These firms will identify at least $1 billion.', []],
    ['The firms seek to cooperate on activities globally.', []],
    ['Many companies have made great strides.', []],
    ['Our countries reaffirm their commitment.', []],
    ['The two countries reaffirmed their commitment.', []],
    ['Countries around the world condemn the war.', []],
    ['Companies in the region are investing.', []],
    ['Companies based in the region invested $200 billion.', []],
    ['The international community should come together in one voice.', []],
    ['The international community can be confident that our nations will work with the IAEA.', []],
  ])('%s', (text, expected) => {
    expect(collectives(text)).toEqual(expected);
  });

  const extractBody = (body: string) =>
    extractText('Statement from President Joe Biden on the UN Vote', body, 'collectives');

  it('declares no collective that only describes', () => {
    const result = extractBody('Companies are leaving Russia with unprecedented speed.');
    expect(result.entities.map((e) => e.name)).not.toContain('companies');
  });

  it('makes the collective the actor of its own stance clause', () => {
    const result = extractBody(
      'An overwhelming majority of nations recognize that Putin is attacking the foundations of global peace.',
    );
    const names = new Map(result.entities.map((e) => [e.id, e.name]));
    expect(result.commitments.map((c) => c.actors.map((id) => names.get(id)))).toEqual([
      ['overwhelming majority of nations'],
    ]);
  });
});
