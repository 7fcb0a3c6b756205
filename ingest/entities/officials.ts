/**
 * Officials no lexicon needs to know: recognised by their titles, in the three orders releases
 * use — "Foreign Minister of Japan Iwaya Takeshi", "National Security Advisor Jake Sullivan of the
 * United States", "President Yoon Suk Yeol". The title's country gives REPRESENTS.
 */

import { slugify } from '../ids';
import type { Lexicon } from '../lexicon';
import { HEAD_TYPES } from '../rules/names';
import {
  alternation,
  escapeRegex,
  TITLE_ABBREVIATIONS,
  TITLE_RULES,
  TITLE_WORDS,
} from '../rules/titles';
import type { Candidate } from './matchLexicon';

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

const HEADS = TITLE_RULES.titles;
/**
 * Letters of a name, Latin-1 accented ones included ("Eduardo Año", "José", "Ngô"): a name cut
 * at its first accent loses the person ("Eduardo").
 */
const UPPER = 'A-ZÀ-ÖØ-Þ';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
const DEPARTMENT = `(?: (?:of|for) (?:${alternation(TITLE_RULES.departments)}))?`;
const LEAD_WORD = `(?!(?:The|A|An|And|In|On|At|For|With|Both|Our|Their|This)\\b)[${UPPER}][${LETTER}’'-]+`;
const TITLE_BODY = `(?:${LEAD_WORD} ){0,5}?(?:${HEADS.map(escapeRegex).join('|')})${DEPARTMENT}(?: General)?`;
/**
 * The same with a slightly misspelt head ("Deputy National Security Advisory for Cyber …": one
 * stray letter after the head word). Only where a remit follows, a frame no other phrase fits.
 */
const LOOSE_TITLE_BODY = `(?:${LEAD_WORD} ){0,5}?(?:${HEADS.map(escapeRegex).join('|')})[a-rt-z]?${DEPARTMENT}(?: General)?`;
const TITLE = `(${TITLE_BODY})`;
/**
 * A White House title with its remit before the name: "Senior Advisor to the President for
 * International Climate Policy John Podesta’s travel". The remit is capitalised like the name, so
 * the name is the last two capitalised words (a middle initial allowed) before a possessive,
 * punctuation or a lowercase word.
 */
const REMIT_WORD = `(?:[${UPPER}][${LETTER}’'-]+|and|of|the)`;
const REMIT_TITLE = `(${LOOSE_TITLE_BODY}(?: to the (?:Vice )?President)? for (?:${REMIT_WORD} ){0,5}?[${UPPER}][${LETTER}’'-]+)`;
const NOT_NAMES = alternation([...TITLE_RULES.notNames, ...TITLE_WORDS]);
const NAME_WORD = `(?!(?:of|and|the|Of|And|The|${NOT_NAMES})\\b)[${UPPER}][${LETTER}’'-]+(?![${LETTER}])`;
/** Title heads in either case, escaped ("Cpl." ends in a dot). */
const HEAD_FORMS = HEADS.flatMap((head) => [head, head.toLowerCase()])
  .map(escapeRegex)
  .join('|');
/**
 * A title after the name, in either case, with its portfolio ("deputy minister of foreign
 * affairs", "vice-minister of foreign affairs": a hyphenated rank is part of the title).
 */
const APPOSITIVE_TITLE = `((?:[A-Za-z-]+ ){0,3}?(?:[A-Za-z]+-)?(?:${HEAD_FORMS})(?: (?:of|for) (?!the\\b)[A-Za-z]+(?: [A-Za-z]+)?)??)`;
/**
 * A title word as the last word of a name ("Private Travis King from the DPRK"): a surname may
 * be a title word, and it ends the capitalised run, so it cannot be the next official's title.
 */
const TAIL_WORD = `(?:${alternation([...TITLE_WORDS])})(?![${LETTER}’'-])(?! [${UPPER}])`;
const NAME = `(${NAME_WORD}(?: (?:[A-Z]\\.|${NAME_WORD})){0,3}(?: ${TAIL_WORD})?(?:,? Jr\\.)?)`;
/**
 * "Dr. Kim Tae-hyo, Principal Deputy National Security Advisor of the ROK": an honorific marks a
 * person, so the appositive title may be long and free ("Coordinator for Intelligence and Defense
 * Policy at the U.S. National Security Council"). Lazy and bounded: it stops at the first
 * "of/at Country" or punctuation.
 */
const HONORIFIC = `(?:${alternation(TITLE_RULES.honorifics)}) `;
const FREE_TITLE = `((?:[${UPPER}][${LETTER}’'-]+|of|for|and|the)(?: (?:[${UPPER}][${LETTER}’'-]+|of|for|and|the)){0,9}?)`;
/** Any title word: a free title must contain one to be a title at all. */
const TITLE_HEAD = new RegExp(
  `\\b(?:${alternation([...HEADS, ...TITLE_RULES.titleWordsInNames])})\\b`,
);

/**
 * What every pattern needs somewhere in the text, tested once per sentence before the patterns
 * run (most sentences name no official, and each pattern scans the whole sentence): a title
 * head, in any case (the appositive title takes it lowercase), or an honorific.
 */
const ANY_HEAD = new RegExp(HEADS.map(escapeRegex).join('|'), 'i');
const ANY_HONORIFIC = new RegExp(HONORIFIC);
/** The patterns (by kind, see `compile`) that open with an honorific instead of a title head. */
const HONORIFIC_KINDS = new Set([0, 5]);

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

interface Compiled {
  patterns: RegExp[];
  countryByAlias: Map<string, string>;
  /**
   * One "Name of Country" of a counterparts list (findCounterparts), sticky. Built once with the
   * patterns: its source holds every country alias, so building it per sentence cost 2 % of
   * extraction; each use sets `lastIndex` before its first `exec`, so sharing it is safe.
   */
  counterpartItem: RegExp;
}
let compiled: Compiled | undefined;

function compile(lexicon: Lexicon): Compiled {
  if (compiled) return compiled;
  const countryByAlias = new Map<string, string>();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type === 'Country' && !alias.adjectival) countryByAlias.set(alias.alias, entity.id);
  }
  const countries = [...countryByAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  // A country alias, captured, optionally after "the" and before its "(ACRONYM)".
  const COUNTRY = `(?:the )?(${countries.join('|')})(?: \\([A-Z]{2,5}\\))?`;
  compiled = {
    countryByAlias,
    counterpartItem: new RegExp(`${NAME} of ${COUNTRY}(?:,? (?:and )?)?`, 'dy'),
    patterns: [
      // Dr. Name, Title of/at (the) Country …  — first, so its long title is one span
      new RegExp(`${HONORIFIC}${NAME}, ${FREE_TITLE}(?: (?:of|at) ${COUNTRY}|(?=[,.;:)]))`, 'dg'),
      // Title of Country Name
      new RegExp(`${TITLE} of ${COUNTRY} ${NAME}`, 'dg'),
      // Title Name of Country
      new RegExp(`${TITLE} ${NAME} of ${COUNTRY}`, 'dg'),
      // Title Name
      new RegExp(`${TITLE} ${NAME}`, 'dg'),
      // Name, title of Country ("Kim Sung-han, deputy minister of foreign affairs of the DPRK")
      new RegExp(`${NAME}, (?:the )?${APPOSITIVE_TITLE} of ${COUNTRY}`, 'dg'),
      // Honorific Name ("Mr. Akiba and Mr. Año welcomed"): a later mention of an official the
      // document introduced; the surname merge makes it that official.
      new RegExp(`(${HONORIFIC.trimEnd()}) ${NAME}`, 'dg'),
      // Title to the President for Remit Name (REMIT_TITLE)
      new RegExp(
        `${REMIT_TITLE} (${NAME_WORD}(?: [A-Z]\\.)? ${NAME_WORD})(?=[’']s\\b|[,.;:)]|$| [a-z])`,
        'dg',
      ),
      // Abbreviated title Surname ("DNSA Neuberger"): kept only for an official introduced
      // before (findOfficials' `introduced`), so "PM Eastern" and "FM Radio" name no one.
      new RegExp(`\\b(${alternation(TITLE_ABBREVIATIONS)}) (${NAME_WORD})(?! [${UPPER}])`, 'dg'),
    ],
  };
  return compiled;
}

/** Titles that carry their country as a demonym: "Japanese Prime Minister". */
function countryInTitle(lexicon: Lexicon, title: string): string | undefined {
  for (const alias of lexicon.aliases) {
    if (!title.includes(alias.alias)) continue;
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type === 'Country') return entity.id;
  }
  return undefined;
}

function cleanName(name: string, keepTail = false): string {
  // A trailing title word belongs to the next title ("... Kishida Fumio, Prime"), unless the
  // pattern already checked it ends the run (TAIL_WORD: "Private Travis King from").
  // "Biden’s Peace Formula": a possessive ends the name, and is not part of it.
  const all = name.split(' ');
  const owner = all.findIndex((word) => /[’']s$/.test(word));
  const words = (owner >= 0 ? all.slice(0, owner + 1) : all).map((word) =>
    word.replace(/[’']s$/, ''),
  );
  while (!keepTail && words.length > 1 && TITLE_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The pattern of an abbreviated title before a surname (its index in `patterns`). */
const ABBREVIATED = 7;

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
  const { patterns, countryByAlias } = compile(lexicon);
  const findings = findCounterparts(compile(lexicon), lexicon, text, offset);
  const taken = findings.map(({ span }) => ({
    start: span.start - offset,
    end: span.end - offset,
  }));
  const titled = ANY_HEAD.test(text);
  const honoured = ANY_HONORIFIC.test(text);
  patterns.forEach((pattern, kind) => {
    if (!(HONORIFIC_KINDS.has(kind) ? honoured : titled)) return;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((span) => start < span.end && end > span.start)) continue;
      const appositive = kind === 0 || kind === 4;
      const title =
        kind === ABBREVIATED
          ? TITLE_RULES.abbreviations[match[1]!]!
          : appositive
            ? match[2]!
            : match[1]!;
      if (kind === 0 && !TITLE_HEAD.test(title)) continue;
      const nameGroup = appositive ? 1 : kind === 1 ? 3 : 2;
      const country = [match[3], match[2], match[3], undefined, match[3], undefined][kind];
      const name = cleanName(match[nameGroup]!, true);
      const nameStart = match.indices?.[nameGroup]?.[0] ?? start;
      const known = lexiconEntityOf(lexicon, name);
      if (countryByAlias.has(name) || (known && known.type !== 'Official')) continue;
      if (kind === ABBREVIATED && !known && !introduced.has(name)) continue;
      // "Administrator … Maritime Administration": a name ending in a body's head is no person,
      // unless an honorific says it is one ("Dr. Michael Battle").
      const honorific = kind === 0 || kind === 5;
      // …or in a head's plural ("Public-Private Partnership Forums").
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (!honorific && (HEAD_TYPES.has(last) || HEAD_TYPES.has(last.replace(/s$/, '')))) continue;
      const countryId = (country && countryByAlias.get(country)) || countryInTitle(lexicon, title);
      findings.push({
        candidate: officialCandidate(known, name, nameStart + offset),
        title,
        ...(countryId ? { countryId } : {}),
        // "… at the U.S. National Security Council": the body after the title stays a name;
        // so does one after a possessive name ("President Zelenskyy’s Peace Formula").
        span: { start: start + offset, end: spanEnd(kind, match, nameStart, name) + offset },
        ...titleListOf(text, kind, start, offset),
      });
      taken.push({ start, end });
    }
  });
  return findings;
}

/**
 * "met with his national security advisor counterparts Akiba Takeo of Japan, Cho Tae-yong of the
 * ROK, and Eduardo Año of the Philippines": after "counterpart(s)", each "Name of Country" in the
 * list is an official of that country; the words before "counterparts" are the title.
 */
const COUNTERPARTS = /\b(?:(?:his|her|their|its) )?((?:[a-z-]+ ){0,4})counterparts?,? /g;

function findCounterparts(
  compiledPatterns: Compiled,
  lexicon: Lexicon,
  text: string,
  offset: number,
): OfficialFinding[] {
  const { countryByAlias, counterpartItem: item } = compiledPatterns;
  const out: OfficialFinding[] = [];
  // The pattern needs the word; most sentences lack it, and the scan tries every word boundary.
  if (!text.includes('counterpart')) return out;
  COUNTERPARTS.lastIndex = 0;
  for (let list = COUNTERPARTS.exec(text); list; list = COUNTERPARTS.exec(text)) {
    const title = list[1]!.trim() || 'counterpart';
    item.lastIndex = list.index + list[0].length;
    for (let match = item.exec(text); match; match = item.exec(text)) {
      const name = cleanName(match[1]!);
      const nameStart = match.indices![1]![0];
      const known = lexiconEntityOf(lexicon, name);
      if (countryByAlias.has(name) || (known && known.type !== 'Official')) break;
      if (HEAD_TYPES.has(name.slice(name.lastIndexOf(' ') + 1))) break;
      const countryId = countryByAlias.get(match[2]!);
      out.push({
        candidate: officialCandidate(known, name, nameStart + offset),
        title,
        ...(countryId ? { countryId } : {}),
        span: { start: nameStart + offset, end: match.indices![2]![1] + offset },
      });
    }
  }
  return out;
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
function titleListOf(text: string, kind: number, start: number, offset: number) {
  if (kind < 1 || kind > 3) return {};
  const from = titleListStart(text, start);
  return from < start ? { titleList: { start: from + offset, end: start + offset } } : {};
}

function lexiconEntityOf(lexicon: Lexicon, surface: string) {
  const alias = lexicon.aliases.find((entry) => entry.alias === surface);
  return alias ? lexicon.entities.get(alias.entityId) : undefined;
}

/** The official a name stands for: the lexicon's entry when it lists the name, else a new id. */
function officialCandidate(
  known: ReturnType<typeof lexiconEntityOf>,
  name: string,
  start: number,
): Candidate {
  return {
    entityId: known?.id ?? `official:${slugify(name)}`,
    type: 'Official',
    start,
    end: start + name.length,
    text: name,
    source: 'official',
  };
}
