/**
 * "Undersecretary of Public Security Ricardo Mejia", "Governor of California Gavin Newsom",
 * "Director of the Office of Intergovernmental Affairs Julie Rodriguez", "Speaker of the House
 * Nancy Pelosi": a title, "of", a portfolio, a state or a body whose last word is no head noun,
 * then the person, with no comma. The title patterns take only a country or a listed department
 * after "of" (officialPatterns.ts) and titleOfBody.ts a body ending in its head, so the person
 * was lost, or the phrase finder made one Organization of portfolio and person (archive, sealed
 * out: ~150 such titles before a given name).
 *
 * Where the portfolio ends is unknown, so the person starts at a given name (data/lexicon/
 * given-names.json) followed by one or two capitalised words up to punctuation, a lowercase word
 * or "and". officials.ts runs this last, where no other pattern found an official.
 */
import type { Lexicon } from '../lexicon';
import { isGivenName, nameRoom } from '../rules/givenNameList';
import {
  countryInTitle,
  lexiconEntityOf,
  officialCandidate,
  personNameWord,
} from './officialLookup';
import { LETTER, TITLE_BODY, UPPER, writesTitleHead } from './officialPatterns';
import type { OfficialFinding } from './officials';

const WORD = `[${UPPER}][${LETTER}’'-]*`;
const RUN = new RegExp(
  `(${TITLE_BODY}) of (?:the )?(${WORD}(?: (?:${WORD}|of|for|and|on|the))*)`,
  'dg',
);
const JOINERS = new Set(['of', 'for', 'and', 'on', 'the']);

/**
 * A given name that is no person's: a head or a title ("Park Service", "Bank Supervisors"), or
 * part of a place with the word before ("New York City", "North Carolina", "Santa Clara").
 */
function placeOrHead(lexicon: Lexicon, words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (!personNameWord(word)) return true;
  const entity = lexiconEntityOf(lexicon, `${words[at - 1]} ${word}`);
  return entity !== undefined && entity.type !== 'Official';
}

/** The person in a run after "of": where it starts and how many words it has, if any. */
function personIn(
  lexicon: Lexicon,
  words: readonly string[],
): { at: number; length: number } | undefined {
  for (let at = 1; at < words.length - 1; at++) {
    if (!isGivenName(words[at]!) || JOINERS.has(words[at - 1]!)) continue;
    if (placeOrHead(lexicon, words, at)) continue;
    let end = at + 1;
    // "Secretary of the Economy María José Ortega Ruiz": cut at three, the first name was lost.
    const most = nameRoom(words[at]!, words[at + 1]);
    while (end < words.length && end - at < most && personNameWord(words[end]!)) end++;
    if (end - at < 2 || (end < words.length && words[end] !== 'and')) continue;
    return { at, length: end - at };
  }
  return undefined;
}

export function findTitledByPortfolio(
  lexicon: Lexicon,
  countryByAlias: ReadonlyMap<string, string>,
  text: string,
  offset: number,
): OfficialFinding[] {
  // The pattern holds a capitalised title head (TITLE_BODY): without one it cannot match.
  if (!text.includes(' of ') || !writesTitleHead(text)) return [];
  const out: OfficialFinding[] = [];
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const words = match[2]!.split(' ');
    const person = personIn(lexicon, words);
    if (!person) continue;
    const before = words.slice(0, person.at).join(' ');
    const name = words.slice(person.at, person.at + person.length).join(' ');
    const nameStart = match.indices![2]![0] + before.length + 1;
    // "… Gavin Newsom and Governor of Texas Greg Abbott": the next title starts after the name.
    RUN.lastIndex = nameStart + name.length;
    const known = lexiconEntityOf(lexicon, name);
    if (countryByAlias.has(name) || (known && known.type !== 'Official')) continue;
    const title = text.slice(match.index, nameStart - 1);
    const countryId = countryInTitle(lexicon, title);
    out.push({
      candidate: officialCandidate(known, name, nameStart + offset),
      title,
      ...(countryId ? { countryId } : {}),
      span: { start: match.index + offset, end: nameStart + name.length + offset },
    });
  }
  return out;
}
