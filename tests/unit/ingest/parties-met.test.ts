/**
 * Who held a joint body's meeting (ingest/commitments/partiesMet.ts): the parties as subject of
 * "held the … meeting(s) of the <Body>" or "met in the <Body>" make its participants the parties;
 * the body as its own subject ("The Task Force … met") keeps them the body.
 */
import { describe, expect, it } from 'vitest';
import { partiesMet } from '../../../ingest/commitments/partiesMet';
import type { EntityHit } from '../../../ingest/types';

const SIGNATORIES = ['country:jpn', 'country:usa'];

/** One sentence at offset 0, with a Country hit for each name found in it. */
function check(text: string, signatories = SIGNATORIES): boolean {
  const names: [string, string][] = [
    ['Japan', 'country:jpn'],
    ['the United States', 'country:usa'],
  ];
  const hits: EntityHit[] = names
    .filter(([name]) => text.includes(name))
    .map(([name, entityId]) => {
      const start = text.indexOf(name);
      return { entityId, type: 'Country', start, end: start + name.length, text: name };
    });
  return partiesMet([{ index: 0, start: 0, text }], new Map([[0, hits]]), signatories);
}

describe('partiesMet', () => {
  it('takes the parties holding the body’s meetings', () => {
    expect(
      check(
        'Japan and the United States recently held the first meetings of the Energy Steering Groups.',
      ),
    ).toBe(true);
    expect(check('Officials of Japan and the United States met in the Joint Working Group.')).toBe(
      true,
    );
  });

  it('leaves the body that meets as itself, and meetings of no body', () => {
    expect(check('The Energy Task Force met in Tokyo with Japan and the United States.')).toBe(
      false,
    );
    expect(check('Japan and the United States held a meeting of their leaders in Tokyo.')).toBe(
      false,
    );
    expect(check('The leaders of Japan and the United States held a meeting of the Council.')).toBe(
      false,
    );
    expect(
      check('Japan and the United States held the first meeting of the Steering Group.', [
        'country:usa',
      ]),
    ).toBe(false);
  });
});
