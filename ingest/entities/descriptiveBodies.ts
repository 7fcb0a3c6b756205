/**
 * Open-vocabulary bodies no capitalised run names:
 *
 * - a standing body a statement creates or convenes, described by its format and subject in
 *   lowercase ("our bilateral cyber working group", "a binational panel of public health
 *   experts", "a joint task force"): a `Program`, as a capitalised Working Group or Task Force
 *   is (gold conventions, session 12: "the semiconductor joint task force is a Program, as a
 *   working group"). A determiner must come first, so a bare plural ("through joint working
 *   groups", a topic) is no body; "dialogue" is not a head (a "bilateral space dialogue" is a
 *   topic in the gold).
 * - a company named with a comma before its legal form ("Lomiko Metals, Inc."): the comma ends
 *   every capitalised run, so the head-noun finder never reaches the suffix.
 *
 * Words are data (data/rules/names.json formatBodyModifiers, formatBodyHeads, remitStops,
 * companySuffixes).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const DETERMINER = String.raw`(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ-])(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:new\s+)?)`;
/** Format word, up to three lowercase subject words, the head; a remit of one to four words. */
const FORMAT_BODY = new RegExp(
  String.raw`${DETERMINER}(?:${alternation(NAME_RULES.formatBodyModifiers)})(?:\s+[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*){0,3}?\s+(?:${alternation(NAME_RULES.formatBodyHeads)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-])((?:\s+(?:on|of)(?:\s+[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*){1,4})?)`,
  'g',
);
const ANY_MODIFIER = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.formatBodyModifiers)})\s`,
);

/** The remit's words up to the first stop word ("on precursor chemical regulation to …"). */
function remitLength(remit: string): number {
  const words = remit.trim().split(/\s+/);
  let kept = 1; // "on" / "of"
  while (kept < words.length && !NAME_RULES.remitStops.has(words[kept]!)) kept++;
  if (kept === 1) return 0;
  // Keep the leading whitespace and the words kept, single-spaced or not.
  let at = 0;
  for (let word = 0; word < kept; word++) {
    at = remit.indexOf(words[word]!, at) + words[word]!.length;
  }
  return at;
}

/** Lowercase descriptions of one standing body, after a determiner. */
export function formatBodies(text: string, offset: number): Candidate[] {
  // A plain search for the words first: ANY_MODIFIER's look-behind makes it try every position.
  if (!NAME_RULES.formatBodyModifiers.some((word) => text.includes(word))) return [];
  if (!ANY_MODIFIER.test(text)) return [];
  const out: Candidate[] = [];
  FORMAT_BODY.lastIndex = 0;
  for (let match = FORMAT_BODY.exec(text); match; match = FORMAT_BODY.exec(text)) {
    const remit = match[1]!;
    const surface = match[0].slice(0, match[0].length - remit.length + remitLength(remit));
    const name = surface.replace(/\s+/g, ' ');
    out.push(candidateAt('Program', surface, match.index + offset, 'phrase', name));
  }
  return out;
}

/** "Lomiko Metals, Inc.", "Q&T Hi-Tech Polymer Co., Ltd.": capitalised words, a comma, the legal form. */
const COMMA_COMPANY = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.’'&-])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&-]*(?: (?:&|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&-]*))*, (?:${alternation(NAME_RULES.companySuffixes)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);
const ANY_SUFFIX = new RegExp(`, (?:${alternation(NAME_RULES.companySuffixes)})`);

/** Companies named with a comma before their legal form. */
export function commaCompanies(text: string, offset: number): Candidate[] {
  if (!ANY_SUFFIX.test(text)) return [];
  const out: Candidate[] = [];
  COMMA_COMPANY.lastIndex = 0;
  for (let match = COMMA_COMPANY.exec(text); match; match = COMMA_COMPANY.exec(text)) {
    let surface = match[0];
    let start = match.index;
    const first = /^\S+ /.exec(surface)?.[0];
    // "The …", "Vietnam-based …": an opener or a compound adjective is no part of the name.
    const prefix = first && NAME_RULES.leadingPrefixes.some((end) => first.trim().endsWith(end));
    if (first && (NAME_RULES.openers.has(first.trim()) || prefix)) {
      surface = surface.slice(first.length);
      start += first.length;
    }
    out.push(candidateAt('Organization', surface, start + offset, 'phrase'));
  }
  return out;
}

/**
 * A capitalised run ending in a legal form ("… Limited", "… LLC") or in a company head that no
 * coordination shares either ("L3 Harris and Bharat Electronics": two companies, as "… and
 * Hindustan Aeronautics Limited" is; names.json companyHeads).
 */
const ENDS_IN_LEGAL_FORM = new RegExp(
  `[ ,](?:${alternation([...NAME_RULES.companySuffixes, ...NAME_RULES.companyHeads])})$`,
);
/** The last connector before it: what precedes is another name or a title ("Founder of"). */
const LAST_CONNECTOR = /^.* (?:and|of|for) /;

/**
 * Where a company's name starts in a capitalised run that ends in its legal form: after the last
 * "and", "of" or "for" ("GE Aerospace and Hindustan Aeronautics Limited", "Managing Partner of
 * Semai Ventures LLC"); a legal form never follows a coordination or a complement. 0 otherwise.
 */
export function companyStart(run: string): number {
  if (!ENDS_IN_LEGAL_FORM.test(run)) return 0;
  return LAST_CONNECTOR.exec(run)?.[0].length ?? 0;
}

/** One to four capitalised words of a company's name ("ZEP-RE", "Planet Labs PBC", "AT&T"). */
const COMPANY_NAME = String.raw`[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ&’'.-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ&’'.-]*){0,3}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ&’'-]| [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|,\s*[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`;
/**
 * "Kenyan company ZEP-RE", "UAE-based company Phanes", "the UAE-based Averi Finance and AMEA
 * Power": a company's name after a noun of its kind (names.json companyNouns) or after a place
 * glued to "-based", where a second name coordinated by "and" shares it.
 */
const NAMED_COMPANY = new RegExp(
  String.raw`(?:(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.companyNouns)})|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ.-])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*-based(?: (?:${alternation(NAME_RULES.companyNouns)}))?) (${COMPANY_NAME})(?: and (${COMPANY_NAME}))?`,
  'dg',
);
const ANY_COMPANY_NOUN = new RegExp(
  String.raw`-based |(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.companyNouns)}) [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]`,
);

/** The sentence's full stop after a name is no part of it, unless a legal form ends it ("Co."). */
function withoutStop(name: string): string {
  if (!name.endsWith('.')) return name;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return NAME_RULES.companySuffixes.includes(last) ? name : name.slice(0, -1);
}

/** Companies named in apposition to their kind or after "X-based". */
export function namedCompanies(text: string, offset: number): Candidate[] {
  // (As in formatBodies: the plain search spares most sentences the pattern's scan.)
  const noun = text.includes('-based ') || NAME_RULES.companyNouns.some((w) => text.includes(w));
  if (!noun || !ANY_COMPANY_NOUN.test(text)) return [];
  const out: Candidate[] = [];
  NAMED_COMPANY.lastIndex = 0;
  for (let match = NAMED_COMPANY.exec(text); match; match = NAMED_COMPANY.exec(text)) {
    const based = match[0].includes('-based ');
    // Only after "-based" does "and" coordinate a second company ("company X and its partners").
    const groups = based ? [1, 2] : [1];
    for (const group of groups) {
      const at = match.indices?.[group];
      if (!at) continue;
      out.push(candidateAt('Organization', withoutStop(match[group]!), at[0] + offset, 'phrase'));
    }
    // "company X and Y": without "-based" the "and" is left to the next match.
    if (!based && match.indices?.[2]) NAMED_COMPANY.lastIndex = match.indices[1]![1];
  }
  return out;
}
