/**
 * What the gold files say of phrases, for the selector's gold features (selector/goldFeatures.ts):
 * in how many files a phrase is a topic, a candidate or a topic's head, with any one file's own
 * contribution left out on demand, so a training row never reads its own file's labels.
 */
import type { PhraseStats } from '../topics/selector/goldFeatures';
import type { TrainingFile } from './selectorTraining';

/** What gold files say of phrases, with any one file's own contribution left out on demand. */
export class GoldCounts {
  readonly named = new Map<string, number>();
  readonly seen = new Map<string, number>();
  readonly heads = new Map<string, number>();
  private readonly own = new Map<
    string,
    { named: ReadonlySet<string>; seen: Set<string>; heads: Set<string> }
  >();

  constructor(files: readonly TrainingFile[]) {
    for (const file of files) {
      const seen = new Set([...file.named, ...file.rows.map((row) => row.key)]);
      const heads = new Set([...file.named].map(headOf));
      this.own.set(file.base, { named: file.named, seen, heads });
      for (const key of file.named) increment(this.named, key);
      for (const key of seen) increment(this.seen, key);
      for (const head of heads) increment(this.heads, head);
    }
  }

  /** The counts of every file but `base`. */
  without(base: string): PhraseStats {
    const own = this.own.get(base);
    const minus = (set: ReadonlySet<string> | undefined, key: string) => (set?.has(key) ? 1 : 0);
    return {
      named: (key) => (this.named.get(key) ?? 0) - minus(own?.named, key),
      seen: (key) => (this.seen.get(key) ?? 0) - minus(own?.seen, key),
      head: (head) => (this.heads.get(head) ?? 0) - minus(own?.heads, head),
    };
  }
}

function headOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

export function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
