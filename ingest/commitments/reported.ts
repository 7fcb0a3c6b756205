/**
 * "He reiterated that the United States opposes any unilateral changes …, that we expect
 * cross-Strait differences to be resolved by peaceful means, and that the world has an interest
 * in …": the first complement is the inner stance's (subjectStance.ts), a later coordinated
 * complement with no stance of its own is the reiteration's (gold README, session 10). With no
 * such complement the reiteration is only the inner stance's frame, and is dropped.
 */
import type { Accepted } from './decision';

/** Where a further complement of the same verb opens: ", that", ", and that". */
const NEXT_COMPLEMENT = /,\s*(?:and\s+)?that\s/g;

export function reiterationScopes(accepted: Accepted[], text: string): Accepted[] {
  const dropped = new Set<Accepted>();
  accepted.forEach((inner, i) => {
    const reporter = accepted[i - 1];
    if (!inner.reported || !reporter) return;
    const opens = [...text.slice(inner.trigger.end).matchAll(NEXT_COMPLEMENT)].map(
      (match) => inner.trigger.end + match.index,
    );
    const later = accepted.slice(i + 1).map((item) => item.trigger.start);
    const free = opens.findIndex((start, k) => {
      const end = opens[k + 1] ?? text.length;
      return !later.some((at) => at > start && at < end);
    });
    if (free < 0) {
      dropped.add(reporter);
      return;
    }
    const start = opens[free]!;
    inner.until = Math.min(inner.until ?? text.length, opens[0]!);
    reporter.scope = { start, end: opens[free + 1] ?? text.length };
  });
  return accepted.filter((item) => !dropped.has(item));
}
