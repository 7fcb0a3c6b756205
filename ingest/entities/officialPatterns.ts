/**
 * The regexes that spot an official's title and name (officials.ts reads their matches): built
 * once from the title rules and the lexicon's countries. Separate because they are vocabulary, and
 * the pattern order (each pattern's index is its `kind`) is the contract with officials.ts.
 */

import type { Lexicon } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import {
  alternation,
  escapeRegex,
  TITLE_ABBREVIATIONS,
  TITLE_RULES,
  TITLE_WORDS,
} from '../rules/titles';

/**
 * Title heads of the patterns: the titles and the person heads ('Head of Cabinet Lena Vogt'),
 * which stay out of TITLE_WORDS so that a topic may hold them ('Head Start teachers').
 */
const HEADS = [...TITLE_RULES.titles, ...TITLE_RULES.personHeads];
/**
 * Letters of a name, of the Latin script ("Eduardo Año", "José", "Ngô", "Şahin", "Võ Văn
 * Thưởng"): a name cut at its first accent loses the person ("Eduardo"). As everywhere in
 * ingest/ (tests/unit/architecture/unicode-patterns.test.ts), Latin Extended-A/B and Extended
 * Additional count as capitals too: their cases alternate letter by letter.
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ';
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';
const DEPARTMENT = `(?: (?:of|for) (?:${alternation(TITLE_RULES.departments)}))?`;
/**
 * Clause openers (data/rules/names.json `openers`) are no part of a title: "When Prime Minister
 * Modi …", "Today Vice President Harris …", "Since President …" gave the titles "When Prime
 * Minister", "Today Vice President" (15 of the officials' titles over the gold's and the sample's
 * extractions). The openers that also open a title or a style stay ("Under Secretary", "His
 * Majesty", "Her Excellency").
 */
const TITLE_OPENING = new Set(
  [
    ...TITLE_RULES.titles,
    ...TITLE_RULES.personHeads,
    ...TITLE_RULES.styles,
    ...TITLE_RULES.offices,
    ...TITLE_RULES.homeOffices.offices,
  ].map((phrase) => phrase.split(' ')[0]!),
);
/** Words that open no title, whatever follows: articles, prepositions, determiners. */
const FUNCTION_LEADS = 'The A An And In On At For With Both Our Their This'.split(' ');
const NOT_LEADS = new Set([
  ...FUNCTION_LEADS,
  ...[...NAME_RULES.openers].filter((word) => !TITLE_OPENING.has(word)),
]);
const LEAD_WORD = `(?!(?:${alternation([...NOT_LEADS])})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[${UPPER}][${LETTER}’'-]+`;
export const TITLE_BODY = `(?:${LEAD_WORD} ){0,5}?(?:${HEADS.map(escapeRegex).join('|')})${DEPARTMENT}(?: General)?`;
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
const NAME_WORD = `(?!(?:of|and|the|Of|And|The|${NOT_NAMES})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[${UPPER}][${LETTER}’'-]+(?![${LETTER}])`;
/** Title heads in either case, escaped ("Cpl." ends in a dot). */
const HEAD_FORMS = HEADS.flatMap((head) => [head, head.toLowerCase()])
  .map(escapeRegex)
  .join('|');
/**
 * A title after the name, in either case, with its portfolio ("deputy minister of foreign
 * affairs", "vice-minister of foreign affairs": a hyphenated rank is part of the title).
 */
const APPOSITIVE_TITLE = `((?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]+ ){0,3}?(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+-)?(?:${HEAD_FORMS})(?: (?:of|for) (?!the(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?: [A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)?)??)`;
/**
 * A title word as the last word of a name ("Private Travis King from the DPRK"): a surname may
 * be a title word, and it ends the capitalised run, so it cannot be the next official's title.
 */
const TAIL_WORD = `(?:${alternation([...TITLE_WORDS])})(?![${LETTER}’'-])(?! [${UPPER}])`;
/** Sentence adverbs and other clause openers (data/rules/names.json `openers`) start no name. */
const NOT_OPENER = `(?<![${LETTER}’'-])(?!(?:${alternation([...NAME_RULES.openers])})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`;
/** "von der " before a capitalised name word: "President von der Leyen", "Mohammed bin Salman". */
export const PARTICLE = `(?:(?:${alternation(TITLE_RULES.nameParticles)}) (?=[${UPPER}]))`;
/** "al-Sudani", "el-Sisi": an Arabic article joined to a name word by a hyphen. */
const ARTICLE = '(?:(?:al|el)-)';
/** "Ramirez de la O": after a particle, a family name may be one capital letter. */
const PARTICLE_INITIAL = `${PARTICLE}[${UPPER}](?![${LETTER}.’'-])`;
/**
 * "Khalid bin Khalifa bin Abdul Aziz Al Thani": an Arabic name chains its links, so a fifth word
 * after the first is allowed only when a particle opens it ("Al Thani"); a headline's capitalised
 * run ("Biden Announces Nine Key Nominations") has none and stays cut at four (session 23, U).
 */
const ARABIC_TAIL = `(?: ${PARTICLE}${NAME_WORD})?`;
/**
 * "Principal Secretary P.K. Mishra", "Senator J.D. Vance": a name may open with glued initials.
 * Not "U.S."/"U.K."/"U.N."/"E.U.", which open a body's or an office's name after a title.
 */
const INITIALS = `(?:(?!U\\.[SKN]\\.|E\\.U\\.)(?:[${UPPER}]\\.){2,3} )?`;
/**
 * "Lisa O. Monaco": one capital and a dot inside a name, not the first letter of "U.S." after it
 * ("discussed with Prime Minister Netanyahu U.S. coordination", gold 2023-10-14: "Netanyahu U.").
 */
const MIDDLE_INITIAL = `[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.(?![A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`;
const NAME = `(${INITIALS}${PARTICLE}?${ARTICLE}?${NAME_WORD}(?: (?:${MIDDLE_INITIAL}|${PARTICLE_INITIAL}|${PARTICLE}?${ARTICLE}?${NAME_WORD})){0,3}${ARABIC_TAIL}(?: ${TAIL_WORD})?(?:,? Jr\\.)?)`;
/** "Amir Sheikh Tamim Bin Hamad Al-Thani": a style between title and name is in neither. */
const STYLE = `(?:(?:${alternation(TITLE_RULES.styles)}) )*`;
/**
 * "Dr. Kim Tae-hyo, Principal Deputy National Security Advisor of the ROK": an honorific marks a
 * person, so the appositive title may be long and free ("Coordinator for Intelligence and Defense
 * Policy at the U.S. National Security Council"). Lazy and bounded: it stops at the first
 * "of/at Country" or punctuation.
 */
const HONORIFIC = `(?:${alternation(TITLE_RULES.honorifics)}) `;
const FREE_TITLE = `((?:[${UPPER}][${LETTER}’'-]+|of|for|and|the)(?: (?:[${UPPER}][${LETTER}’'-]+|of|for|and|the)){0,9}?)`;
/**
 * A long appositive title after a full name, without an honorific: capitalised words and the
 * joiners of a remit ("Special Assistant to the President and Senior Director for Climate and
 * Energy at the White House National Security Council"), up to punctuation or a lowercase word
 * that is no joiner. Its country, if any, is a demonym or alias inside it ("U.S. Senior Advisor").
 */
const JOINER = '(?:of|for|to|at|on|and|the)';
const TITLE_WORD = `(?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.){2,}|[${UPPER}][${LETTER}’'-]*)`;
const LONG_TITLE = `((?:${TITLE_WORD}|${JOINER})(?: (?:${TITLE_WORD}|${JOINER})){0,24}?)(?=[,;:)]|\\.(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])| (?!${JOINER}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]|$)`;
/**
 * The lowercase words inside a title's run of capitalised words ("Assistant Secretary of State
 * for …", "Special Assistant to the President and …"): gluedTitles.ts walks back over them to the
 * title's start; after one, appositiveTitles.ts reads the last words as a place or body.
 */
export const TITLE_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'to',
  'the',
  'and',
  'in',
  'at',
  'on',
]);
/** Any title word: a free title must contain one to be a title at all. */
export const TITLE_HEAD = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation([...HEADS, ...TITLE_RULES.titleWordsInNames])})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/**
 * What every pattern needs somewhere in the text, tested once per sentence before the patterns
 * run (most sentences name no official, and each pattern scans the whole sentence): a title
 * head, in any case (the appositive title takes it lowercase), or an honorific.
 */
export const ANY_HEAD = new RegExp(HEADS.map(escapeRegex).join('|'), 'i');
/**
 * A title head as written, capitalised: every pattern built on `TITLE_BODY` holds one verbatim, so
 * a sentence without one skips them. `ANY_HEAD`, case-blind for the appositive "deputy minister",
 * also passes "making" (King), "majority" (Major), "leadership" (Leader), "private" …: about a
 * third of the sentences it passes hold no capitalised head.
 */
const ANY_TITLE_HEAD = new RegExp(HEADS.map(escapeRegex).join('|'));

/** The text `writesTitleHead` answered last, and its answer. */
let lastText: string | undefined;
let lastAnswer = false;

/**
 * `ANY_TITLE_HEAD.test(text)`, remembered for the last text: the official finders each ask it of
 * the same sentence in turn (gatesFor, titleOfBody.ts, titleOfPortfolio.ts).
 */
export function writesTitleHead(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = ANY_TITLE_HEAD.test(text);
  }
  return lastAnswer;
}
export const ANY_HONORIFIC = new RegExp(HONORIFIC);
/**
 * What the abbreviated-title pattern needs instead: "DNSA Lindqvist highlighted …" may hold no
 * title head at all once the official was introduced in an earlier sentence.
 */
/**
 * An abbreviated title, or a style written before a given name alone ("Sheikh Tahnoon" once
 * "Sheikh Tahnoon bin Zayed Al Nahyan" was named): both stand only before an introduced name.
 */
const SHORT_TITLE = alternation([...TITLE_ABBREVIATIONS, ...TITLE_RULES.givenNameStyles]);
export const ANY_ABBREVIATION = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${SHORT_TITLE}) `);
/** The patterns (by kind, see `compile`) that open with an honorific instead of a title head. */
export const HONORIFIC_KINDS = new Set([0, 5]);
/** The patterns (by kind) that open with the title: a country may be written before it. */
export const TITLE_FIRST_KINDS = new Set([1, 2, 3, 6, 7]);
/** The patterns (by kind) built on `TITLE_BODY`: they need `ANY_TITLE_HEAD`. */
export const TITLE_BODY_KINDS = new Set([1, 2, 3, 6]);

export interface Compiled {
  patterns: RegExp[];
  countryByAlias: Map<string, string>;
  /**
   * One "Name of Country" of a counterparts list (findCounterparts), sticky. Built once with the
   * patterns: its source holds every country alias, so building it per sentence cost 2 % of
   * extraction; each use sets `lastIndex` before its first `exec`, so sharing it is safe.
   */
  counterpartItem: RegExp;
  /** A country alias (and an ordinal rank) ending the text before a title: frontedCountry. */
  frontedCountry: RegExp;
}
let compiled: Compiled | undefined;

export function compile(lexicon: Lexicon): Compiled {
  if (compiled) return compiled;
  const countryByAlias = new Map<string, string>();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type === 'Country' && !alias.adjectival) countryByAlias.set(alias.alias, entity.id);
  }
  const countries = [...countryByAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  // A country alias, captured, optionally after "the" and before its "(ACRONYM)".
  // "President Nikos Christodoulides of the Republic of Cyprus": the state's formal name.
  const COUNTRY = `(?:the )?(?:Republic of (?:the )?)?(${countries.join('|')})(?: \\([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,5}\\))?`;
  compiled = {
    countryByAlias,
    counterpartItem: new RegExp(`${NAME} of ${COUNTRY}(?:,? (?:and )?)?`, 'dy'),
    frontedCountry: new RegExp(
      // "Republic of Korea (ROK) National Security Advisor Kim Sung-han": its acronym may follow.
      `(?<![${LETTER}’'.-])(?:the )?(${countries.join('|')}) (?:\\([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,5}\\) )?(?:(\\d+(?:st|nd|rd|th)) )?$`,
    ),
    patterns: [
      // Dr. Name, Title of/at (the) Country …  — first, so its long title is one span
      new RegExp(`${HONORIFIC}${NAME}, ${FREE_TITLE}(?: (?:of|at) ${COUNTRY}|(?=[,.;:)]))`, 'dg'),
      // Title of Country Name; a comma may set the name off ("the Prime Minister of the Republic
      // of Iraq, Mohammed Shia’a Al-Sudani,"): officials.ts keeps that only for a full name that
      // punctuation or "and" ends (appositiveName).
      new RegExp(`${TITLE} of ${COUNTRY},? ${STYLE}${NAME}`, 'dg'),
      // Title Name of Country
      new RegExp(`${TITLE} ${STYLE}${NAME} of ${COUNTRY}`, 'dg'),
      // Title Name
      new RegExp(`${TITLE} ${STYLE}${NAME}`, 'dg'),
      // Name, title of Country ("Kim Sung-han, deputy minister of foreign affairs of the DPRK"):
      // a clause opener before the comma is no name ("Today, the President of the United States
      // and …" named an official "Today" that every later "The Presidents" resolved to).
      // No name inside a remit: "Deputy National Security Advisor for International Economics
      // Mike Pyle, Deputy Prime Minister … of Ukraine" took the remit into the name (the remit
      // pattern below reads it). A style before the name is in neither ("HE Sheikh Khalid bin
      // Khalifa Al Thani, Prime Minister of Qatar": the gold names "Khalid bin Khalifa Al Thani").
      new RegExp(
        `${NOT_OPENER}(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])for (?:[${UPPER}][${LETTER}’'-]* )*)${STYLE}${NAME}, (?:the )?${APPOSITIVE_TITLE} of ${COUNTRY}`,
        'dg',
      ),
      // Honorific Name ("Mr. Akiba and Mr. Año welcomed"): a later mention of an official the
      // document introduced; the surname merge makes it that official.
      new RegExp(`(${HONORIFIC.trimEnd()}) ${NAME}`, 'dg'),
      // Title to the President for Remit Name (REMIT_TITLE); a comma may set the name off
      // ("Chief Officer for North America, Roberto Velasco.") when punctuation ends it: a remit
      // goes on with "and" ("Minister for Economic Affairs, Energy Transition and Industry").
      new RegExp(
        `${REMIT_TITLE}(?: |, (?=${NAME_WORD}(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.)? ${NAME_WORD}(?:[,.;:)]|$)))(${NAME_WORD}(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.)? ${NAME_WORD})(?=[’']s(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|[,.;:)]|$| [a-zß-öø-ɏḀ-ỿ])`,
        'dg',
      ),
      // Abbreviated title Surname ("DNSA Neuberger"): kept only for an official introduced
      // before (findOfficials' `introduced`), so "PM Eastern" and "FM Radio" name no one.
      // ("Sheikh Tahnoon bin Zayed": a particle after the word continues a full name.)
      new RegExp(
        `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(${SHORT_TITLE}) (${NAME_WORD})(?! [${UPPER}]| ${PARTICLE})`,
        'dg',
      ),
      // Name Surname, Free Title ("Björn Seibert, Head of Cabinet of the European Commission
      // President, and …"): the appositive title without an honorific; officials.ts checks that
      // it is a title (APPOSITIVE_KIND).
      // The name opens its capitalised run ("Chinese Communist Party Politburo Member, Director
      // of …" is a title list) and is no remit or place after a title's joiner ("Assistant to
      // the President for Domestic Policy, …", "District Attorney of San Francisco, …"; "the
      // leadership of Ditte Juul Jørgensen, …" stays a person); "and" only after a comma
      // ("…, and Amos Hochstein, U.S. Senior Advisor"). A lowercase tenure word may open the title
      // ("Stephen Lovegrove, incoming National Security Advisor to the Prime Minister …").
      new RegExp(
        `${NOT_OPENER}(?<![${UPPER}][${LETTER}.’'-]* )(?<![${UPPER}][${LETTER}.’'-]* (?:of|for|to|at|on|in) )(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:for|the) )(?<![${LETTER}] and )(${NAME_WORD}(?: (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.|${PARTICLE}?${NAME_WORD})){1,3}), (?:(?:incoming|outgoing|new|acting|former) )?${LONG_TITLE}`,
        'dg',
      ),
    ],
  };
  return compiled;
}

/** How many patterns `compile` builds (officials.ts gates each by kind). */
export const PATTERN_COUNT = 9;
/** The pattern of an abbreviated title before a surname (its index in `patterns`). */
export const ABBREVIATED = 7;
/** The pattern of a full name with a long appositive title and no honorific. */
export const APPOSITIVE_KIND = 8;
