/**
 * The lexicon's aliases of one entity, in lexicon order, from an index built once per lexicon:
 * a filter of the whole alias list (thousands of entries) for one entity's few was a scan per
 * name asked about.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';

const indexes = new WeakMap<Lexicon, Map<string, LexiconAlias[]>>();
const NONE: readonly LexiconAlias[] = [];

export function aliasesOf(lexicon: Lexicon, entityId: string): readonly LexiconAlias[] {
  let index = indexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const alias of lexicon.aliases) {
      const list = index.get(alias.entityId);
      if (list) list.push(alias);
      else index.set(alias.entityId, [alias]);
    }
    indexes.set(lexicon, index);
  }
  return index.get(entityId) ?? NONE;
}
