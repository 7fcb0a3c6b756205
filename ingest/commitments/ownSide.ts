/**
 * Who acts, not what the clause is about: the speakers named before their stance, their own
 * countries as possessors, modifiers or defined acronyms (gold conventions: the actors' own
 * country standing by its commitment is not in `about`).
 */

import type { ActorContext } from '../resolveActors';
import { SPEAKER_OFFICES } from '../rules/speakers';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { expandMembers, GROUPS } from './groups';

/**
 * The actors' own countries and every official of the statement who represents one of them:
 * "Mr. Sullivan reemphasized President Biden’s commitment", the principal of an own-side
 * speaker as possessor is who holds the stance, not what it is about (gold conventions: an
 * actor-side official as possessor or agent is not in `about`). Only for `ownSpeaker`, whose
 * rules other than the possessor's and the defined acronym's test countries alone.
 */
export function ownSide(own: ReadonlySet<string>, context: ActorContext): Set<string> {
  const side = new Set(own);
  for (const [official, country] of context.countryOf ?? [])
    if (own.has(country)) side.add(official);
  return side;
}

/**
 * "It follows President Biden's meeting with Prime Minister Kishida Fumio of Japan …, where the
 * leaders condemned …": the speakers named before their stance, and the "of <Country>" of a
 * speaking official, say who acts, not what the clause is about.
 */
function namedSpeaker(
  hit: EntityHit,
  actors: readonly string[],
  scope: readonly EntityHit[],
  sentence: SegmentedSentence,
  trigger: Trigger,
): boolean {
  if (hit.end - sentence.start > trigger.start) return false;
  if (hit.type === 'Official') return actors.includes(hit.entityId);
  if (hit.type !== 'Country') return false;
  return scope.some(
    (official) =>
      official.type === 'Official' &&
      actors.includes(official.entityId) &&
      OF_COUNTRY.test(
        sentence.text.slice(official.end - sentence.start, hit.start - sentence.start),
      ),
  );
}

/** The actors' own countries: countries among them and those their officials represent. */
export function ownCountries(actors: readonly string[], context: ActorContext): Set<string> {
  const own = new Set(actors);
  for (const id of actors) {
    const country = context.countryOf?.get(id);
    if (country) own.add(country);
  }
  return own;
}

/**
 * "the Quad's dedication", "Quad partners", "the G7's support" in the Quad's or the G7's own
 * statement: a grouping whose members all act is who acts, like their own country, not what the
 * clause is about (gold: 1 of 30 Quad sentences in the Quad's statement, 0 of 9 G7 sentences in
 * the G7's, keep it).
 */
function ownGrouping(
  hit: EntityHit,
  own: ReadonlySet<string>,
  sentence: SegmentedSentence,
): boolean {
  // (Groupings of data/rules/groups.json only: a bilateral alliance the document names is what
  // its clauses are about, gold README session 7.)
  const members = GROUPS.members.get(hit.entityId);
  if (!members || members.length === 0 || !members.every((member) => own.has(member))) return false;
  // "our commitment to Quad engagement", "projects between NATO and the IP4": the grouping as
  // what is committed to or worked with stays.
  return !GROUPING_OBJECT.test(sentence.text.slice(0, hit.start - sentence.start));
}

const GROUPING_OBJECT = /\b(?:to|and|between|with|in|of|for)\s+(?:(?:the|its|our|their)\s+)?$/i;

/** What a speaker's country stands by: "the enduring U.S. commitment", "U.S. support". */
const OWN_STANCE_NOUN =
  /^(?:[’']s?)?(?:\s+(?!(?:will|would|shall|must|can|may|to|and|also|continues?|remains?|is|are)\b)[\w-]+){0,3}?\s+(?:commitments?|support|pledges?|resolve|determination|assurances?|guarantees?|objections?|opposition)\b/i;
const OF_OWN = /\b(?:commitments?|support|pledges?|resolve|determination)\s+of\s+(?:the\s+)?$/i;

/**
 * "reaffirmed the United States' commitment", "the commitment of the United States", "backed by
 * U.S. capabilities": the speaker's own country naming what it stands by is who acts, not what
 * the clause is about ("Japan's hosting", its conduct, still is).
 */
function ownStance(hit: EntityHit, sentence: SegmentedSentence): boolean {
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
function ownOffice(hit: EntityHit, own: ReadonlySet<string>, sentence: SegmentedSentence): boolean {
  if (hit.type !== 'Organization') return false;
  if (!SPEAKER_OFFICES.some((office) => own.has(office.country) && whole(office.pattern, hit.text)))
    return false;
  const after = sentence.text.slice(hit.end - sentence.start, hit.end - sentence.start + 60);
  const before = sentence.text.slice(0, hit.start - sentence.start);
  return OWN_STANCE_NOUN.test(after) || /\bof\s+(?:the\s+)?$/i.test(before);
}

/** Whether `pattern` matches all of `text`. */
function whole(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && match[0].length === text.length;
}

/** "President Yoon Suk Yeol of the Republic of Korea (ROK) met … to reaffirm": the acronym the subject defines. */
function definedBefore(hit: EntityHit, sentence: SegmentedSentence, trigger: Trigger): boolean {
  const from = hit.start - sentence.start;
  const to = hit.end - sentence.start;
  return to <= trigger.start && sentence.text[from - 1] === '(' && sentence.text[to] === ')';
}

/** A country opening or inside a hyphenated compound: "U.S.-ROK", "U.S.-Japan-ROK". */
const COMPOUND_AFTER = /^(?:-[A-Z][\w.]*)*-[A-Z]/;

/**
 * "U.S.-ROK extended deterrence cooperation", "the U.S.-Japan Alliance": the actors' own country
 * named only as a compound modifier is who acts, not what the clause is about; the
 * named alliance or topic is (gold conventions, session 7). Another party in the compound stays.
 */
function ownModifier(hit: EntityHit, sentence: SegmentedSentence): boolean {
  if (hit.type !== 'Country') return false;
  const from = hit.start - sentence.start;
  const to = hit.end - sentence.start;
  if (/[A-Za-z.]-$/.test(sentence.text.slice(Math.max(0, from - 2), from))) return true;
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
function ownPremodifier(hit: EntityHit, sentence: SegmentedSentence): boolean {
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
  if (/\b(?:and|against|towards?)\s+(?:the\s+)?$/.test(before)) return false;
  return headNoun(after, /(?:ly|ing)$/);
}

/**
 * Whether the text opens with a lowercase word that can head the noun phrase a modifier precedes
 * (not a function word, nor a word whose ending `notHead` marks as a verb or adverb).
 */
function headNoun(text: string, notHead: RegExp): boolean {
  const next = /^\s([a-z][\w-]*)/.exec(text);
  if (!next) return false;
  const word = next[1]!;
  return !NOT_A_HEAD.test(word) && !notHead.test(word);
}

/**
 * An adjectival form of a country ("Israeli", "Japanese", "Korean"): a coordinated modifier, not a
 * country named as a noun phrase ("the United States and Japan share …"). Not an acronym: in
 * "U.S. and ROK nuclear deterrence cooperation" the gold keeps both parties (2023-12-16).
 */
const DEMONYM = '[A-Z][a-z]+(?:ese|ian|ean|ican|ban|li|di|ai|ni|qi|ti|ish|ch)';
const PAIRED_MODIFIER_AFTER = new RegExp(String.raw`^\s+and\s+${DEMONYM}(?=\s)`);
const DEMONYM_AND_BEFORE = new RegExp(String.raw`\b${DEMONYM}\s+and\s+(?:the\s+)?$`);

/** A possessive after a name: "ASEAN’s", "Australia’s". */
const POSSESSIVE = /^[’']s\b/;
/** The bare apostrophe of a name ending in s: "the United States’ view", "the Philippines' role". */
const PLURAL_POSSESSIVE = /^[’'](?=\s)/;
const JOINT_WITH = /^[’']s?\s+joint\s+[\w-]+\s+with\b/i;
const CONDUCT_GERUND = /^[’']s?\s+[a-z]+ing\s+of\b/;

/**
 * "We support ASEAN’s efforts …" said by ASEAN and the United States, "building Australia’s
 * capabilities" by AUKUS, "President Biden’s plan" by the two leaders: the actors' own side as
 * the owner of what the clause names is who acts, not what it is about (gold conventions,
 * session 8: the actors' own country as a possessor is not in `about`; another's is). What the
 * speakers welcome is one member's act, and that member is what the welcome is about ("We welcome
 * Japan’s swift delivery of its budget support" by the G7).
 */
function ownPossessor(hit: EntityHit, sentence: SegmentedSentence, trigger: Trigger): boolean {
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
  /^(?:[’']s?)?(?:\s+[\w-]+,?){0,5}?\s+(?:sovereignty|territorial integrity|independence)\b/i;

/**
 * "The United States and Thailand will finalize …", "The Governments of the United States,
 * Australia, … concur", "As leaders of Australia, the United Kingdom, and the United States, …
 * we resolve": the actors' own countries named before their stance are who acts.
 */
function ownSubjectCountry(
  hit: EntityHit,
  own: ReadonlySet<string>,
  sentence: SegmentedSentence,
  trigger: Trigger,
): boolean {
  if (hit.type !== 'Country' || !own.has(hit.entityId)) return false;
  if (hit.end - sentence.start > trigger.start) return false;
  // "In this framework for cooperation between the United States and Mexico, we pledge": an own
  // country as a noun phrase of its own after a preposition is what the clause is about (gold
  // conventions, session 9).
  return !PREPOSITION_OBJECT.test(sentence.text.slice(0, hit.start - sentence.start));
}

/** A preposition, then only names, "the", "and", "<noun> of" ("with the people of") and commas up to the hit. */
const PREPOSITION_OBJECT =
  /\b(?:between|among|amongst|with|for|on|in|to|against|from|at|into|toward|towards|about|regarding)\s+(?:(?:the|and|[a-z]+\s+of|[A-Z][\w.’'-]*),?\s+)*$/;

/** Between an official's name and the country it serves: "Prime Minister Kishida of Japan". */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?$/;

/**
 * "barriers to U.S. products in the Malaysian market": the speaker's own market is a place the
 * undertaking is about, not who acts (gold: 5 of the 6 trade frameworks put the country in
 * `about`; 2025-10-26 Thailand does not).
 */
const MARKET_AFTER = /^\s+markets?\b/;

function ownMarket(hit: EntityHit, sentence: SegmentedSentence): boolean {
  return (
    hit.adjectival === true && MARKET_AFTER.test(sentence.text.slice(hit.end - sentence.start))
  );
}

/**
 * Whether a hit in a commitment's scope is its speaker's own side (who acts), not what the clause
 * is about. A module function: as a closure per commitment it was built, and named by the
 * name-keeping wrapper, on every commitment.
 */
export function ownSpeaker(
  hit: EntityHit,
  own: ReadonlySet<string>,
  actors: readonly string[],
  scope: readonly EntityHit[],
  sentence: SegmentedSentence,
  trigger: Trigger,
): boolean {
  return (
    (own.has(hit.entityId) &&
      !ownMarket(hit, sentence) &&
      (hit.adjectival === true ||
        ownStance(hit, sentence) ||
        ownModifier(hit, sentence) ||
        ownPremodifier(hit, sentence) ||
        ownPossessor(hit, sentence, trigger) ||
        definedBefore(hit, sentence, trigger))) ||
    ownSubjectCountry(hit, own, sentence, trigger) ||
    ownGrouping(hit, own, sentence) ||
    ownOffice(hit, own, sentence) ||
    namedSpeaker(hit, actors, scope, sentence, trigger)
  );
}

/**
 * "The Japan-U.S. Alliance: …" over a sentence of Prime Minister Kishida's, "Quad Fellowship" over
 * the Quad's own sentences: the statement's parties (its signatories, the countries its meeting's
 * officials represent, a grouping of just those) are who speaks in the section, not what it is about, so a
 * heading naming them gives no implicit link.
 */
export function statementParty(id: string, context: ActorContext): boolean {
  // The meeting's officials' countries, not every country some named official represents
  // ("Kim Jong Un" does not make the DPRK a party).
  const parties = new Set([
    ...expandMembers(context.signatories, context.members),
    ...context.officials.flatMap((official) => context.countryOf?.get(official) ?? []),
  ]);
  if (parties.has(id)) return true;
  const members = context.members?.get(id) ?? GROUPS.members.get(id);
  return members !== undefined && members.length > 0 && members.every((m) => parties.has(m));
}
