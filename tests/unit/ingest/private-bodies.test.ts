/**
 * Companies the text names as such (entities/privateBodies.ts): by a noun of their kind or a
 * place glued to "-based" before the name, or a legal form ending it; other organizations stay
 * unflagged, and a flagged name that comes back bare is the same company.
 */
import { describe, expect, it } from 'vitest';
import { privateBodyIds, repeatPrivateBodies } from '../../../ingest/entities/privateBodies';
import type { SegmentedSentence } from '../../../ingest/segment';
import type { EntityHit } from '../../../ingest/types';

/** One sentence at offset 0 with an Organization hit on `name`. */
function one(text: string, name: string): [SegmentedSentence[], Map<number, EntityHit[]>] {
  const start = text.indexOf(name);
  const hit: EntityHit = {
    entityId: `organization:${name.toLowerCase().replace(/\W+/g, '-')}`,
    type: 'Organization',
    start,
    end: start + name.length,
    text: name,
  };
  return [[{ index: 0, start: 0, end: text.length, text, paragraph: 0 }], new Map([[0, [hit]]])];
}

describe('privateBodyIds', () => {
  it.each([
    ['Kenyan company Zeta Re announced a new product.', 'Zeta Re', true],
    ['The UAE-based Averill Capital will invest.', 'Averill Capital', true],
    ['The UAE-based Averill Capital and Amira Power will invest.', 'Amira Power', true],
    ['Food startup Evertable opened a store.', 'Evertable', true],
    ['Orvane Minerals Limited will open a plant.', 'Orvane Minerals Limited', true],
    ['Planet Lens PBC is investing across Africa.', 'Planet Lens PBC', true],
    ['The World Bank will provide financing.', 'World Bank', false],
    ['The Development Finance Corporation will invest.', 'Development Finance Corporation', false],
    ['The company welcomed the World Bank decision.', 'World Bank', false],
  ])('%s → %s flagged: %s', (text, name, flagged) => {
    const [sentences, hits] = one(text, name);
    expect(privateBodyIds(sentences, hits).size > 0).toBe(flagged);
  });
});

describe('repeatPrivateBodies', () => {
  it('reads a flagged name that comes back bare, never inside a longer name', () => {
    const first = 'Today, Ohio-based company Kestrel Solar joined the initiative.';
    const second = 'Kestrel Solar will build plants; Kestrel Solar Foundation will train workers.';
    const [sentences, hits] = one(first, 'Kestrel Solar');
    sentences.push({
      index: 1,
      start: first.length + 1,
      end: first.length + 1 + second.length,
      text: second,
      paragraph: 1,
    });
    repeatPrivateBodies(sentences, hits);
    expect((hits.get(1) ?? []).map((hit) => [hit.start - sentences[1]!.start, hit.text])).toEqual([
      [0, 'Kestrel Solar'],
    ]);
  });

  it('repeats nothing for an organization not named as a company', () => {
    const [sentences, hits] = one('The World Bank met. ', 'World Bank');
    sentences.push({ index: 1, start: 20, end: 40, text: 'World Bank will act.', paragraph: 1 });
    repeatPrivateBodies(sentences, hits);
    expect(hits.get(1)).toBeUndefined();
  });
});
