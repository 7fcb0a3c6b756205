/**
 * Where the sweep (./fastSweep.ts) files each post-tagger pattern: under a key the clause must
 * have for the pattern to pass compromise's filters (`trimDown`), chosen so that as few
 * patterns as possible are looked at in clauses they fail. Any such key gives the same
 * candidates; only how many are looked at for nothing changes.
 */

/** The fields of a pattern its filters read (see compromise's sweep/methods/buildNet). */
interface Filtered {
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** A pattern's fields its filters read, in one shape (its own vary with the pattern's options). */
export class Filter {
  readonly needs: string[];
  readonly ifNo: string[];
  readonly wants: string[];
  readonly minWant: number;
  readonly minWords: number;
  constructor(m: Filtered) {
    this.needs = m.needs;
    this.ifNo = m.ifNo ?? [];
    this.wants = m.wants;
    this.minWant = m.minWant;
    this.minWords = m.minWords;
  }

  /** `trimDown`'s filters and `tooSmall`'s length check (as fastSweep's `passes`). */
  passes(haves: Set<string>, termCount: number): boolean {
    if (termCount < this.minWords) return false;
    for (const need of this.needs) if (!haves.has(need)) return false;
    for (const no of this.ifNo) if (haves.has(no)) return false;
    if (this.wants.length > 0) {
      let found = 0;
      for (const want of this.wants) if (haves.has(want)) found++;
      if (found < this.minWant) return false;
    }
    return true;
  }
}

/**
 * The keys a pattern can be filed under: each of its needs alone (a clause without it fails
 * the filters), and all its wants together when it must have at least one.
 */
function anchorsOf({ needs, wants, minWant }: Filter): string[][] {
  const anchors = needs.map((need) => [need]);
  if (minWant >= 1 && wants.length > 0) anchors.push(wants);
  return anchors;
}

/** Before any clause is counted: a word is rarer in a clause than a tag or a switch. */
export const firstGuess = (key: string) => (key.startsWith('#') || key.startsWith('%') ? 1000 : 1);

/**
 * Each pattern filed under the anchor whose keys stand in the fewest clauses by `rarity` (the
 * sum of its keys'), the first on a tie. Any anchor gives the same candidates: only how many
 * patterns are looked at for nothing changes.
 */
export function fileEntries<Entry extends { filter: Filter }>(
  entries: Iterable<Entry>,
  rarity: (key: string) => number,
): Map<string, Entry[]> {
  const anchored = new Map<string, Entry[]>();
  for (const entry of entries) {
    let best: string[] = [];
    let cost = Number.POSITIVE_INFINITY;
    for (const anchor of anchorsOf(entry.filter)) {
      const sum = anchor.reduce((total, key) => total + rarity(key), 0);
      if (sum < cost) [best, cost] = [anchor, sum];
    }
    for (const key of best) {
      const list = anchored.get(key);
      if (list) list.push(entry);
      else anchored.set(key, [entry]);
    }
  }
  return anchored;
}
