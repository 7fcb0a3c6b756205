/**
 * `aliasesOf` (ingest/entities/entityAliases.ts) gives what a filter of the whole alias list by
 * entity gives, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { aliasesOf } from '../../../ingest/entities/entityAliases';
import { type Lexicon, lexicon as loadLexicon } from '../../../ingest/lexicon';

const hand: Lexicon = {
  entities: new Map(),
  learnt: [],
  aliases: [
    { alias: 'Treaty', entityId: 'instrument:a' },
    { alias: 'Japan', entityId: 'country:jpn' },
    { alias: 'U.S.-Japan Treaty', entityId: 'instrument:a' },
    { alias: 'Japanese', entityId: 'country:jpn', adjectival: true },
    { alias: 'The Treaty', entityId: 'instrument:a' },
  ],
};

describe('aliasesOf', () => {
  it("gives an entity's aliases in lexicon order", () => {
    expect(aliasesOf(hand, 'instrument:a').map((a) => a.alias)).toEqual([
      'Treaty',
      'U.S.-Japan Treaty',
      'The Treaty',
    ]);
    expect(aliasesOf(hand, 'country:jpn').map((a) => a.alias)).toEqual(['Japan', 'Japanese']);
  });

  it('gives none for an entity the lexicon does not list', () => {
    expect(aliasesOf(hand, 'country:xyz')).toEqual([]);
  });

  it('matches the filter of the whole list for every entity of the real lexicon', () => {
    const lexicon = loadLexicon();
    for (const id of new Set(lexicon.aliases.map((a) => a.entityId)))
      expect(aliasesOf(lexicon, id)).toEqual(lexicon.aliases.filter((a) => a.entityId === id));
  });
});
