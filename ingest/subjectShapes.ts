/**
 * The shapes of text between a subject and its verb, or around a subject, that subjectBefore
 * (resolveActors.ts) trims or recognises: asides, defined names, contracted auxiliaries,
 * sentence openers, narrowed group heads. Patterns only; resolveActors.ts and the subject
 * modules it calls (commitments/*Subject.ts) decide.
 */

import { endWords } from './endWords';
import { STANCES_COMPILED } from './rules/stanceRules';
import { SUBJECT_GAPS } from './rules/subjectGaps';

/**
 * "I also want to thank …", "We would like to congratulate …": a volitional hedge before a speech
 * act performs the act (gold 2024-12-06, 2021-06-02), so it stands between the subject and the
 * verb like an adverb; only before `hedgedPerformatives` ("we want to strengthen …" is a desire).
 */
export const HEDGE = /\s+(?:want|wants|wanted|would like|wish|wishes)\s+to\s*$/i;
export const HEDGED_VERB = new RegExp(
  `^(?:${STANCES_COMPILED.hedgedPerformatives.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);

/**
 * Words allowed between a subject and its verb ("Mr. Sullivan finally commended …", "The leaders
 * additionally discussed …", "The Minister then discussed …"; an agency's "the DFC alone
 * announced deals …": gold 2024-05-23, CONVENTIONS §7 agencies act as themselves). Not
 * "formally" ("the Department of Justice formally updated their policy": a past act, which the
 * `other` of "updated X on" would misread) nor "collectively" ("so that we can collectively work
 * to …": a purpose, no commitment in gold 3 of 3), which the helpers sample read as worse.
 */
const BETWEEN_WORDS = SUBJECT_GAPS.subjectVerbGap;
export const BETWEEN = new RegExp(`(?:\\s+(?:${BETWEEN_WORDS.join('|')}))*\\s*$`, 'i');
/** What BETWEEN can end in (endWords.ts): elsewhere it removes nothing. */
export const BETWEEN_ENDS = endWords(BETWEEN_WORDS, true);

/**
 * "The two sides over the course of two hours had …", "The President during the call reiterated
 * …", "The leaders at the outset of the meeting reaffirmed …": a prepositional adjunct of time or
 * occasion, with no commas, between a subject and its verb; lowercase words only, so a named
 * place or party ("in Hiroshima", "with Japan") is never taken for it, nor a phrase ending in a
 * function word ("… on the delivery of assistance and stressed": a coordinated verb). Group 1 is the text
 * before it, where appositiveSubject.ts's adjunctHead looks for the subject.
 */
export const UNCOMMAED_ADJUNCT =
  /^(.*\S)\s+(?:over|during|at|in|throughout|after|following|on)\s+(?:the|their|its|his|her|our|this|these|today[’']s|a|an|two|three)\s+(?:[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*\s+){0,6}[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|or|but|nor|to|of|the|that|which|with|for|by|as|a|an))$/;

/**
 * "(NSAs)", "(the Parties)", "(G7)", and a trade framework's or treaty's defined short name
 * ("(El Salvador)", "(“China”)"): a parenthesis naming the subject just before the verb.
 */
export const DEFINED_ACRONYM =
  /\s+\((?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\d/&+-]{0,15}|[“"](?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^()”"]{0,30}[”"]|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+){1,3})\)$/;

/** A sentence-opening plural head and its restrictive relative clause: "Those G7 countries that …". */
export const NARROWED_GROUP =
  /^((?:Those|The|All)\s+[^,;]{1,40}?[a-zß-öø-ɏḀ-ỿ]s)\s+(?:that|which|who)\s+[^,;]{1,120}(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:or|and|but|to|not))$/;

/** A sentence-opening plural noun phrase of lowercase words: "These sanctions", "The new measures". */
export const THING_SUBJECT =
  /^(?:These|Those|The|Such)\s+(?:[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+){0,3}[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*s$/;

/**
 * "President Joseph R. Biden, Jr., met today with …": the comma closing a name's suffix before
 * its verb (20 archive statements open so).
 */
/**
 * "The two leaders and their teams agreed to stay in regular contact" (gold 2024-02-29), "Both
 * leaders and their teams agreed to …": the teams go with the leaders, who speak; only after a
 * plural ("their"), so "The President and his national security team are assessing …" stays the
 * United States' boilerplate (gold README session 11).
 */
const TEAMS = SUBJECT_GAPS.teamNouns;
export const THEIR_TEAMS = new RegExp(
  `\\s+and\\s+their\\s+(?:respective\\s+)?(?:national\\s+security\\s+)?(?:${TEAMS.join('|')})\\s*$`,
  'i',
);
export const THEIR_TEAMS_ENDS = endWords(TEAMS, true);

/**
 * "Joseph R. Biden, Jr.,": the comma after a name's suffix. (This lookbehind and CONTRACTED's
 * come after the character they read, so the search is tried only at a comma or an apostrophe,
 * not behind every character of the text before a verb.)
 */
export const SUFFIX_COMMA = /,(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Jr|Sr)\.,)\s*$/;

/** "I’ve directed", "we’re taking": a contracted auxiliary between a pronoun and its verb. */
export const CONTRACTED =
  /[’'](?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:I|we|they|he|she|it|We|They|He|She|It)[’'])(?:ve|re|ll|m|s|d)\s*$/;

/** A sentence's opening conjunction, article and lowercase modifiers before its subject's name. */
export const OPENING_MODIFIERS =
  /^(?:(?:And|But|Yet|So)\s+(?:(?:the|an?)\s+)?|(?:The|An?)\s+)(?:[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+){0,2}$/;

/**
 * "Each Quad partner will endeavor …", "Each side will take …": a distributive subject opening
 * its clause is every party (gold 2022-05-24); group 1 is its head noun.
 */
export const EACH_PARTY =
  /(?:^|[,;]\s*)[Ee]ach\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+)?(side|partner|party|country|government|nation|member|signatory|leader)$/;

/**
 * "we, President Biden and Prime Minister Kishida," before a verb: "we" and its appositive names;
 * also between dashes ("we – Prime Minister Anthony Albanese of Australia, … – convene"); and an
 * opening "We the leaders of A, B, and C" or "We the Quad partners of A, …" with no comma after
 * "We", whose appositive the verb closes (parties.ts reads such an opening as the signatories
 * already; gold 2023-02-07, 2024-09-17: the list's first party was lost to the named list).
 */
export const WE_APPOSITIVE =
  /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ])([Ww]e)(?:,\s+(?:the\s+)?(?:[a-zß-öø-ɏḀ-ỿ]+\s+of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^;:]*,|\s+[–—]\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^;:–—]*\s+[–—])\s*$|^\s*(We)\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+)?[a-zß-öø-ɏḀ-ỿ]+\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^;:]*?,?\s*$/;

/** "is" / "are" (and an adverb) before an -ing trigger. */
const AUXILIARY_ADVERBS = SUBJECT_GAPS.progressiveAdverbs;
export const PROGRESSIVE_AUXILIARY = new RegExp(
  `\\s+(?:is|are)(?:\\s+(?:${AUXILIARY_ADVERBS.join('|')}))*\\s*$`,
);
export const PROGRESSIVE_AUXILIARY_ENDS = endWords(['is', 'are', ...AUXILIARY_ADVERBS], false);

/** A capitalised past verb opening a list item: "Passed …", "Committed to …", "Announced …". */
export const PAST_ITEM = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ed(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** A modal opening the trigger ("will strengthen"): what follows forecasts or undertakes. */
export const MODAL_NEXT = /^(?:will|shall|would|could|may|might|can)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "for us to stand strong with …": the infinitive's subject is the speakers; so is a hortative
 * "let us recommit to …" (a presidential statement's exhortation to its own nation).
 */
export const FOR_US = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:for us to|[Ll]et us)\s*$/;

/**
 * "X said (on Tuesday) (that)", "X emphasized that": the pronoun after it is X ("The United States
 * emphasized that it will follow developments closely": the inner "will" is the undertaking). Not
 * "reiterated/affirmed that": those verbs carry a stance of their own (gold 2022-04-22).
 */
export const REPORTING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:said|says|stated|states|told reporters|added|declared|announced)(?:\s+(?:on|in|at|late|early)\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ ,]{1,30}?)?(?:\s+that)?|(?:emphasi[sz]ed|stressed|underscored|underlined|made\s+clear)\s+that)\s*$/;
