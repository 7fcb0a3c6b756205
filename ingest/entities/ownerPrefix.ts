/**
 * The owners' prefix of a name (prefixedNames.ts): a leading run of country or body names joined
 * by hyphens, each with an optional "(ACR)", then a space before a name of two words or more
 * ("U.S.-ROK Nuclear Consultative Group", "ASEAN Five-Point Consensus").
 *
 * A walk with set lookups in the order a backtracking regex would try its alternatives (the
 * longest owner first, the acronym taken before left out, one more hyphenated owner before
 * none), so it finds the same prefix as
 * `^OWNER(?:-OWNER){0,3} (?=[A-Z]\S* \S)` with `OWNER = (?:name|…)(?: \([A-Z]{2,5}\))?`.
 * That regex alternated every country and body name of the lexicon: V8 compiled it again and
 * again (its code is dropped between uses), and that cost most of the merge's time.
 */

export interface Owners {
  names: ReadonlySet<string>;
  /** The longest name's length: no owner ends further from where it starts. */
  longest: number;
}

/** What the name left after the prefix must open with: a capitalised word, a space, more. */
const NAME_LEFT = /\p{Lu}\S* \S/uy;

const SPACE = 32;
const HYPHEN = 45;

/** Length of a " (ACR)" at `at` (two to five capitals), or 0. */
function acronymAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== SPACE || text.charCodeAt(at + 1) !== 40) return 0;
  let end = at + 2;
  while (end < text.length && end - at - 2 < 6) {
    const code = text.charCodeAt(end);
    if (code < 65 || code > 90) break;
    end++;
  }
  const capitals = end - at - 2;
  return capitals >= 2 && capitals <= 5 && text.charCodeAt(end) === 41 ? capitals + 3 : 0;
}

/** Where the owners from `at` on can end, in the regex's order of trying. */
function ownerEnds(text: string, at: number, owners: Owners): number[] {
  const ends: number[] = [];
  const last = Math.min(text.length - 1, at + owners.longest);
  for (let end = last; end > at; end--) {
    // Whatever follows an owner (its acronym, a hyphen, the space) opens with a space or hyphen.
    const code = text.charCodeAt(end);
    if (code !== SPACE && code !== HYPHEN) continue;
    if (!owners.names.has(text.slice(at, end))) continue;
    const acronym = acronymAt(text, end);
    if (acronym > 0) ends.push(end + acronym);
    ends.push(end);
  }
  return ends;
}

/** End of the prefix after `count` owners ending at `at`, or -1. */
function rest(text: string, at: number, count: number, owners: Owners): number {
  if (count < 4 && text.charCodeAt(at) === HYPHEN) {
    for (const end of ownerEnds(text, at + 1, owners)) {
      const found = rest(text, end, count + 1, owners);
      if (found >= 0) return found;
    }
  }
  if (text.charCodeAt(at) !== SPACE) return -1;
  NAME_LEFT.lastIndex = at + 1;
  return NAME_LEFT.test(text) ? at + 1 : -1;
}

/** Length of the owners' prefix of `text` (with its space), 0 when there is none. */
export function ownerPrefixLength(text: string, owners: Owners): number {
  for (const end of ownerEnds(text, 0, owners)) {
    const found = rest(text, end, 1, owners);
    if (found >= 0) return found;
  }
  return 0;
}
