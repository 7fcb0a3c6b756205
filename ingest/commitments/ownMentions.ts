/**
 * How the speaker's own country (or office) stands in a phrase of its clause: as the owner of a
 * stance noun ("the United States' commitment"), a modifier or premodifier ("U.S. support"), a
 * possessor, an acronym its subject defines, an office that speaks for it. Each says "who acts,
 * not what the clause is about"; ownSide.ts combines them with the rules that need the clause's
 * actors and scope.
 */
import { OWN_STANCE_NOUNS, SPEAKER_OFFICES } from '../rules/speakers';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';

/** What a speaker's country stands by: "the enduring U.S. commitment", "U.S. support" (data/rules/speakers.json `ownStanceNouns`). */
// (A word between may be a possessive itself: "the U.S. Government’s support", where the
// country's hit is "U.S." and the office's name runs on.)
const OWN_STANCE_NOUN = new RegExp(
  String.raw`^(?:[’']s?)?(?:\s+(?!(?:will|would|shall|must|can|may|to|and|also|continues?|remains?|is|are)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+(?:[’']s?)?){0,3}?\s+(?:${OWN_STANCE_NOUNS})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);
const OF_OWN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:commitments?|support|pledges?|resolve|determination)\s+of\s+(?:the\s+)?$/i;

/**
 * "reaffirmed the United States' commitment", "the commitment of the United States", "backed by
 * U.S. capabilities": the speaker's own country naming what it stands by is who acts, not what
 * the clause is about ("Japan's hosting", its conduct, still is).
 */
export function ownStance(hit: EntityHit, sentence: SegmentedSentence): boolean {
  if (hit.type !== 'Country') return false;
  const after = sentence.text.slice(hit.end - sentence.start, hit.end - sentence.start + 60);
  const before = sentence.text.slice(
    Math.max(0, hit.start - sentence.start - 40),
    hit.start - sentence.start,
  );
  return OWN_STANCE_NOUN.test(after) || OF_OWN.test(before);
}

/**
 * "highlighted the Biden-Harris Administration's commitment to …", "the fourth such meeting of
 * the Biden Administration": an office that speaks for one of the actors' own countries
 * (speakers.json) as the owner of a stance noun or after "of" is who acts, like the country (gold:
 * 3 of 3 such clauses leave it out); "the priority that the Biden-Harris Administration places
 * on …", its conduct, stays.
 */
export function ownOffice(
  hit: EntityHit,
  own: ReadonlySet<string>,
  sentence: SegmentedSentence,
): boolean {
  if (hit.type !== 'Organization') return false;
  if (!SPEAKER_OFFICES.some((office) => own.has(office.country) && whole(office.pattern, hit.text)))
    return false;
  const after = sentence.text.slice(hit.end - sentence.start, hit.end - sentence.start + 60);
  const before = sentence.text.slice(0, hit.start - sentence.start);
  return OWN_STANCE_NOUN.test(after) || /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])of\s+(?:the\s+)?$/i.test(before);
}

/** Whether `pattern` matches all of `text`. */
function whole(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && match[0].length === text.length;
}

/** "President Yoon Suk Yeol of the Republic of Korea (ROK) met … to reaffirm": the acronym the subject defines. */
export function definedBefore(
  hit: EntityHit,
  sentence: SegmentedSentence,
  trigger: Trigger,
): boolean {
  const from = hit.start - sentence.start;
  const to = hit.end - sentence.start;
  return to <= trigger.start && sentence.text[from - 1] === '(' && sentence.text[to] === ')';
}

/** A country opening or inside a hyphenated compound: "U.S.-ROK", "U.S.-Japan-ROK". */
const COMPOUND_AFTER = /^(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*)*-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/;

/**
 * "U.S.-ROK extended deterrence cooperation", "the U.S.-Japan Alliance": the actors' own country
 * named only as a compound modifier is who acts, not what the clause is about; the
 * named alliance or topic is (gold conventions, session 7). Another party in the compound stays.
 */
export function ownModifier(hit: EntityHit, sentence: SegmentedSentence): boolean {
  if (hit.type !== 'Country') return false;
  const from = hit.start - sentence.start;
  const to = hit.end - sentence.start;
  if (/[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ.]-$/.test(sentence.text.slice(Math.max(0, from - 2), from))) return true;
  return COMPOUND_AFTER.test(sentence.text.slice(to, to + 40));
}

/**
 * Words that may follow a country name without making it a modifier: auxiliaries, prepositions,
 * conjunctions and determiners ("the United States and Japan", "Japan in 2023").
 */
const NOT_A_HEAD =
  /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|do|did|be|been|also|and|or|nor|not|to|in|on|of|for|with|at|by|from|as|that|which|who|whose|under|over|against|into|across|than|since|during|while|because|if|so|but|both|each|such|this|these|those|next|last|earlier|later|today|now|again|alone|itself|together|and\/or)$/;

/**
 * "reaffirmed the U.S. extended deterrence commitment", "the full range of U.S. capabilities",
 * "the stationing of the U.S. forces in Japan", and the subject of a complement clause
 * ("underscored that the United States remains committed"): the actors' own country followed by a
 * word of its own phrase names who acts, not what the clause is about (gold: 66 of 70 such
 * mentions are out of `about`). An -ing word after it is the country's conduct ("look forward to
 * the United States hosting APEC"), which is; so is the last of a coordination.
 */
export function ownPremodifier(hit: EntityHit, sentence: SegmentedSentence): boolean {
  if (hit.type !== 'Country') return false;
  // "U.S. and ROK nuclear deterrence cooperation", "Japan, New Zealand, and the Republic of Korea
  // intend to meet": the last of a coordination is one party among others, kept;
  // "that coercion against the Philippines undermines …": after "against" the country is the
  // one acted on, whatever word follows.
  const before = sentence.text.slice(0, hit.start - sentence.start);
  const after = sentence.text.slice(hit.end - sentence.start);
  // "the U.S. and Israeli militaries", "between Saudi and U.S. national security teams": two
  // adjectival modifiers of one head noun; the own one is who acts (gold conventions, session 7).
  const paired = PAIRED_MODIFIER_AFTER.exec(after);
  // (A past form after the pair is its verb: "the U.S. and Israeli officials committed".)
  if (paired) return headNoun(after.slice(paired[0].length), /(?:ly|ing|ed)$/);
  if (DEMONYM_AND_BEFORE.test(before)) return headNoun(after, /(?:ly|ing|ed)$/);
  if (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|against|towards?)\s+(?:the\s+)?$/.test(before)) return false;
  return headNoun(after, /(?:ly|ing)$/);
}

/**
 * Whether the text opens with a lowercase word that can head the noun phrase a modifier precedes
 * (not a function word, nor a word whose ending `notHead` marks as a verb or adverb).
 */
function headNoun(text: string, notHead: RegExp): boolean {
  const next = /^\s([a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)/.exec(text);
  if (!next) return false;
  const word = next[1]!;
  return !NOT_A_HEAD.test(word) && !notHead.test(word);
}

/**
 * An adjectival form of a country ("Israeli", "Japanese", "Korean"): a coordinated modifier, not a
 * country named as a noun phrase ("the United States and Japan share …"). Not an acronym: in
 * "U.S. and ROK nuclear deterrence cooperation" the gold keeps both parties (2023-12-16).
 */
const DEMONYM = '[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:ese|ian|ean|ican|ban|li|di|ai|ni|qi|ti|ish|ch)';
const PAIRED_MODIFIER_AFTER = new RegExp(String.raw`^\s+and\s+${DEMONYM}(?=\s)`);
const DEMONYM_AND_BEFORE = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])${DEMONYM}\s+and\s+(?:the\s+)?$`,
);

/** A possessive after a name: "ASEAN’s", "Australia’s". */
const POSSESSIVE = /^[’']s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** The bare apostrophe of a name ending in s: "the United States’ view", "the Philippines' role". */
const PLURAL_POSSESSIVE = /^[’'](?=\s)/;
const JOINT_WITH = /^[’']s?\s+joint\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+with(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
const CONDUCT_GERUND = /^[’']s?\s+[a-zß-öø-ɏḀ-ỿ]+ing\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * "We support ASEAN’s efforts …" said by ASEAN and the United States, "building Australia’s
 * capabilities" by AUKUS, "President Biden’s plan" by the two leaders: the actors' own side as
 * the owner of what the clause names is who acts, not what it is about (gold conventions,
 * session 8: the actors' own country as a possessor is not in `about`; another's is). What the
 * speakers welcome is one member's act, and that member is what the welcome is about ("We welcome
 * Japan’s swift delivery of its budget support" by the G7).
 */
export function ownPossessor(
  hit: EntityHit,
  sentence: SegmentedSentence,
  trigger: Trigger,
): boolean {
  if (trigger.stance === 'welcome') return false;
  const after = sentence.text.slice(hit.end - sentence.start);
  // (The text after the hit starts at the apostrophe: a lookbehind on the name's last letter
  // would never see it, so the name itself is tested for its final "s".)
  const possessive =
    /[’']s?$/.test(hit.text) ||
    POSSESSIVE.test(after) ||
    (/s$/.test(hit.text) && PLURAL_POSSESSIVE.test(after));
  if (!possessive) return false;
  // "the United States’ hosting of APEC": a gerund with its object is the country's conduct,
  // which is what the clause is about (gold conventions: "Japan's hosting" by Japan stays).
  if (CONDUCT_GERUND.test(after)) return false;
  // "President Biden’s joint commitment with President Yoon": a joint act with another party is
  // a recalled bilateral act, both leaders what it is about, not the speaker's own stance.
  if (JOINT_WITH.test(after)) return false;
  // "support for Guyana’s sovereignty and territorial integrity": a state's sovereignty is the
  // state itself as what is supported, whoever speaks.
  return !STATEHOOD.test(after);
}

/** The possessed phrase names the state itself: its sovereignty, integrity or independence. */
const STATEHOOD =
  /^(?:[’']s?)?(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+,?){0,5}?\s+(?:sovereignty|territorial integrity|independence)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
