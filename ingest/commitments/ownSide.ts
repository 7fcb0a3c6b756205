/**
 * Who acts, not what the clause is about: the speakers named before their stance, their own
 * countries as possessors, modifiers or defined acronyms (gold conventions: the actors' own
 * country standing by its commitment is not in `about`).
 */

import type { ActorContext } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { expandMembers, GROUPS } from './groups';
import {
  definedBefore,
  ownModifier,
  ownOffice,
  ownPossessor,
  ownPremodifier,
  ownStance,
} from './ownMentions';

/**
 * The actors' own countries and every official of the statement who represents one of them:
 * "Mr. Sullivan reemphasized President Biden’s commitment", the principal of an own-side
 * speaker as possessor is who holds the stance, not what it is about (gold conventions: an
 * actor-side official as possessor or agent is not in `about`). Only for `ownSpeaker`, whose
 * rules other than the possessor's and the defined acronym's test countries alone.
 */
export function withOwnOfficials(own: ReadonlySet<string>, context: ActorContext): Set<string> {
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

const GROUPING_OBJECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to|and|between|with|in|of|for)\s+(?:(?:the|its|our|their)\s+)?$/i;

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
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:between|among|amongst|with|for|on|in|to|against|from|at|into|toward|towards|about|regarding)\s+(?:(?:the|and|\p{Ll}+\s+of|\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*),?\s+)*$/u;

/** Between an official's name and the country it serves: "Prime Minister Kishida of Japan". */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?$/;

/**
 * "barriers to U.S. products in the Malaysian market": the speaker's own market is a place the
 * undertaking is about, not who acts (gold: 5 of the 6 trade frameworks put the country in
 * `about`; 2025-10-26 Thailand does not).
 */
const MARKET_AFTER = /^\s+markets?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

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
