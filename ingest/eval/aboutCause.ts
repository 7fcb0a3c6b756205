/**
 * The about-miss census by cause (session 51): which stage a missed gold `about` item is owed to.
 * `entity` — the item is never extracted, or not in this sentence (`not-extracted:*`,
 * `no-mention:*`): the entity or topic stage's miss, not the link's. `sibling` — another
 * commitment of the sentence links it (`sibling:*`: the gold has both clauses; `split:*`: the
 * extractor cut one gold clause in two). `span` — named in the sentence and linked by none: it
 * sits outside the span the linker reads (before the trigger, after a cue) or only inside a longer
 * name. Counted with the files they fall in: a class met in few files is a narrow rule's target.
 *
 * Session 51, K-fold (`--kfold`), 782 files: 8,054 misses on matched commitments; entity 7,410
 * (92 %: topic never extracted 4,843, topic not in the sentence 1,241, name 1,073 + 253), sibling
 * 415 (129 + 62 files), span 229; the 187 newest holdout files 2,001: entity 1,851, sibling 102,
 * span 48. Linking every sibling and span miss, and nothing else, would lift macro about recall
 * only 76.33 → 78.15 (those files 73.11 → 75.34). No rule found reached half precision: carrying
 * the clause before's items into a clause with an anaphor ("their release", "these channels")
 * 15–30 % right, a fronted frame into later clauses 20 %, a "by V-ing" means into its clause 49 %.
 */

export type AboutCause = 'entity' | 'sibling' | 'span';

/** The cause of a miss of aboutMissCli's class `cls`. */
export function causeOf(cls: string): AboutCause {
  if (cls.startsWith('not-extracted') || cls.startsWith('no-mention')) return 'entity';
  if (cls.startsWith('sibling') || cls.startsWith('split')) return 'sibling';
  return 'span';
}

/** Items and distinct files per cause, largest first. */
export function causeSummary(
  misses: readonly { cls: string; file: string }[],
): { cause: AboutCause; items: number; files: number }[] {
  const files = new Map<AboutCause, Set<string>>();
  const items = new Map<AboutCause, number>();
  for (const miss of misses) {
    const cause = causeOf(miss.cls);
    items.set(cause, (items.get(cause) ?? 0) + 1);
    const seen = files.get(cause) ?? new Set<string>();
    seen.add(miss.file);
    files.set(cause, seen);
  }
  return [...items]
    .map(([cause, count]) => ({ cause, items: count, files: files.get(cause)?.size ?? 0 }))
    .sort((a, b) => b.items - a.items);
}
