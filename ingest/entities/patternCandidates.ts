/**
 * Candidates found by a fixed pattern rather than a lexicon or a head noun: numbered Security
 * Council resolutions, numbered orders and sections, treaty articles, and the venue a meeting
 * sentence names.
 */
import { MONTH_ALTERNATION } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { classify } from './nameHeads';

const UN = String.raw`(?:UN|U\.N\.|United Nations)`;

/**
 * Whether `text` has a digit, which every numbered pattern below needs: a plain scan that spares
 * most sentences those patterns, whose leading look-behind makes the engine try every position.
 */
function hasDigit(text: string): boolean {
  return /[0-9]/.test(text);
}
// A bare "Security Council Resolution 2735" is the UN's: no other Security Council numbers
// resolutions in these statements; "No. " before the number is a style, not part of the name.
const NUMBERED_RESOLUTION = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:UNSCR|UNSC [Rr]esolution|(?:${UN} )?Security Council [Rr]esolution) (?:No\. )?(\d{2,4})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);

/**
 * "UNSCR 2231", "UN Security Council Resolution 2231" and "Security Council Resolution No. 2231"
 * are one resolution, named the long way.
 */
export function numberedResolutions(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  NUMBERED_RESOLUTION.lastIndex = 0;
  for (let match = NUMBERED_RESOLUTION.exec(text); match; match = NUMBERED_RESOLUTION.exec(text)) {
    const name = `UN Security Council Resolution ${match[1]}`;
    const hit = candidateAt('Instrument', match[0], match.index + offset, 'lexicon', name);
    out.push({ ...hit, name });
  }
  return out;
}

const RESOLUTION_NUMBER = String.raw`(?:ES-\d{1,2}/\d{1,2}|\d{2,3}/\d{1,4}|\d{2,4})(?: \((?:19|20)\d\d\))?`;
const LISTED_RESOLUTIONS = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])${UN} (Security Council|General Assembly) [Rr]esolutions? ` +
    `${RESOLUTION_NUMBER}(?:,? (?:and )?${RESOLUTION_NUMBER})*`,
  'g',
);
const NUMBER_IN_LIST = new RegExp(RESOLUTION_NUMBER, 'g');

/**
 * "United Nations Security Council resolutions 2570, 2571 (2021)", "United Nations General
 * Assembly resolutions ES-11/1 and ES-11/2": each number is a resolution of its own, named the
 * long way (the gold expands coordinated heads); the first takes the head into its surface.
 */
export function listedResolutions(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  LISTED_RESOLUTIONS.lastIndex = 0;
  for (let match = LISTED_RESOLUTIONS.exec(text); match; match = LISTED_RESOLUTIONS.exec(text)) {
    const council = match[1] === 'Security Council';
    // A single Security Council resolution is numberedResolutions' own.
    const numbers = [...match[0].matchAll(NUMBER_IN_LIST)];
    if (council && numbers.length < 2) continue;
    for (const [i, number] of numbers.entries()) {
      const bare = number[0].replace(/ \(\d{4}\)$/, '');
      const name = council
        ? `UN Security Council Resolution ${bare}`
        : `UN General Assembly resolution ${bare}`;
      const from = i === 0 ? 0 : number.index;
      const surface = match[0].slice(from, number.index + bare.length);
      const hit = candidateAt('Instrument', surface, match.index + from + offset, 'lexicon', name);
      out.push({ ...hit, name });
    }
  }
  return out;
}

/** A parenthesised title after the number and its date: " of March 8, 2018 (Adjusting …)". */
const TITLE_AFTER = new RegExp(
  `^(?: of (?:${MONTH_ALTERNATION}) \\d{1,2}, \\d{4})?,? \\(([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^()]{3,300})\\)`,
);

/** "Section" or "section": statements write a statute's section lowercase ("section 232 duties"). */
const eitherCase = (head: string) => `[${head[0]}${head[0]!.toLowerCase()}]${head.slice(1)}`;
const NUMBERED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:${NAME_RULES.numberedHeads.map(eitherCase).join('|')}) (?:No\\. )?\\d{2,5}|(?:${NAME_RULES.codeTitleHeads.join('|')}) \\d{1,3})[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]?(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);

/**
 * "Proclamation 9704 of March 8, 2018", "Section 232 of the Trade Expansion Act": a head of a
 * numbered series (data/rules/names.json numberedHeads) and its number name one instrument, found
 * whatever longer name holds it ("… Annex to Executive Order 14346"); the one-word heads are
 * below the named-phrase finder's two-word floor. Found as a lexicon name, so one inside a longer
 * name stays nested.
 */
export function numberedInstruments(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  if (!hasDigit(text)) return out;
  NUMBERED.lastIndex = 0;
  for (let match = NUMBERED.exec(text); match; match = NUMBERED.exec(text)) {
    const end = match.index + match[0].length;
    const written = match[0].replace('No. ', '');
    const name = written[0]!.toUpperCase() + written.slice(1);
    const found = candidateAt('Instrument', match[0], match.index + offset, 'lexicon', name);
    // Named without "No." whichever way the first mention wrote it ("Executive Order No. 14012").
    out.push({ ...found, name });
    // "Executive Order 14346 of September 5, 2025 (Modifying the Scope of …)": the title in
    // parentheses is the order's own alias, not names of its own (gold 2026-02-06, 2025-10-26).
    const title = TITLE_AFTER.exec(text.slice(end));
    if (title) {
      const at = end + title[0].length - title[1]!.length - 1;
      out.push({
        ...candidateAt('Instrument', title[1]!, at + offset, 'lexicon'),
        entityId: found.entityId,
        name,
      });
    }
  }
  return out;
}

/**
 * "Article V of the Treaty of …": an article is an instrument of its own, named with its treaty:
 * an acronym before it ("NPT Article IV") or a lowercase treaty after it ("Article 5 of our
 * security treaty"); a party's possessive opens the treaty's name ("Article 14 of Australia’s
 * Comprehensive Safeguards Agreement").
 */
export function articles(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // The pattern needs "Article ": a plain search spares most sentences its scan.
  if (!text.includes('Article ')) return out;
  const pattern =
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,6} )?Article (?:[IVXLC]+|\d+)(?: of (?:the )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?:[’']s)?(?:(?: of| and| on| for)? [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)*| of (?:our|the|its|their) (?:[a-zß-öø-ɏḀ-ỿ-]+ ){0,2}(?:treaty|charter|convention)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))?/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    out.push(candidateAt('Instrument', match[0], match.index + offset, 'phrase'));
  }
  return out;
}

const WATERS = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.placeHeadsBefore.join('|')}) of (?:the )?(?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]+(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?![ -][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
  'g',
);

/**
 * "the Gulf of Mexico", "the Strait of Hormuz": a body of water or a landform named by its kind and
 * one capitalised word is a place (Region); the state it is named after is no mention of that
 * state (a longer name, "Gulf of Mexico Energy Security Act", wins by length).
 */
export function waters(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  WATERS.lastIndex = 0;
  for (let match = WATERS.exec(text); match; match = WATERS.exec(text)) {
    if (insideLongerName(text, match.index)) continue;
    out.push(candidateAt('Region', match[0], match.index + offset, 'phrase'));
  }
  return out;
}

/** The capitalised word right before a position, if any. */
const WORD_BEFORE = /([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*) $/;

/**
 * After a capitalised word other than a sentence opener the head is a word of a longer name
 * ("Calexico East Land Port of Entry", a crossing; gold 2023-05-02), as names.json says of
 * placeHeadsBefore; "The Port of Baltimore" opens a sentence with its own name.
 */
function insideLongerName(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return before !== null && !NAME_RULES.openers.has(before[1]!);
}

const VENUE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:at|in) (?:the )?((?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*(?: (?:of )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*)*)`,
  'g',
);

/** The verbs of the test in `venues`, for a plain search ahead of it ("meet" holds no "met"). */
const MEETING_VERBS = ['met', 'meet', 'gathered', 'convened'];

/** The place a meeting was held: "met … at the United States Naval Academy". */
export function venues(text: string, offset: number): Candidate[] {
  // (A plain search for the words first: the pattern tries every position of the sentence.)
  if (
    !MEETING_VERBS.some((verb) => text.includes(verb)) ||
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:met|meet|gathered|convened)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(text)
  )
    return [];
  const out: Candidate[] = [];
  const pattern = VENUE;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // "an event this week at the World Health Assembly.": a sentence's full stop ends the run, and
    // a run whose head says another kind (a body, a meeting) is that, found by its head, no place.
    const name = match[1]!.replace(/(?<=[a-zß-öø-ɏḀ-ỿ])\.$/, '');
    if (!name.includes(' ')) continue;
    const headType = classify(name);
    if (headType && headType !== 'Region') continue;
    const at = match.index + match[0].length - name.length;
    out.push(candidateAt('Region', name, at + offset, 'venue'));
  }
  return out;
}
