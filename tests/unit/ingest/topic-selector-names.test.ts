/**
 * Name-complement candidates of the learnt topic selector (ingest/topics/selector/nameComplements.ts):
 * "head (+ modifiers) + preposition + a recognised name" is offered where the name ends the noun
 * phrase and no name or rule topic holds the head; every feature of such a row carries its own
 * prefix, and its rows come after the ordinary ones.
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { laterBound, mayPass } from '../../../ingest/topics/selector/bound';
import { rowGoldFeatures } from '../../../ingest/topics/selector/goldFeatures';
import { tableStats } from '../../../ingest/topics/selector/model';
import { NAME_PREFIX } from '../../../ingest/topics/selector/nameComplements';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import { memoryDocument } from '../../support/extractText';

function rowsOf(body: string) {
  const { extraction, terms } = extractByRules(memoryDocument('Joint Statement', body, 't'));
  return candidateRows(extraction, terms, lexicon());
}

describe('name-complement candidates', () => {
  const cases: [string, string[], string[]][] = [
    [
      'The leaders called for the full implementation of the Paris Agreement, and discussed ongoing cooperation on ASEAN.',
      [
        'implementation of the Paris Agreement',
        'full implementation of the Paris Agreement',
        'cooperation on ASEAN',
      ],
      [],
    ],
    // The name modifies a noun after it: the phrase goes on, no candidate ends in the name.
    [
      'The two leaders called for the swift implementation of the Paris Agreement goals.',
      [],
      ['implementation of the Paris Agreement', 'swift implementation of the Paris Agreement'],
    ],
    // A possessive name owns what follows; a capitalised head is a title.
    [
      'We are committed to the security of Japan’s southwestern islands and support the Secretary of State of Ukraine.',
      [],
      ['security of Japan', 'Secretary of State of Ukraine'],
    ],
    // A participle before a noun goes on with the phrase; who acts is no topic.
    [
      'The United States and Singapore condemned the armed attack on Philippine armed forces and welcomed regional partners in Southeast Asia.',
      [],
      [
        'armed attack on Philippine',
        'regional partners in Southeast Asia',
        'partners in Southeast Asia',
      ],
    ],
    // One of coordinated names: the head is all of theirs.
    [
      'The United States and Japan called for the implementation of the Paris Agreement and the Kunming-Montreal Global Biodiversity Framework.',
      [],
      ['implementation of the Paris Agreement'],
    ],
    // A participle ending the sentence after the name.
    ['The United States condemned the violence in Haiti continuing.', [], []],
    [
      'The leaders discussed the humanitarian situation in Haiti.',
      ['situation in Haiti', 'humanitarian situation in Haiti'],
      [],
    ],
  ];
  it.each(cases)('%s', (body, offered, absent) => {
    const texts = rowsOf(body)
      .filter((row) => row.nameHead !== undefined)
      .map((row) => row.text);
    for (const text of offered) expect(texts).toContain(text);
    for (const text of absent) expect(texts).not.toContain(text);
  });

  it('prefixes every feature, reads the head noun, and comes after the ordinary rows', () => {
    const rows = rowsOf(
      'The United States and Japan called for the full implementation of the Paris Agreement and a new clean energy partnership.',
    );
    const first = rows.findIndex((row) => row.nameHead !== undefined);
    expect(first).toBeGreaterThan(0);
    expect(rows.slice(first).every((row) => row.nameHead !== undefined)).toBe(true);
    const row = rows[first]!;
    expect(row.nameHead).toBe('implementation');
    expect(row.features.every((f) => f.startsWith(NAME_PREFIX))).toBe(true);
    expect(row.features).toContain('pn:head+prep:implementation|of');
    expect(row.features).toContain('pn:type:Instrument');
    const stats = tableStats(new Map(), new Map([['implementation', 7]]));
    expect(rowGoldFeatures(row, stats)).toContain('pn:goldHead:4+');
    expect(rowGoldFeatures({ key: 'clean energy' }, stats)).toContain('goldHead:0');
  });

  it('bounds its later features by its own families', () => {
    const weights = new Map([
      ['phrase:a', 0.5],
      ['pn:phrase:a', 2],
      ['pn:bias', -1],
    ]);
    expect(laterBound(weights)).toBeCloseTo(0.5, 12);
    expect(laterBound(weights, NAME_PREFIX)).toBeCloseTo(2, 12);
    // -1 + 2 reaches 0.6's log-odds (0.405); -1 + 0.5 would not.
    expect(mayPass(weights, 0.6, ['pn:bias'], [])).toBe(true);
  });
});
