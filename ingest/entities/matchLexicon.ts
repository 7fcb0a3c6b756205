/**
 * Find every lexicon alias in a piece of text (all occurrences, overlapping ones included);
 * choosing among overlaps is `selectHits`' job.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import type { EntityHit } from '../types';
import { actYearEnd, datedStart } from './dated';
import {
  afterBoundPrefix,
  heritageAfter,
  islandersAfter,
  modifiedLetterless,
  namesLanguage,
  partOfLonger,
  shipClassAfter,
} from './lexiconHitChecks';
import {
  indexByRun,
  isWordUnit,
  type KeyStarts,
  keyStarts,
  keysIn,
  type RunIndex,
  wordRuns,
} from './lexiconRuns';

export interface Candidate extends EntityHit {
  /**
   * Where the candidate came from; lexicon entries beat generic guesses of equal length. `listed`:
   * an item of a list of places (placeLists.ts), which locates none of the others.
   */
  source: 'lexicon' | 'official' | 'phrase' | 'venue' | 'listed' | 'topic';
  surnameOnly?: boolean;
  /** A name built around other names ("President Moon’s visit to Washington") keeps them as nested hits. */
  keepsInner?: true;
  /** Its officials are the meeting's participants, what the clause is about too (not nested). */
  keepsParticipants?: true;
  /** A name opening with its owner's possessive ("New Zealand’s Indo-Pacific policy") keeps the owner nested. */
  keepsOwner?: true;
  /**
   * A body named for what a place owns ("Joint Steering Group for Australia’s Nuclear-Powered
   * Submarine Program") keeps the owned name after the possessive, nested (placeOwnedInside.ts).
   */
  ownsComplement?: true;
}

const DOLLAR = 0x24;
const PERIOD = 0x2e;

/** No word character right before `start` or at `end` (a space stands in past either edge). */
function atBoundary(text: string, start: number, end: number): boolean {
  // The code-unit table, not a regex test of a one-character string built per candidate.
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return false;
  return end >= text.length || !isWordUnit(text.charCodeAt(end));
}

type Aliases = Map<string, LexiconAlias[]>;

interface CompiledLexicon {
  exact: Aliases;
  /** Case-folded keys (topic labels), searched in the lowercased text. */
  folded: Aliases;
  exactIndex: RunIndex;
  foldedIndex: RunIndex;
  /** Aliases that are their body's name less its owner ("Security Council" of the UN's). */
  shortForms: ReadonlySet<LexiconAlias>;
  /** Names and demonyms of states and places ("Russian", "Missouri"): owners of a body. */
  placeWords: ReadonlySet<string>;
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const exact = new Map<string, LexiconAlias[]>();
  const folded = new Map<string, LexiconAlias[]>();
  for (const alias of lexicon.aliases) {
    const map = alias.caseInsensitive ? folded : exact;
    const key = alias.caseInsensitive ? alias.alias.toLowerCase() : alias.alias;
    const list = map.get(key) ?? [];
    list.push(alias);
    map.set(key, list);
  }
  const shortForms = new Set<LexiconAlias>();
  const placeWords = new Set<string>();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (!entity) continue;
    if (entity.type === 'Country' || entity.type === 'Region') placeWords.add(alias.alias);
    else if (
      entity.type !== 'Official' &&
      entity.type !== 'Topic' &&
      alias.alias.includes(' ') &&
      entity.name.endsWith(` ${alias.alias}`)
    )
      shortForms.add(alias);
  }
  const compiled = {
    exact,
    folded,
    exactIndex: indexByRun([...exact.keys()]),
    foldedIndex: indexByRun([...folded.keys()]),
    shortForms,
    placeWords,
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** The capitalised word right before a match ("National" before "Security Council"). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.’'-])(\p{Lu}[\p{L}\p{N}.’'-]*) $/u;

/**
 * "National Security Council Senior Director …", "the Russian Security Council": a body's short
 * name ("Security Council", the UN Security Council less its owner) after another owner, a
 * state's name or demonym or a word of ownBodyQualifiers, is that owner's body, not the lexicon's
 * (gold 2021-05-24, 2021-10-21, 2023-09-28: never the UN's). Its own owner ("UN Security
 * Council") is matched by the longer alias.
 */
function ownedByAnother(into: Into, alias: LexiconAlias, start: number): boolean {
  const { shortForms, placeWords } = compile(into.lexicon);
  if (!shortForms.has(alias)) return false;
  const before = WORD_BEFORE.exec(into.text.slice(Math.max(0, start - 40), start))?.[1];
  return (
    before !== undefined && (NAME_RULES.ownBodyQualifiers.has(before) || placeWords.has(before))
  );
}

/** Where `emit` puts candidates: the text searched, its offset, the output list. */
interface Into {
  lexicon: Lexicon;
  text: string;
  offset: number;
  out: Candidate[];
}

/**
 * One alias found at `start`, kept when it stands at word boundaries. A module function: as a
 * closure it was built (and named, by the name-keeping wrapper) on every sentence.
 */
function emit(into: Into, alias: LexiconAlias, start: number, length: number) {
  const { lexicon, text, offset, out } = into;
  const entity = lexicon.entities.get(alias.entityId);
  if (!entity) return;
  if (!atBoundary(text, start, start + length)) return;
  // "US$14.8 million", "NZ$", "HK$": a name glued to a dollar sign is a currency, not the place;
  // one glued after a word and a period ("Welcome.US") ends a web address or a dotted name.
  if (text.charCodeAt(start + length) === DOLLAR) return;
  if (start > 1 && text.charCodeAt(start - 1) === PERIOD && isWordUnit(text.charCodeAt(start - 2)))
    return;
  if (afterBoundPrefix(text, start)) return;
  const end = start + length;
  if (entity.type === 'Topic' && partOfLonger(text, end)) return;
  if (alias.adjectival && (namesLanguage(text, start, end) || heritageAfter(text, end))) return;
  if (islandersAfter(text, end)) return;
  if (entity.type === 'Region' && shipClassAfter(text, end)) return;
  if (ownedByAnother(into, alias, start)) return;
  if (modifiedLetterless(alias.alias, text, start)) return;
  // "the 2018 Panmunjom Declaration": the year is part of how the instrument is named.
  const from = entity.type === 'Instrument' ? datedStart(text, start) : start;
  const to = entity.type === 'Instrument' ? actYearEnd(text, start, end) : end;
  out.push({
    entityId: entity.id,
    type: entity.type,
    start: from + offset,
    end: to + offset,
    text: text.slice(from, to),
    source: 'lexicon',
    ...(alias.adjectival ? { adjectival: true } : {}),
    ...(alias.surnameOnly ? { surnameOnly: true } : {}),
  });
}

/** Every alias of the keys placed in `codes` (see `keyStarts`), kept where `emit` keeps it. */
function emitAll(into: Into, { codes, span }: KeyStarts, index: RunIndex, aliases: Aliases): void {
  for (let i = 0; i < codes.length; i++) {
    const rank = Math.floor(codes[i]! / span);
    const at = codes[i]! - rank * span;
    const key = index.keys[rank]!;
    for (const alias of aliases.get(key)!) emit(into, alias, at, key.length);
  }
}

/** Candidates for `text`, with offsets shifted by `offset` (the text's place in the document). */
export function matchLexicon(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  const { exact, folded, exactIndex, foldedIndex } = compile(lexicon);
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  const into: Into = { lexicon, text, offset, out };
  const runs = wordRuns(text);
  emitAll(into, keyStarts(text, runs, exactIndex), exactIndex, exact);
  // Lowercasing keeps UTF-16 lengths for this text's scripts, so offsets stay valid; it also
  // keeps each code unit a word character or not (tests/unit/ingest/lexiconRuns.test.ts), so
  // the lowercase has the text's runs. Where it is longer (a dotted İ), the plain search.
  if (lower.length === text.length) {
    emitAll(into, keyStarts(lower, runs, foldedIndex), foldedIndex, folded);
    return out;
  }
  for (const key of keysIn(lower, foldedIndex)) {
    const aliases = folded.get(key)!;
    for (const at of occurrences(lower, key))
      for (const alias of aliases) emit(into, alias, at, key.length);
  }
  return out;
}
