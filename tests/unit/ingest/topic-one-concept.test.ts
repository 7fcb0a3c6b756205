/**
 * One concept is one Topic entity within a statement: the plural and singular forms, and a
 * heading's capitals, fold to one id (thesaurus.ts `topicIdFor`), so every mention and every
 * commitment's `about` land on the same entity, not on a duplicate the one-to-one scoring rejects.
 */
import { describe, expect, it } from 'vitest';
import { entityIdFor } from '../../../ingest/entities/candidateAt';
import { foldLabel, topicIdFor } from '../../../ingest/topics/thesaurus';
import { extractText } from '../../support/extractText';

describe('topicIdFor: one id per folded label', () => {
  it.each([
    ['digital economy', 'digital economies'],
    ['Strategic Partnership', 'strategic partnership'],
    ['air defense', 'air defenses'],
    ['technical assistance', 'technical assistances'],
    ['natural gas supply', 'natural gas supplies'],
    ['semi-conductor supply chains', 'semiconductor supply chain'],
  ])('%s ≡ %s', (a, b) => {
    expect(topicIdFor(a)).toBe(topicIdFor(b));
    expect(entityIdFor('Topic', a)).toBe(entityIdFor('Topic', b));
  });

  it.each([
    ['energy security', 'food security'],
    ['maritime security', 'maritime safety'],
  ])('%s ≠ %s', (a, b) => {
    expect(topicIdFor(a)).not.toBe(topicIdFor(b));
  });

  it('leaves named entities to their own ids', () => {
    expect(entityIdFor('Program', 'Partnerships for Peace')).toBe('program:partnerships-for-peace');
  });
});

describe('extraction: no two Topic entities of one folded name', () => {
  it('merges the plural and singular forms of a topic in one statement', () => {
    const x = extractText(
      'Joint Statement on Air Defense Cooperation',
      'The two countries will deliver additional Patriot batteries to the region. ' +
        'Each Patriot battery will be operated by trained crews. ' +
        'The leaders committed to strengthening air defenses across the region. ' +
        'They will expand cooperation on air defense.',
    );
    const topics = x.entities.filter((e) => e.type === 'Topic');
    const folded = topics.map((t) => foldLabel(t.name));
    expect(new Set(folded).size).toBe(folded.length);
    const ids = new Set(topics.map((t) => t.id));
    for (const c of x.commitments)
      for (const id of c.about) expect(x.entities.some((e) => e.id === id)).toBe(true);
    for (const m of x.mentions)
      if (m.entityId.startsWith('topic:')) expect(ids.has(m.entityId)).toBe(true);
  });
});
