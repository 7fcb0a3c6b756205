/**
 * The one policy of the pure per-text memos (folded words and labels, slugs, tag parses, title
 * countries): a memo that reaches its limit is emptied before the next entry, so an archive-sized
 * run keeps memory flat and a cleared memo costs only recomputation.
 */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = 50_000): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
