/**
 * A long title glued to the person it names, with no comma between: "Ambassador to Germany Amy
 * Gutmann", "Deputy Chief of Mission Woodward C. Price", "Under Secretary of State for Economic
 * Growth, Energy, and the Environment Jose W. Fernandez", "State Department Senior Western
 * Hemisphere Bureau Official Ricardo Zuniga". The title patterns (officialPatterns.ts) take only a
 * country, a department or a short remit between head and name, so the person was lost, or the
 * phrase finder made one Organization of title and person (gold N, O: delegation lists).
 *
 * Where the title ends is unknown, so the person is read from its shape: a common given name
 * (data/lexicon/given-names.json) or a capitalised word before a middle initial, then one or two
 * capitalised words, ending at punctuation, a possessive, a lowercase word, "and" or the end. The
 * capitalised run before it (joiners and commas inside) must hold a title word (titles.json
 * `titles` or `titleWordsInNames`); the whole run is the title, so a body named inside it is not
 * declared (gold conventions, session 7). officials.ts runs this last, where no other pattern
 * found an official.
 *
 * Delegation lists also set the person off by a comma ("the Secretary of Foreign Affairs, Alicia
 * Bárcena Ibarra; the …"): the same title run, then a name of two to five words that the list's
 * punctuation closes (`comma` in nameLength), and no place, company or region (placeOrBody).
 */
import type { Lexicon } from '../lexicon';
import { isGivenName, nameRoom } from '../rules/givenNameList';
import { NAME_RULES } from '../rules/names';
import { TITLE_RULES } from '../rules/titles';
import { isLongTitle } from './appositiveTitles';
import {
  countryInTitle,
  lexiconEntityOf,
  officialCandidate,
  personNameWord,
} from './officialLookup';
import { TITLE_HEAD, TITLE_JOINERS } from './officialPatterns';
import type { OfficialFinding } from './officials';

interface Token {
  word: string;
  /** Punctuation after the word ("Economic," → ","). */
  tail: string;
  start: number;
  end: number;
}

const CAPITALISED = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*$/;
const INITIAL = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\.$/;
/**
 * "… Law Enforcement Affairs (INL) Todd Robinson": a bureau's acronym in brackets is part of the
 * title it follows, not punctuation that ends it.
 */
const BRACKETED_ACRONYM = /^\([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,6}$/;

function titleWord(token: Token): boolean {
  return BRACKETED_ACRONYM.test(token.word) && token.tail === ')';
}

/** A title's remit joiner ("… of Homeland Security", "… to the Director …"). */
const REMIT = / (?:of|for|to|at|on|in) /;
const REMIT_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'on', 'in']);

/** What may follow the person: a lowercase word, "and", "of", a dash. */
const AFTER = /^(?:[a-zß-öø-ɏḀ-ỿ]|[—–])/;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    // "Meyer;", "Price.", "Kaag’s": the punctuation or possessive ends the word, not the initial's dot;
    // so does the bare apostrophe after an -s ("DNI Avril Haines’ travel", gold 2023-12-11).
    const split = INITIAL.test(raw)
      ? [raw, raw, '']
      : /^(.*?)((?:[’']s|(?<=s)[’'])?[;,.:)]*)$/.exec(raw)!;
    out.push({
      word: split[1]!,
      tail: split[2]!,
      start: match.index,
      end: match.index + raw.length,
    });
  }
  return out;
}

/** Lowercase particles inside a name after a comma ("Ramón de la Fuente", "Ali bin Said"). */
const PARTICLES: ReadonlySet<string> = new Set(
  TITLE_RULES.nameParticles.flatMap((particle) => particle.split(' ')),
);

/**
 * How many tokens from `at` make the person's name (0: none), its first word a given name.
 * `comma`: the name is set off from its title by a comma ("the Secretary of Foreign Affairs,
 * Alicia Bárcena Ibarra;"), so a list's punctuation ends it on both sides: it may run to five
 * words with particles, and a first word no given-name list holds is read only where ";", ")",
 * "(" or the sentence's end closes it (a remit's list goes on with "," or "and": "Minister of
 * Economy, Trade and Industry").
 */
function nameLength(lexicon: Lexicon, all: readonly Token[], at: number, comma = false): number {
  const first = all[at]!;
  if (first.tail || !personNameWord(first.word)) return 0;
  // "Jordan", "Georgia", "Victoria": a given name that the lexicon knows as a place or body.
  // "Director of The New York Public Library": nor the end of a place with the word before it.
  if (lexiconEntityOf(lexicon, first.word)) return 0;
  if (!comma && at > 0 && lexiconEntityOf(lexicon, `${all[at - 1]!.word} ${first.word}`)) return 0;
  let end = at + 1;
  const initial = all[end] && INITIAL.test(all[end]!.word) ? 1 : 0;
  const given = isGivenName(first.word);
  if (!given && !initial && !comma) return 0;
  end += initial;
  const most = comma ? 5 : nameRoom(first.word, all[at + 1]?.word);
  while (end < all.length && end - at - initial < most) {
    const word = all[end]!;
    const particle = comma && PARTICLES.has(word.word) && !word.tail;
    if (!particle && !personNameWord(word.word)) break;
    end++;
    if (word.tail) break;
  }
  if (PARTICLES.has(all[end - 1]!.word)) return 0;
  if (end - at - initial < 2) return 0;
  const last = all[end - 1]!;
  const next = all[end];
  if (comma) return listEnded(last, next, given || initial > 0) ? end - at : 0;
  // The name ends the run: punctuation or a possessive after it, or a lowercase word, or nothing.
  if (!last.tail && next && !AFTER.test(next.word)) return 0;
  return end - at;
}

/** Whether a list's punctuation closes a name set off by a comma (`loose`: a given name opens it). */
function listEnded(last: Token, next: Token | undefined, loose: boolean): boolean {
  // A name no given-name list opens: only a delegation list's ";" ends it ("…, Law
  // Enforcement (INL)", "…, North Africa." are the rest of a remit).
  if (!loose) return last.tail === ';';
  if (/[;)]/.test(last.tail) || (!next && /^\.?$/.test(last.tail))) return true;
  if (!last.tail && next?.word.startsWith('(')) return true;
  // Not a bare "and": "Director for Counter-Narcotics, Law Enforcement and Rule of Law" is a remit.
  return last.tail === ',';
}

/**
 * Whether a comma-set run is a place or body rather than a person: it holds a two-word place or
 * body the lexicon knows ("United States Space Force"), ends in a company suffix ("Northrop Grumman
 * Corp."), opens with a compass point ("North Africa"), or a state or region follows it after a comma ("Dix Hills, NY", "…, Maryland").
 */
function placeOrBody(lexicon: Lexicon, all: readonly Token[], at: number, length: number): boolean {
  // Two words at a time: a single one may be a surname that is also a place ("Lisa Monaco",
  // "Arturo Medina Padilla").
  for (let i = at; i + 1 < at + length; i++) {
    const entity = lexiconEntityOf(lexicon, `${all[i]!.word} ${all[i + 1]!.word}`);
    if (entity && entity.type !== 'Official') return true;
  }
  // "…Subcommittee on the Middle East, North Africa, and …": a compass point opens a region.
  if (COMPASS.test(all[at]!.word)) return true;
  const last = all[at + length - 1]!;
  if (SUFFIXES.has(last.word)) return true;
  const next = all[at + length];
  if (!last.tail.startsWith(',') || !next) return false;
  const entity = lexiconEntityOf(lexicon, next.word);
  return (
    STATE_CODE.test(next.word + next.tail.replace(/,$/, '')) ||
    (entity !== undefined && entity.type !== 'Official')
  );
}

/** A compass point, which opens a region's name, never a person's ("North" is a given name). */
const COMPASS = /^(?:(?:North|South)(?:east|west)?|East|West|Central)(?:ern)?$/;
/** Company suffixes with or without their dot ("Northrop Grumman Corp"). */
const SUFFIXES: ReadonlySet<string> = new Set(
  NAME_RULES.companySuffixes.map((suffix) => suffix.replace(/\.$/, '')),
);
/** A state's postal code or abbreviation after a place ("Dix Hills, NY", "Bethesda, Md."); not "Jr.". */
const STATE_CODE = /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2}|(?!Jr|Sr)[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{1,3}\.)$/;

/**
 * "the head of the Financial Intelligence Unit, Pablo …", "the spokesperson for the Mexican
 * Government, Jesús …": a delegation list may write the title's head in lower case. A one-word
 * title head, lowercased, opens the run when its remit's joiner follows it.
 */
const LOWER_HEADS: ReadonlySet<string> = new Set(
  [...TITLE_RULES.titles, ...TITLE_RULES.personHeads, ...TITLE_RULES.titleWordsInNames]
    .filter((head) => /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]+$/.test(head))
    .map((head) => head.toLowerCase()),
);

/** A lowercase head with its remit's joiner somewhere in the sentence (compiled once). */
const LOWER_HEAD_REMIT = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${[...LOWER_HEADS].join('|')}) (?:of|for|to|at|on|in)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/** The title with its first letter capitalised, for the title-word tests (case-sensitive). */
function capitalised(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The title run before `at`: capitalised words, joiners and commas, back to ";" or a lowercase
 * word; before a comma-set name, a lowercase title head followed by its remit's joiner is the
 * run's first word.
 */
function titleStart(all: readonly Token[], at: number, floor: number, comma: boolean): number {
  let from = at;
  while (from - 1 >= 0 && all[from - 1]!.start >= floor && from > at - 25) {
    const token = all[from - 1]!;
    if (titleWord(token)) {
      from--;
      continue;
    }
    if (/[;:)]/.test(token.tail)) break;
    if (!CAPITALISED.test(token.word) && !TITLE_JOINERS.has(token.word)) {
      const next = all[from];
      // Only before a comma-set name: glued to a name the lowercase head over-reaches ("the
      // leader of the Health Care Subgroup", "trustee of the Abraham Lincoln Presidential
      // Library": a body whose words open with a given name).
      const remit = next !== undefined && REMIT_JOINERS.has(next.word);
      if (comma && LOWER_HEADS.has(token.word) && !token.tail && remit) from--;
      break;
    }
    from--;
  }
  while (from < at && TITLE_JOINERS.has(all[from]!.word)) from++;
  return from;
}

export function findGluedTitles(
  lexicon: Lexicon,
  text: string,
  offset: number,
  taken: readonly { start: number; end: number }[],
): OfficialFinding[] {
  const out: OfficialFinding[] = [];
  // Every title found holds a title word and is a run of whole words of the text, so a text
  // without one has none: most sentences, spared the tokens and the name checks.
  if (!TITLE_HEAD.test(text) && !LOWER_HEAD_REMIT.test(text)) return out;
  const all = tokens(text);
  let floor = 0;
  for (let at = 1; at < all.length; at++) {
    const before = all[at - 1]!;
    // Glued: the word right before the name is a capitalised word of the title, no comma between.
    const glued = titleWord(before) || (!before.tail && CAPITALISED.test(before.word));
    // Or set off by a comma after the title's last capitalised word ("the Deputy Attorney
    // General, Lisa Monaco;"): the delegation lists of joint statements write it so.
    const comma = !glued && /^\.?,$/.test(before.tail) && CAPITALISED.test(before.word);
    if ((!glued && !comma) || NAME_RULES.openers.has(before.word)) continue;
    const length = nameLength(lexicon, all, at, comma);
    if (!length) continue;
    const nameStart = all[at]!.start;
    const last = all[at + length - 1]!;
    const nameEnd = last.start + last.word.length;
    if (taken.some((span) => nameStart < span.end && nameEnd > span.start)) continue;
    // A title starts after the officials found before it ("…, Attorney General Gertz, and …").
    for (const span of taken) if (span.end <= nameStart) floor = Math.max(floor, span.end);
    const from = titleStart(all, at, floor, comma);
    const title = text.slice(all[from]!.start, comma ? before.end - 1 : before.end);
    if (from === at || !TITLE_HEAD.test(capitalised(title))) continue;
    // After a comma the run must read as a whole title ("Secretary of the Interior"), not a
    // place or body that merely holds a title word ("In Prime Minister's Office, …").
    if (comma && !isLongTitle(capitalised(title))) continue;
    // A name no given-name list opens needs a title with a remit ("Acting Deputy Secretary of
    // Homeland Security, Kristie Canegallo;"): after a bare rank the words are a company's
    // division ("served as President, Nutrition Optimization;"), not a person.
    if (comma && !isGivenName(all[at]!.word) && !REMIT.test(title)) continue;
    const name = text.slice(nameStart, nameEnd);
    const known = lexiconEntityOf(lexicon, name);
    if (known && known.type !== 'Official') continue;
    if (comma && placeOrBody(lexicon, all, at, length)) continue;
    const countryId = countryInTitle(lexicon, title);
    out.push({
      candidate: officialCandidate(known, name, nameStart + offset),
      title,
      ...(countryId ? { countryId } : {}),
      span: { start: all[from]!.start + offset, end: nameEnd + offset },
      titleList: { start: all[from]!.start + offset, end: nameStart + offset },
    });
    floor = nameEnd;
    at += length - 1;
  }
  return out;
}
