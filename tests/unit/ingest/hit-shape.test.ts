/**
 * Every hit leaves recognition (and the passes after it that add hits: alliances, partnerships,
 * office holders) in one object shape, keys in one order: the extraction's steps are compiled for
 * that shape, and a hit built in a finder's own key order would deoptimise them (README,
 * Performance, session 19).
 */
import { describe, expect, it } from 'vitest';
import { documentEntities } from '../../../ingest/document/entities';
import { entityHit } from '../../../ingest/entities/hit';
import { lexicon } from '../../../ingest/lexicon';
import { normalise } from '../../../ingest/normalise';
import { segment } from '../../../ingest/segment';

const KEYS = ['entityId', 'type', 'start', 'end', 'text', 'adjectival', 'nested', 'name'];

const TITLE = 'Joint Statement of the United States and the Republic of Korea';
const BODY = [
  'President Joseph R. Biden, Jr. and President Yoon Suk Yeol of the Republic of Korea met today in Washington.',
  'The two leaders reaffirmed the ironclad alliance and their comprehensive strategic partnership.',
  'They welcomed the work of the Association of Southeast Asian Nations (ASEAN) and support ASEAN centrality.',
  'They condemned the DPRK’s ballistic missile launches and North Korean cyber theft.',
  'Secretary of State Antony Blinken and the U.S.-Japan-ROK trilateral partnership will advance climate cooperation.',
].join(' ');

describe('hit shape', () => {
  it('gives every hit of a document the same keys in the same order', () => {
    const text = normalise(BODY);
    const { paragraphs, sentences } = segment(text);
    const found = documentEntities(
      lexicon(),
      'shape',
      text,
      paragraphs,
      sentences,
      TITLE,
      undefined,
    );
    const hits = [...found.recognition.hitsBySentence.values()].flat();
    // Enough kinds of hit that a finder-built shape would show: officials, countries, an
    // adjectival form, an acronym defined and reused, the alliance.
    expect(new Set(hits.map((hit) => hit.type)).size).toBeGreaterThanOrEqual(3);
    expect(hits.length).toBeGreaterThan(8);
    for (const hit of hits) expect(Object.keys(hit), hit.text).toEqual(KEYS);
  });

  it('builds hits added after recognition in that shape', () => {
    expect(Object.keys(entityHit('topic:x', 'Topic', 0, 1, 'x'))).toEqual(KEYS);
    expect(Object.keys(entityHit('organization:x', 'Organization', 0, 1, 'x', 'X'))).toEqual(KEYS);
  });
});
