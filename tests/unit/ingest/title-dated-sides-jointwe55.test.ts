/**
 * Session 55 (jointwe55): a joint statement's title naming a leader by title and surname of a
 * dated term ("Joint statement by President Biden and President Macron") gives that leader's
 * country as a side of "we", read on the document's date as the body's mentions are; out of the
 * term, or with no date, the surname stays unresolved and adds no side. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

const USA = 'country:usa';

function weActors(title: string, date: string | undefined): string[][] {
  const result = extract({
    path: 'memory/title-dated-sides-jointwe55.txt',
    basename: 'title-dated-sides-jointwe55',
    format: 'text',
    title,
    ...(date ? { date } : {}),
    body: 'The exchange of fire threatens a much broader conflict. We call for an immediate ceasefire along the border.',
    sha256: 'e'.repeat(64),
  });
  return result.commitments
    .filter((c) => /call for/.test(c.trigger))
    .map((c) => [...c.actors].sort());
}

describe('a dated titled surname in a joint title is a side of "we"', () => {
  it.each([
    [
      'President Macron',
      'Joint statement by President Biden and President Macron',
      '2024-09-25',
      [USA, 'country:fra'],
    ],
    [
      'Prime Minister Meloni',
      'Joint Statement from President Biden and Prime Minister Meloni',
      '2023-07-27',
      [USA, 'country:ita'],
    ],
    [
      'Prime Minister Trudeau in his term',
      'Joint Statement by President Biden and Prime Minister Trudeau',
      '2023-03-24',
      [USA, 'country:can'],
    ],
    [
      'Prime Minister Trudeau after his term',
      'Joint Statement by President Biden and Prime Minister Trudeau',
      '2025-06-01',
      [USA],
    ],
    ['no date', 'Joint statement by President Biden and President Macron', undefined, [USA]],
  ])('%s', (_case, title, date, actors) => {
    expect(weActors(title, date)).toEqual([[...actors].sort()]);
  });
});
