/**
 * The texts the gold files declare as names, as a trie of their words, built once when the name
 * finder's model loads (nameFinderModel.ts). The finder that adds only gold-declared texts
 * ('known', nameFinder.ts) walks it over a sentence's words (learntCandidates.ts): a span is
 * offered only when its words spell a declared text, and a run stops as soon as its words are no
 * declared text's beginning. Session 51 looked every capitalised sub-span up instead (up to ten a
 * word, each folded and sliced), which cost +25–50 % of extraction CPU on the bench.
 *
 * The texts come as keys (`nameKey` of nameFinderModel.ts: quotes and spaces folded, lower case),
 * and the walk folds each word alike: a key is its words' keys joined by one space, so the walk
 * reaches exactly the spans whose key is declared.
 */

export interface DeclaredNode {
  /** A declared text ends here. */
  end: boolean;
  /** Undefined on a leaf: most nodes end a text, and a map each would double the trie's memory. */
  next?: Map<string, DeclaredNode>;
}

export interface DeclaredTexts {
  readonly root: DeclaredNode;
  /** How many texts it holds. */
  readonly size: number;
}

const node = (): DeclaredNode => ({ end: false });

/** The trie of `keys`, each already folded by `nameKey`. */
export function declaredTexts(keys: Iterable<string>): DeclaredTexts {
  const root = node();
  let size = 0;
  for (const key of keys) {
    if (!key) continue;
    let at = root;
    for (const token of key.split(' ')) {
      at.next ??= new Map();
      let child = at.next.get(token);
      if (!child) {
        child = node();
        at.next.set(token, child);
      }
      at = child;
    }
    if (!at.end) size++;
    at.end = true;
  }
  return { root, size };
}
