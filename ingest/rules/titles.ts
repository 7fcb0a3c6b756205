/** Official titles, ranks and honorifics (data/rules/titles.json), validated once. */
import { z } from 'zod';
import titlesJson from '../../data/rules/titles.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1));

const schema = z.object({
  titles: words.min(1),
  /** Heads that open a title before a name ('Head of Cabinet …') but are common words elsewhere. */
  personHeads: words,
  ranks: words,
  departments: words,
  honorifics: words,
  /** Short form → the title it abbreviates ("DNSA" → "Deputy National Security Advisor"). */
  abbreviations: z.record(
    z.string().regex(/^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]{2,8}$/, 'letters only, as written'),
    z.string().min(2),
  ),
  notNames: words,
  titleWordsInNames: words,
  /** Titles that name an official by office alone ('the UN Secretary-General'). */
  offices: words,
  /** Offices that do so only after an owner ('the IAEA Director General'), never with a body. */
  ownedOffices: words,
  /** Particles inside a person's name ("von der Leyen", "bin Salman", "Bin Hamad"). */
  nameParticles: words,
  /** Forms of address between a title and the name, not part of it ("HH", "Sheikh"). */
  styles: words,
  /** Styles also written before a given name alone, for an official named before ("Sheikh Tahnoon"). */
  givenNameStyles: words,
  /** A leader's spouse's office ("First Lady"): its holder is none of "the leaders". */
  spouseOffices: words,
  /** Titles a royal honorific ("His Majesty") addresses ("King", "Crown Prince", "Sultan"). */
  royalTitles: words,
  /** Title and style words that say a woman or a man holds them ("Mrs.", "Queen"; "Mr.", "King"). */
  genderedTitleWords: z.object({ female: words, male: words }),
  /** U.S. executive offices: an unplaced official holding one represents the United States. */
  homeOffices: z.object({
    country: z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3}$/, 'an ISO 3166 alpha-3 code'),
    bodies: words,
    departments: words,
    frontDepartments: words,
    offices: words,
    vetoes: words,
  }),
});

export const TITLE_RULES = parseRules('rules/titles.json', schema, titlesJson);

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so that "Prime Minister" wins over "Minister" in an alternation. */
export function alternation(items: readonly string[]): string {
  return [...items]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

/** Courtesy titles ("Mr.", "Mrs.", "Dr."): a form of address, never an office. */
export const HONORIFICS: ReadonlySet<string> = new Set(TITLE_RULES.honorifics);

/** A leader's spouse's office ("First Lady"): no office of state. */
export const SPOUSE_OFFICES: ReadonlySet<string> = new Set(TITLE_RULES.spouseOffices);

/** Every single word of a title ("Prime", "Minister", "Secretary-General"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  TITLE_RULES.titles.flatMap((title) => title.split(' ')),
);

/** Abbreviated titles as written ("DNSA", "SecState"): only before an introduced official's surname. */
export const TITLE_ABBREVIATIONS: readonly string[] = Object.keys(TITLE_RULES.abbreviations);

/**
 * Text ending in a title, rank, honorific, abbreviated title or a style written before a given name
 * alone: a bare surname after it names an official ("DNSA Neuberger" once Anne Neuberger was
 * introduced, "Mr. Sullivan and Sheikh Tahnoon").
 */
export const TITLE_BEFORE = new RegExp(
  `(?:${alternation([...TITLE_RULES.titles, ...TITLE_RULES.ranks, ...TITLE_RULES.honorifics])}|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation([...TITLE_ABBREVIATIONS, ...TITLE_RULES.givenNameStyles])}))\\s+$`,
);

/**
 * Text ending in a plural title and the surnames it has titled so far: "Presidents Biden and von
 * der Leyen", "Prime Ministers Kishida, Albanese and Modi". A bare surname there names the official
 * as it does after a singular title (gold 2022-04-29, 2022-05-24: "Presidents Biden and von der
 * Leyen" declares Joe Biden). Plurals of the one-word titles ("Presidents", "Ministers").
 */
export const PLURAL_TITLE_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(
    TITLE_RULES.titles
      .filter((title) => /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/.test(title))
      .map((title) => `${title}s`),
  )}) (?:\\p{Lu}[\\p{L}’'-]+(?:,? and |, ))*$`,
  'u',
);
