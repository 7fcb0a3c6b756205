/**
 * A cheap prefilter for a frame: words at least one of which must occur in a sentence for the
 * frame to match, read off the frame's mandatory parts (a literal word, a mandatory (a|b) group,
 * a {V:…} slot's forms, or such parts inside a positive lookaround, whose text the sentence
 * holds too; the first word of each alternative). A lookup of these among the sentence's words
 * skips most regex runs, which keeps the extractor's speed with hundreds of frames.
 */

type Forms = (lemma: string) => string[];

const COMMON = new Set(['that', 'their', 'with', 'from', 'have', 'this', 'will', 'they']);

/** Three-letter words most sentences hold: no needle, even read strictly (`selective`). */
const SHORT_COMMON = new Set(
  (
    'the and for are was our its his her has had not but all who can may any one two own new ' +
    'out yet now how why per via met'
  ).split(' '),
);

// ASCII on purpose below: these patterns read a frame's own syntax, its English words and slots.

/** A class of a space and/or a hyphen, not made optional by its quantifier. */
const SPACE_OR_HYPHEN = /^\[(?:- ?| -?)\](?![?*]|\{0,)/;

/** A positive lookahead or lookbehind: its words stand in the sentence as the match's do. */
const POSITIVE_LOOK = /^\?<?=/;

/** The top-level alternatives of a group's inner text, or undefined when a bracket is unbalanced. */
function alternativesOf(inner: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (char === '\\') i++;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === '|' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return depth === 0 ? out : undefined;
}

/**
 * Whether a word read off the frame ends the sentence's word too, from what follows it: a space,
 * a lookaround, the end of the part read, a group whose every alternative opens with a space
 * (when optional, what comes after it must end the word as well), or a mandatory class of a
 * space or hyphen ("rock[- ]solid"): `findTriggers` asks about the parts of a hyphenated word
 * too, so "rock" stands among its words in "rock-solid" as in "rock solid". Before any other
 * class, another group or a slot more letters may glue on.
 */
function endsWord(after: string): boolean {
  if (/^(?:$| |\(\?<?[=!])/.test(after)) return true;
  if (SPACE_OR_HYPHEN.test(after)) return true;
  if (!after.startsWith('(')) return false;
  let depth = 0;
  let j = 0;
  for (; j < after.length; j++) {
    if (after[j] === '(') depth++;
    else if (after[j] === ')' && --depth === 0) break;
  }
  const alternatives = alternativesOf(after.slice(1, j));
  if (!alternatives?.every((alternative) => alternative.startsWith(' '))) return false;
  const rest = after.slice(j + 1);
  return /^[?*]/.test(rest) ? endsWord(rest.slice(1)) : true;
}

/** A lookbehind for no word character: what follows starts a word of the sentence. */
// ASCII on purpose: the frame's own syntax, its `(?<![\w…])`.
const WORD_START_LOOK = /^\?<!\[\\w/;

/**
 * The words one of which a mandatory (a|b) group puts in the sentence: for each alternative, its
 * most selective needle set ("listen to" → listen, "(am|are|is) consulting" → consulting), or
 * the plain word and its plural where "s?" follows the group ("(aim|goal)s?"). Undefined when
 * some alternative has none: the sentence may then hold none of the others' words.
 */
function groupWords(alternatives: string[], after: string, formsOf: Forms): string[] | undefined {
  const groupPlural = /^s\?/.test(after) && endsWord(after.slice(2));
  if (!groupPlural && !endsWord(after)) return undefined;
  const words: string[] = [];
  for (const alternative of alternatives) {
    if (groupPlural) {
      // ASCII on purpose: a word of the frame.
      if (!/^[a-z][a-z'-]*$/.test(alternative)) return undefined;
      if (!selective([alternative], true)) return undefined;
      words.push(alternative, `${alternative}s`);
      continue;
    }
    const best = mostSelective(candidates(alternative, formsOf, true));
    if (!best) return undefined;
    words.push(...best);
  }
  return words;
}

/** A group of the frame's English words, with no letter glued on after it but an "s?". */
function plainGroup(inner: string, after: string): boolean {
  // ASCII on purpose: the frame's own words.
  return /^[a-z |'-]+$/.test(inner) && !/^(?!s\?)[a-z]/.test(after);
}

/**
 * Sets of needles read off `frame`, each a set one word of which a match puts in the sentence.
 * `strict` (inside a group or lookaround, read here for the first time) takes a word or group
 * only where it stands as a whole word of the sentence (a space, a word-start lookbehind or a
 * group ending in a space before it, or `start` at the part's start; a space, a lookaround or
 * the end after it) and "remains?" as both forms; the frame's own top level keeps its first
 * reading (a frame opens at a word start).
 */
function candidates(frame: string, formsOf: Forms, strict = false, start = true): string[][] {
  const found: string[][] = [];
  // Sets read strictly inside a group or lookaround, already judged selective there.
  const read: string[][] = [];
  // Strict reading: whether a word of the sentence starts here.
  let atStart = start;
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
      const after = frame.slice(j + 1);
      const optional = /^[?*]|^\{0,/.test(after);
      if (!optional && char === '{' && inner.startsWith('V:'))
        found.push(inner.slice(2).split('|').flatMap(formsOf));
      const look = inner.startsWith('?') && !inner.startsWith('?:');
      const alternatives = look ? undefined : alternativesOf(inner.replace(/^\?:/, ''));
      if (!optional && char === '(' && POSITIVE_LOOK.test(inner)) {
        const body = inner.replace(POSITIVE_LOOK, '');
        // ("(?=a|b)": either side may stand, so neither side's words are needed.)
        // (A lookahead reads on from here; where a lookbehind's text starts is not known.)
        const from = inner.startsWith('?=') && atStart;
        if (alternativesOf(body)?.length === 1) read.push(...candidates(body, formsOf, true, from));
      } else if (!optional && char === '(' && !strict && plainGroup(inner, after)) {
        // ("(cooperate|coordinate)s?": their -s forms stand too.)
        const words = inner.split('|').map((alternative) => alternative.trim().split(' ')[0]!);
        found.push(after.startsWith('s?') ? words.flatMap((word) => [word, `${word}s`]) : words);
      } else if (!optional && char === '(' && alternatives && (!strict || atStart)) {
        // (Read strictly, a group counts only where a word of the sentence starts.)
        const words = groupWords(alternatives, after, formsOf);
        if (words) read.push(words);
      }
      if (char === '{') atStart = false;
      else if (look) atStart ||= WORD_START_LOOK.test(inner);
      else {
        const spaced = alternatives?.every((alternative) => alternative.endsWith(' ')) ?? false;
        atStart = spaced && (atStart || !optional);
      }
      // A group's quantifier is read with it ("( …ly)?", "( …){0,5}?"), not as a slot.
      i = j + 1 + (char === '(' ? (/^(?:[?*+]|\{\d*,?\d*\})\??/.exec(after)?.[0].length ?? 0) : 0);
      continue;
    }
    // ASCII on purpose: a word of the frame, not of a statement.
    const word = /^[a-z][a-z'-]*/.exec(frame.slice(i));
    if (word) {
      const next = frame.slice(i + word[0].length);
      const optional = next.startsWith('?');
      if (!strict) {
        if (!optional && word[0].length >= 3) found.push([word[0]]);
      } else if (!atStart) {
        // Glued to what stands before it: not a word of its own.
      } else if (optional && word[0].endsWith('s') && endsWord(next.slice(1))) {
        // "remains?": the optional letter is the word's last; both forms stand.
        found.push([word[0].slice(0, -1), word[0]]);
      } else if (!optional && endsWord(next)) found.push([word[0]]);
      atStart = false;
      i += word[0].length;
      continue;
    }
    atStart = char === ' ';
    i++;
  }
  return [...found.filter((set) => selective(set, strict)), ...read];
}

/**
 * A set with a function word in it ("the", "that", "on") filters nothing; read strictly, a
 * three-letter word that is none ("aim") is as selective as a longer one.
 */
function selective(set: readonly string[], strict: boolean): boolean {
  return (
    set.length > 0 &&
    set.every((needle) =>
      needle.length >= 4
        ? !COMMON.has(needle)
        : strict && needle.length === 3 && !SHORT_COMMON.has(needle),
    )
  );
}

/** The set with the fewest alternatives (then the longest shortest word), or undefined. */
function mostSelective(sets: string[][]): string[] | undefined {
  sets.sort(
    (a, b) =>
      a.length - b.length ||
      Math.min(...b.map((n) => n.length)) - Math.min(...a.map((n) => n.length)),
  );
  return sets[0];
}

/** The most selective needle set of `frame` (fewest alternatives), or undefined if none. */
export function needlesOf(frame: string, formsOf: Forms): string[] | undefined {
  return mostSelective(candidates(frame, formsOf));
}
