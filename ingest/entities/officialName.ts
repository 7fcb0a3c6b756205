/**
 * The person's name as a title pattern matched it, cleaned of what is no part of it: a trailing
 * title word and a possessive. Shared by the title patterns (officials.ts) and the counterpart
 * lists (counterparts.ts).
 */
import { TITLE_WORDS } from '../rules/titles';

export function cleanName(name: string, keepTail = false): string {
  // A trailing title word belongs to the next title ("... Kishida Fumio, Prime"), unless the
  // pattern already checked it ends the run (TAIL_WORD: "Private Travis King from").
  // "Biden’s Peace Formula": a possessive ends the name, and is not part of it; so does the bare
  // apostrophe after an -s ("Pope Francis’ visit").
  const all = name.split(' ');
  const owner = all.findIndex((word) => /[’']s$|s[’']$/.test(word));
  const words = (owner >= 0 ? all.slice(0, owner + 1) : all).map((word) =>
    word.replace(/[’']s$|(?<=s)[’']$/, ''),
  );
  while (!keepTail && words.length > 1 && TITLE_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
