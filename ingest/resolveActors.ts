/**
 * Who is speaking. The statement's parties (signatories) and the meeting's officials are worked
 * out once per document; each stance trigger's subject — a pronoun, a group noun ("the Secretary
 * and Foreign Ministers", "the two sides"), named actors, "<Country> side", a possessive
 * ("South Korea's foreign ministry"), a subject with an appositive ("We, the Leaders of the G7,")
 * or the speaker of a reporting verb ("Seoul said it …") — is resolved against them, with
 * "They"/"He"/"It" carried over from the last plural/singular subject. Groupings stand for their
 * members (data/rules/groups.json).
 */
import { groupHeadSubject, ownGovernment, theGroup, theMeeting } from './commitments/groupSubject';
import { expandMembers, firstCounted, GROUPS } from './commitments/groups';
import { actorHitsEndingAt, TRAILING_ASIDE } from './commitments/namedList';
import { bodySubject } from './commitments/ownBody';
import { possessorOf, sideOf } from './commitments/sideSubject';
import { type StandingBody, standingSubject } from './commitments/standingBody';
import { officialByTitle } from './commitments/titled';
import { clauseOpener, pronounActors } from './pronounActors';
import { TITLE_BEFORE } from './rules/titles';
import {
  BETWEEN,
  CONTRACTED,
  DEFINED_ACRONYM,
  EACH_PARTY,
  FOR_US,
  MODAL_NEXT,
  NARROWED_GROUP,
  OPENING_MODIFIERS,
  PAST_ITEM,
  PROGRESSIVE_AUXILIARY,
  REPORTING,
  SUFFIX_COMMA,
  THEIR_TEAMS,
  THING_SUBJECT,
  WE_APPOSITIVE,
} from './subjectShapes';
import type { EntityHit } from './types';

export interface ActorContext {
  /** Countries (or, failing that, organizations) in whose name the statement speaks. */
  signatories: string[];
  /** Officials introduced as the meeting's participants. */
  officials: string[];
  /** The official a statement's title names as its speaker: "I" ("Statement from President Joe Biden"). */
  speakers?: string[];
  /** Groupings → members (the G7 → its members, "the Alliance" → its two countries). */
  members?: ReadonlyMap<string, readonly string[]>;
  /** Countries the document's officials represent. */
  represented?: ReadonlySet<string>;
  /** Official → the country it represents. */
  countryOf?: ReadonlyMap<string, string>;
  /** Officials' titles, for a singular title subject ("The President thanked …"). */
  titles?: ReadonlyMap<string, string>;
  /** Bare heads naming a grouping of this document ("the Alliance"). */
  heads?: ReadonlyMap<string, string>;
  /** A statement's own joint body: its hits' ids → the body as actor (ownBody.ts). */
  bodies?: ReadonlyMap<string, string>;
  /** An initiative's standing working bodies, by entity id (standingBody.ts). */
  standing?: ReadonlyMap<string, StandingBody>;
  lastPlural?: string[];
  lastSingular?: string[];
  /** The last single official named as a subject: "He"/"She" is a person, never a country. */
  lastPerson?: string[];
  /** The opening sentence's official subject, for a sentence-initial "He"/"She" (pronounActors.ts). */
  openingPerson?: string[];
  /** The officials the last sentence naming two or more named (namedBefore's fallback). */
  lastNamed?: string[];
  /** The statement's date (YYYY-MM-DD), against which a dated past is a record's (datedPast.ts). */
  documentDate?: string;
}

export interface Subject {
  actors: string[];
  /** Character range of the subject in the sentence (relative), for excluding it from `about`. */
  start: number;
  end: number;
}

/**
 * The subject immediately before a trigger at `at` (relative to the sentence), if any.
 * Updates the carried-over They/He context when a subject is found.
 */
export function subjectBefore(
  context: ActorContext,
  sentence: { text: string; start: number },
  hits: EntityHit[],
  at: number,
  depth = 0,
): Subject | undefined {
  const left = sentence.text.slice(0, at);
  // "the three National Security Advisors (NSAs) reaffirmed": the acronym a subject defines
  // stands between it and its verb.
  // "President Biden is directing his team to …": a progressive's auxiliary the trigger left out.
  const unaux = /^[a-z]+ing\b/.test(sentence.text.slice(at))
    ? left.replace(PROGRESSIVE_AUXILIARY, '')
    : left;
  // ("…, and Japan, with its partners, intend": an aside between the subject and its verb.)
  const trimmed = unaux
    .replace(BETWEEN, '')
    .replace(THEIR_TEAMS, '')
    .replace(TRAILING_ASIDE, '')
    .replace(CONTRACTED, '')
    .replace(SUFFIX_COMMA, '')
    .replace(BETWEEN, '')
    .replace(DEFINED_ACRONYM, '');
  const end = trimmed.length;

  const pronoun = /(?:^|[^\w])(we|they|he|she|i|it)$/i.exec(trimmed);
  if (pronoun) {
    const word = pronoun[1]!.toLowerCase();
    const start = end - word.length;
    // "Seoul said it …": the pronoun is the speaker of the reporting verb.
    const reporting =
      word !== 'we' && word !== 'i' ? REPORTING.exec(trimmed.slice(0, start)) : null;
    if (reporting && depth === 0) {
      const speaker = subjectBefore(context, sentence, hits, reporting.index, depth + 1);
      if (speaker) return { actors: speaker.actors, start, end };
    }
    // "it" is a speaker only opening its sentence ("It reaffirmed …") or after a reporting verb.
    // ("…; it seeks to …": a semicolon opens a clause as a sentence does.)
    if (word === 'it' && start > 0 && !/;\s*$/.test(trimmed.slice(0, start))) return undefined;
    // "The Quad is a force for good; it seeks to …": the body opening the clause before.
    const opener = word === 'it' && start > 0 ? clauseOpener(sentence, hits, start) : undefined;
    const actors = opener ? [opener] : pronounActors(context, word, start === 0);
    if (word === 'it' && actors.length === 0) return undefined;
    return { actors: expandMembers(actors, context.members), start, end };
  }

  // "Today, we, President Joseph R. Biden, Jr. and Prime Minister KISHIDA Fumio, celebrate …":
  // the appositive names the speakers; "we" is the subject.
  const weNamed = WE_APPOSITIVE.exec(trimmed);
  if (weNamed) {
    const start = weNamed.index + weNamed[0].indexOf(weNamed[1]!);
    return { actors: expandMembers(context.signatories, context.members), start, end };
  }

  // "Passed the Bipartisan Infrastructure Law, which …", "Announced bold commitments to …": a
  // list item opening with a past verb (a fact sheet's record, a readout's "The leaders:") has
  // the statement's parties as its subject.
  if (trimmed === '' && depth === 0 && PAST_ITEM.test(sentence.text.slice(at))) {
    const parties = context.officials.length > 0 ? context.officials : context.signatories;
    if (parties.length > 0)
      return { actors: expandMembers(parties, context.members), start: 0, end: 0 };
  }

  const forUs = FOR_US.exec(trimmed);
  // ("for " and "let " are both four letters: "us" starts after them.)
  if (forUs)
    return {
      actors: expandMembers(context.signatories, context.members),
      start: forUs.index + 4,
      end,
    };

  // "My Administration", "the Biden-Harris Administration": before the named hits, which may
  // know the administration as an organization of its own.
  const own = ownGovernment(context, trimmed);
  if (own) {
    remember(context, own.actors, false);
    return own;
  }
  // "The Task Force will continue to …": a statement's own joint body speaks.
  const body = bodySubject(context.bodies, hits, sentence.start, end, trimmed);
  if (body) return body;
  // "The Policy Pillar also examined …", "The Pillar will prioritize …": a standing body speaks.
  const standing = standingSubject(context.standing, hits, sentence.start, end, trimmed);
  if (standing) {
    remember(context, standing.actors, false);
    return standing;
  }
  const named = actorHitsEndingAt(hits, sentence.start, end, left);
  if (named) {
    const actors = expandMembers(
      [...new Set(named.list.map((hit) => hit.entityId))],
      context.members,
    );
    remember(context, actors, named.list.length > 1);
    return { actors, start: named.start, end };
  }

  // "The Alliance commits …": a bare head naming the document's grouping.
  const head = /(?:^|\s)(?:[Tt]he|[Oo]ur)\s+([A-Z]\w+)$/.exec(trimmed);
  const headId = head ? context.heads?.get(head[1]!.toLowerCase()) : undefined;
  if (head && headId) {
    const actors = expandMembers([headId], context.members);
    remember(context, actors, true);
    return { actors, start: head.index + (head[0].startsWith(' ') ? 1 : 0), end };
  }

  const side =
    sideOf(hits, sentence.start, trimmed) ??
    possessorOf(
      hits,
      sentence.start,
      trimmed,
      trimmed === left.trimEnd() && !MODAL_NEXT.test(sentence.text.slice(at)),
    );
  if (side) {
    remember(context, side.actors, false);
    return side;
  }

  const theGroupSubject = theGroup(context, trimmed);
  if (theGroupSubject) {
    remember(context, theGroupSubject.actors, true);
    return theGroupSubject;
  }

  const meeting = theMeeting(context, trimmed);
  if (meeting) return meeting;

  const group = groupHeadSubject(context, trimmed, hits, sentence.start, end);
  if (group) {
    remember(context, group.actors, true);
    return group;
  }

  // "The two discussed …": the officials who met (the signatories when fewer are named).
  // "…, and both emphasized": a "both" opening its clause is the subject, not the floating
  // quantifier BETWEEN drops ("the leaders both emphasized").
  const bareText = GROUPS.bare.test(trimmed) ? trimmed : left.trimEnd();
  const bare = GROUPS.bare.exec(bareText);
  const bareActors = firstCounted(
    context.officials.length > 1 ? context.officials : context.signatories,
    bare?.[1] ?? '',
  );
  if (bare && bareActors.length > 0) {
    remember(context, expandMembers(bareActors, context.members), true);
    return {
      actors: expandMembers(bareActors, context.members),
      start: bareText.length - bare[1]!.length,
      end: Math.max(end, bareText.length),
    };
  }

  const each = EACH_PARTY.exec(trimmed);
  const everyParty =
    each?.[1] === 'leader' && context.officials.length > 1
      ? context.officials
      : context.signatories;
  if (each && everyParty.length > 0) {
    const actors = expandMembers(everyParty, context.members);
    return { actors, start: each.index + each[0].search(/[Ee]ach/), end };
  }

  const titled = officialByTitle(context, trimmed);
  if (titled) {
    // "Mr. Sullivan and the Secretary General": a named official coordinated before the title.
    const and = /\s+and\s+$/.exec(trimmed.slice(0, titled.start));
    const named = and && actorHitsEndingAt(hits, sentence.start, and.index, left);
    const actors = [
      ...new Set([...(named ? named.list.map((hit) => hit.entityId) : []), ...titled.actors]),
    ];
    remember(context, actors, actors.length > 1);
    return named ? { actors, start: named.start, end } : titled;
  }

  // "We, the Leaders of the G7, reaffirm": the subject before an appositive.
  // ("France and the United States, as host countries of the Games in 2024 and 2028,
  // respectively, are committed to …": an appositive may hold commas of its own.)
  if (depth === 0 && trimmed.endsWith(',')) {
    // "Japan, the ROK and the United States, are working …": a stray comma after a coordinated
    // subject opening the sentence.
    // A head tried and rejected below is no subject: what it named is not who "They" is next
    // ("They discussed the conflict between Israel and Hamas, underscoring …. They reaffirmed …").
    const { lastPlural, lastSingular, lastPerson } = context;
    const forget = () => Object.assign(context, { lastPlural, lastSingular, lastPerson });
    const list = subjectBefore(context, sentence, hits, trimmed.length - 1, depth + 1);
    if (list && list.actors.length > 1 && list.start === 0) return { ...list, end };
    forget();
    let open = trimmed.lastIndexOf(',', trimmed.length - 2);
    for (let tries = 0; tries < 3 && open > 0 && trimmed.length - open < 160; tries += 1) {
      const head = subjectBefore(context, sentence, hits, open, depth + 1);
      // Only a subject that opens its clause: "Together with Australia and India, …" is not one.
      // ("Comrade Kim Jong Un, General Secretary of …, reaffirmed": an honorific may open it.)
      const lead = head ? sentence.text.slice(0, head.start).replace(TITLE_BEFORE, '') : '';
      // ("And the unprecedented coalition …, led by the United States, remains …": a
      // sentence-opening conjunction and article with lowercase modifiers still open it.)
      // (Past the first comma only a subject opening the sentence: "…, where participants,
      // including Japan, the Philippines, and the United States, recognized …" is a list.)
      const opener = tries === 0 ? /(?:^|,)\s*$/ : /^(?:[^,]{0,60},\s*)?$/;
      // ("…, including Japan, the Philippines, and the United States, recognized …": one item of
      // an example list is no subject.)
      const opensClause =
        head &&
        (opener.test(lead) || OPENING_MODIFIERS.test(lead)) &&
        !/\b(?:including|such as|notably)\s[^,;]*,\s*$/i.test(lead);
      if (head && head.end === open && opensClause) return { ...head, end };
      forget();
      open = trimmed.lastIndexOf(',', open - 1);
    }
  }
  // "Those G7 countries that opt to use nuclear energy recognize …": a group head opening the
  // sentence, narrowed by a relative clause, is the subject (gold 2023-05-19).
  const narrowed = depth === 0 ? NARROWED_GROUP.exec(trimmed) : null;
  if (narrowed) {
    const head = subjectBefore(context, sentence, hits, narrowed[1]!.length, depth + 1);
    if (head && head.start === 0 && head.actors.length > 0) return { ...head, end };
  }
  // "These sanctions will target … They will ensure …": a plural thing opening its sentence is
  // who "They" is next, and it takes no stance.
  if (THING_SUBJECT.test(trimmed)) context.lastPlural = [];
  return undefined;
}

function remember(context: ActorContext, actors: string[], plural: boolean) {
  if (actors.length === 0) return;
  if (plural || actors.length > 1) context.lastPlural = actors;
  else context.lastSingular = actors;
  if (actors.length === 1 && actors[0]!.startsWith('official:')) context.lastPerson = actors;
}
