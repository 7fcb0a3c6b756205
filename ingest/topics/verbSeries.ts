/**
 * "prevent, prepare for, and respond to future pandemics": verbs coordinated before one object
 * share it, so each verb with that object says what the clause is about ("prevent future
 * pandemics" → pandemic prevention, "respond to future pandemics" → pandemic response), as the
 * gold expands coordinated heads. Only the verb–object pairs the thesaurus knows (its altLabels)
 * are named, two at least; the chunker alone would keep the bare object.
 */

import type { TaggedTerm } from '../entities/tagger';

export interface VerbSeries {
  /** Sentence-relative span of the series and its object. */
  start: number;
  end: number;
  /** The verb–object phrases the thesaurus knows, as written. */
  names: string[];
}

/** A verb, with the preposition it takes ("prepare for", "respond to"). */
const VERB = '\\p{Ll}+(?: (?:for|to|against|from|on|with))?';
/** Two or more verbs in a comma or "and" series, then up to three lowercase object words. */
const SERIES = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])((?:${VERB}, )*${VERB},? (?:and|or) ${VERB}) ((?:the |a )?[\\p{Ll}-]+(?: [\\p{Ll}-]+){0,2})`,
  'gu',
);

/** What a series is written with before its last " and "/" or " (`VERB`, ", ", " "). */
const SERIES_CHAR = /[\p{Ll} ,]/u;

/** Whether the word at sentence offset `at` was tagged a verb (not "nuclear and missile …"). */
function verbAt(terms: readonly TaggedTerm[], at: number): boolean {
  const term = terms.find((t) => t.start === at);
  return term?.tags.has('Verb') === true && !term.tags.has('Adjective');
}

export function verbSeries(
  sentence: string,
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): VerbSeries[] {
  const out: VerbSeries[] = [];
  const text = sentence.slice(from, to);
  // A series has " and " or " or " before its last verb: without one, its backtracking scan is
  // spared.
  const and = text.indexOf(' and ');
  const or = text.indexOf(' or ');
  if (and < 0 && or < 0) return out;
  // Up to its " and "/" or " a series holds lowercase letters, spaces and commas only: none can
  // start before the run of those that ends at the first one, so the scan starts there.
  let start = and < 0 ? or : or < 0 ? and : Math.min(and, or);
  while (start > 0 && SERIES_CHAR.test(text[start - 1]!)) start--;
  SERIES.lastIndex = start;
  for (let match = SERIES.exec(text); match; match = SERIES.exec(text)) {
    const verbs = match[1]!.split(/,? (?:and|or) |, /).filter(Boolean);
    // Each verb's offset: the series is verbs only, every one tagged so.
    let at = from + match.index;
    const offsets = verbs.map((verb) => {
      const offset = sentence.indexOf(verb, at);
      at = offset + verb.length;
      return offset;
    });
    if (!offsets.every((offset) => verbAt(terms, offset))) continue;
    const words = match[2]!.split(' ');
    // The shortest object the thesaurus knows with at least two of the verbs.
    for (let n = 1; n <= words.length; n++) {
      const object = words.slice(0, n).join(' ');
      const names = verbs.map((verb) => `${verb} ${object}`).filter(known);
      if (names.length < 2) continue;
      const begin = from + match.index;
      out.push({ start: begin, end: begin + match[1]!.length + 1 + object.length, names });
      break;
    }
  }
  return out;
}
