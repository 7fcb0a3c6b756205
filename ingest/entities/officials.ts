/**
 * Officials no lexicon needs to know: recognised by their titles, in the three orders releases
 * use — "Foreign Minister of Japan Iwaya Takeshi", "National Security Advisor Jake Sullivan of the
 * United States", "President Yoon Suk Yeol". The title's country gives REPRESENTS.
 */

import type { Lexicon } from '../lexicon';
import { HEAD_TYPES } from '../rules/names';
import { TITLE_RULES } from '../rules/titles';
import { countrysBodyInTitle, endsInTitledPerson, isLongTitle } from './appositiveTitles';
import { findCounterparts } from './counterparts';
import { findGluedTitles } from './gluedTitles';
import type { Candidate } from './matchLexicon';
import { givenThenSurname } from './nameHeads';
import { countryInTitle, lexiconEntityOf, officialCandidate } from './officialLookup';
import { cleanName } from './officialName';
import {
  ABBREVIATED,
  ANY_ABBREVIATION,
  ANY_HEAD,
  ANY_HONORIFIC,
  APPOSITIVE_KIND,
  type Compiled,
  compile,
  HONORIFIC_KINDS,
  LETTER,
  PATTERN_COUNT,
  TITLE_BODY_KINDS,
  TITLE_FIRST_KINDS,
  TITLE_HEAD,
  UPPER,
  writesTitleHead,
} from './officialPatterns';
import { countryOfTitleList, officeBeforePresident } from './titleContext';
import { findTitledByBody } from './titleOfBody';
import { findTitledByPortfolio } from './titleOfPortfolio';

export interface OfficialFinding {
  candidate: Candidate;
  title: string;
  /** Country entity id, when the text says which. */
  countryId?: string;
  /** The whole "title (of country) name (of country)" span: generic phrase finders skip it. */
  span: { start: number; end: number };
  /**
   * Further titles coordinated before this one ("Politburo Member, Director of the Office of the
   * Foreign Affairs Commission, and Foreign Minister Wang Yi"): a body named there is part of a
   * title, not an entity (gold conventions, session 7).
   */
  titleList?: { start: number; end: number };
}

/** A capitalised run ending in ", " or ", and " right before a title. */
const TITLE_SEGMENT = new RegExp(
  `(?:^|[^${LETTER}’'.-])([${UPPER}][${LETTER}’'-]*(?: (?:[${UPPER}][${LETTER}’'-]*|of|the|for|on))*),(?: and)? $`,
);

/** Where the titles coordinated before the one at `start` begin (`start` when there are none). */
function titleListStart(text: string, start: number): number {
  let from = start;
  for (;;) {
    const match = TITLE_SEGMENT.exec(text.slice(Math.max(0, from - 200), from));
    if (!match || !TITLE_HEAD.test(match[1]!)) return from;
    from -= match[0].length - match[0].indexOf(match[1]!);
  }
}

/**
 * Whether each pattern (by kind) can find an official in `text`, from what it needs written there,
 * tested once per sentence: most sentences name no official, and each pattern scans the whole
 * sentence. A title head in any case (`ANY_HEAD`: the appositive title may be lowercase); a
 * capitalised one for the patterns built on `TITLE_BODY`; for the long appositive title, a title
 * word (isLongTitle keeps no title without one, and the title is a run of whole words); ", " and
 * " of " for "Name, title of Country"; an honorific; an abbreviated title.
 */
export function gatesFor(text: string): boolean[] {
  const headWritten = writesTitleHead(text);
  // A head written capitalised is a head in any case: the case-blind search only without one.
  const titled = headWritten || ANY_HEAD.test(text);
  const honoured = ANY_HONORIFIC.test(text);
  const abbreviated = ANY_ABBREVIATION.test(text);
  const gates: boolean[] = [];
  for (let kind = 0; kind < PATTERN_COUNT; kind++) {
    if (kind === ABBREVIATED) gates.push(abbreviated);
    else if (HONORIFIC_KINDS.has(kind)) gates.push(honoured);
    else if (!titled) gates.push(false);
    else if (TITLE_BODY_KINDS.has(kind)) gates.push(headWritten);
    else if (kind === APPOSITIVE_KIND) gates.push(TITLE_HEAD.test(text));
    else if (kind === 4) gates.push(text.includes(', ') && text.includes(' of '));
    else gates.push(true);
  }
  return gates;
}

/**
 * `introduced`: first and last words of the officials the document named before; an abbreviated
 * title ("DNSA Neuberger") counts only before one of them or a surname the lexicon knows.
 */
export function findOfficials(
  lexicon: Lexicon,
  text: string,
  offset: number,
  introduced: ReadonlySet<string> = new Set(),
): OfficialFinding[] {
  const compiled = compile(lexicon);
  const { patterns, countryByAlias } = compiled;
  const findings = [
    ...findCounterparts(compiled, lexicon, text, offset),
    ...findTitledByBody(lexicon, countryByAlias, introduced, text, offset),
  ];
  const taken = findings.map(({ span }) => ({
    start: span.start - offset,
    end: span.end - offset,
  }));
  // Officials whose country came before their title: the next title joined by "and" shares it.
  const frontedSpans: { id: string; end: number }[] = [];
  const gates = gatesFor(text);
  patterns.forEach((pattern, kind) => {
    if (!gates[kind]) return;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((span) => start < span.end && end > span.start)) continue;
      const appositive = kind === 0 || kind === 4 || kind === APPOSITIVE_KIND;
      const matchedTitle =
        kind === ABBREVIATED
          ? // A style before a given name names no title ("Sheikh Tahnoon").
            (TITLE_RULES.abbreviations[match[1]!] ?? '')
          : appositive
            ? match[2]!
            : match[1]!;
      const title = TITLE_FIRST_KINDS.has(kind)
        ? officeBeforePresident(text, start, matchedTitle)
        : matchedTitle;
      if (kind === 0 && (!TITLE_HEAD.test(title) || endsInTitledPerson(title))) continue;
      if (
        kind === APPOSITIVE_KIND &&
        (!isLongTitle(title) || TITLE_HEAD.test(match[1]!) || endsInTitledPerson(title))
      )
        continue;
      const nameGroup = appositive ? 1 : kind === 1 ? 3 : 2;
      const country = [match[3], match[2], match[3], undefined, match[3], undefined][kind];
      const name = cleanName(match[nameGroup]!, true);
      const nameStart = match.indices?.[nameGroup]?.[0] ?? start;
      const known = lexiconEntityOf(lexicon, name);
      if (countryByAlias.has(name) || (known && known.type !== 'Official')) continue;
      if (kind === 1 && text[nameStart - 2] === ',' && !appositiveName(text, name, end)) continue;
      if (kind === ABBREVIATED && !known && !introduced.has(name)) continue;
      if (kind === ABBREVIATED && matchedTitle === '' && !introduced.has(name)) continue;
      // "Administrator … Maritime Administration": a name ending in a body's head is no person,
      // unless an honorific says it is one ("Dr. Michael Battle").
      const honorific = kind === 0 || kind === 5;
      // …or in a head's plural ("Public-Private Partnership Forums").
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (
        !honorific &&
        !givenThenSurname(name) &&
        (HEAD_TYPES.has(last) || HEAD_TYPES.has(last.replace(/s$/, '')))
      )
        continue;
      const named = country ? countryByAlias.get(country) : undefined;
      const fronted =
        named || !TITLE_FIRST_KINDS.has(kind)
          ? undefined
          : (frontedCountry(compiled, text, start) ??
            // "U.S. National Security Advisor Jake Sullivan and Israeli National Security
            // Advisor …": a title with its own country shares none.
            (countryInTitle(lexicon, title) ? undefined : sharedFront(frontedSpans, text, start)));
      const list = titleListOf(text, kind, start, offset);
      const countryId =
        named ??
        fronted?.id ??
        countryInTitle(lexicon, title) ??
        countryOfTitleList(lexicon, text, list.titleList, offset);
      if (fronted) frontedSpans.push({ id: fronted.id, end });
      findings.push({
        candidate: officialCandidate(known, name, nameStart + offset),
        title: fronted?.ordinal ? `${fronted.ordinal} ${title}` : title,
        ...(countryId ? { countryId } : {}),
        // "… at the U.S. National Security Council": the body after the title stays a name;
        // so does one after a possessive name ("President Zelenskyy’s Peace Formula").
        span: { start: start + offset, end: spanEnd(kind, match, nameStart, name) + offset },
        ...list,
        // "…, Senior Director … at the White House National Security Council": a body named
        // inside the appositive title is part of it (gold conventions, session 7).
        ...(kind === APPOSITIVE_KIND
          ? { titleList: { start: match.indices![2]![0] + offset, end: end + offset } }
          : {}),
        ...(kind === 4 ? countrysBodyInTitle(text, match, end, offset) : {}),
      });
      taken.push({ start, end });
    }
  });
  // Last: only where no title pattern found an official ("Governor of California Gavin Newsom").
  for (const finding of findTitledByPortfolio(lexicon, countryByAlias, text, offset)) {
    const { start, end } = finding.span;
    if (taken.some((span) => start - offset < span.end && end - offset > span.start)) continue;
    findings.push(finding);
    taken.push({ start: start - offset, end: end - offset });
  }
  // Then titles glued to a person by no rule above ("Ambassador to Germany Amy Gutmann").
  findings.push(...findGluedTitles(lexicon, text, offset, taken));
  return findings;
}

/**
 * "Republic of Korea 1st Vice Foreign Minister Cho Hyundong": a country written right before the
 * title (an ordinal rank between) is the official's own, as a demonym in the title is ("ROK
 * National Security Advisor"); the title pattern cannot take it, as "of" and "1st" start no title.
 */
function frontedCountry(
  compiled: Compiled,
  text: string,
  start: number,
): { id: string; ordinal?: string } | undefined {
  const match = compiled.frontedCountry.exec(text.slice(Math.max(0, start - 60), start));
  const id = match ? compiled.countryByAlias.get(match[1]!) : undefined;
  if (!id) return undefined;
  return match?.[2] ? { id, ordinal: match[2] } : { id };
}

/**
 * "Republic of Korea 1st Vice Foreign Minister Cho Hyundong and Vice Defense Minister Shin
 * Beomchul": a title coordinated right after an official with a fronted country is of that country.
 */
function sharedFront(
  fronted: readonly { id: string; end: number }[],
  text: string,
  start: number,
): { id: string; ordinal?: string } | undefined {
  const before = fronted.find(
    ({ end }) => end <= start && /^,? and $/.test(text.slice(end, start)),
  );
  return before ? { id: before.id } : undefined;
}

/** Where an official's span ends: the title's end, or the name's when the name ends the match. */
function spanEnd(kind: number, match: RegExpExecArray, nameStart: number, name: string): number {
  const end = match.index + match[0].length;
  if (kind === 0) return match.indices![2]![1];
  const rest = match[0].slice(nameStart - match.index + name.length);
  // "Zelenskyy’s Peace Formula": the words after the possessive are no part of the person.
  return (kind === 3 || kind === 5) && /^[’']s /.test(rest) ? nameStart + name.length + 2 : end;
}

/** Only before a title that opens the match ("Title Name", "Title of Country Name"). */
function titleListOf(
  text: string,
  kind: number,
  start: number,
  offset: number,
): { titleList?: { start: number; end: number } } {
  if (kind < 1 || kind > 3) return {};
  const from = titleListStart(text, start);
  return from < start ? { titleList: { start: from + offset, end: start + offset } } : {};
}

/**
 * "the President of the Republic of Iraq, Mohammed Shia’a Al-Sudani, …": a name set off by a
 * comma after "Title of Country" is the holder's only as a full name (two words or more, no title
 * word) that punctuation or "and" ends; "the Prime Minister of Japan, Australia, and India" and
 * "President of Ukraine, Foreign Minister Kuleba" name no holder there.
 */
const APPOSITIVE_END = /^(?:[,.;:)]|$| and )/;

function appositiveName(text: string, name: string, end: number): boolean {
  return name.includes(' ') && !TITLE_HEAD.test(name) && APPOSITIVE_END.test(text.slice(end));
}
