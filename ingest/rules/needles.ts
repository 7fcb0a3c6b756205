/**
 * A cheap prefilter for a frame: words at least one of which must occur in a sentence for the
 * frame to match, read off the frame's mandatory parts (a literal word, a mandatory (a|b) group,
 * or a {V:…} slot's forms; the first word of each alternative). A lookup of these among the
 * sentence's words skips most regex runs, which keeps the
 * extractor's speed with dozens of frames.
 */

type Forms = (lemma: string) => string[];

const COMMON = new Set(['that', 'their', 'with', 'from', 'have', 'this', 'will', 'they']);

function candidates(frame: string, formsOf: Forms): string[][] {
  const found: string[][] = [];
  let i = 0;
  while (i < frame.length) {
    const char = frame[i]!;
    if (char === '{' || char === '(') {
      const close = char === '{' ? '}' : ')';
      let depth = 0;
      let j = i;
      for (; j < frame.length; j++) {
        if (frame[j] === char) depth++;
        else if (frame[j] === close && --depth === 0) break;
      }
      const inner = frame.slice(i + 1, j);
      const optional = /^[?*]|^\{0,/.test(frame.slice(j + 1));
      if (!optional && char === '{' && inner.startsWith('V:'))
        found.push(inner.slice(2).split('|').flatMap(formsOf));
      if (!optional && char === '(' && /^[\p{Ll} |'-]+$/u.test(inner))
        found.push(inner.split('|').map((alternative) => alternative.trim().split(' ')[0]!));
      i = j + 1;
      continue;
    }
    const word = /^\p{Ll}[\p{Ll}'-]*/u.exec(frame.slice(i));
    if (word) {
      const optional = frame[i + word[0].length] === '?';
      if (!optional && word[0].length >= 3) found.push([word[0]]);
      i += word[0].length;
      continue;
    }
    i++;
  }
  // A set with a function word in it ("the", "that", "on") filters nothing.
  return found.filter(
    (set) => set.length > 0 && set.every((needle) => needle.length >= 4 && !COMMON.has(needle)),
  );
}

/** The most selective needle set of `frame` (fewest alternatives), or undefined if none. */
export function needlesOf(frame: string, formsOf: Forms): string[] | undefined {
  const sets = candidates(frame, formsOf);
  sets.sort(
    (a, b) =>
      a.length - b.length ||
      Math.min(...b.map((n) => n.length)) - Math.min(...a.map((n) => n.length)),
  );
  return sets[0];
}
