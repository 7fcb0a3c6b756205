/**
 * Who is speaking. The statement's parties (signatories) and the meeting's officials are worked
 * out once per document; each stance trigger's subject — a pronoun, a group noun ("the Secretary
 * and Foreign Ministers", "the two sides"), named actors, "<Country> side", a possessive
 * ("South Korea's foreign ministry"), a subject with an appositive ("We, the Leaders of the G7,")
 * or the speaker of a reporting verb ("Seoul said it …") — is resolved against them, with
 * "They"/"He"/"It" carried over from the last plural/singular subject. Groupings stand for their
 * members (data/rules/groups.json).
 *
 * This file holds the context and tries the subject's shapes in order; each shape lives in its
 * own module (commitments/pronounSubject.ts, partySubject.ts, namedSubject.ts,
 * appositiveSubject.ts, and the group, body and side modules before them).
 */
import { adjunctHead, appositiveHead, narrowedHead } from './commitments/appositiveSubject';
import { beforeVerb } from './commitments/beforeVerb';
import { carried } from './commitments/carryOver';
import { coordinatedSubject } from './commitments/coordinatedSubject';
import { forumSubject } from './commitments/forumSubject';
import { groupHeadSubject, ownGovernment, theGroup, theMeeting } from './commitments/groupSubject';
import { inclusionSubject } from './commitments/inclusionSubject';
import { initiativeSubject } from './commitments/initiativeSubject';
import {
  namedActors,
  namedWithTitle,
  ownGrouping,
  sideOrPossessor,
} from './commitments/namedSubject';
import { bodySubject } from './commitments/ownBody';
import { ownInstrumentSubject } from './commitments/ownInstrument';
import { participatingSubject } from './commitments/participatingSubject';
import {
  countedParties,
  eachParty,
  forUs,
  listItemParties,
  weAppositive,
} from './commitments/partySubject';
import { postmodifiedGroup } from './commitments/postmodifiedGroup';
import { endingPronoun, pronounSubject } from './commitments/pronounSubject';
import { type StandingBody, standingSubject } from './commitments/standingBody';
import { theDelegation } from './commitments/theDelegation';
import { delegationMemberByTitle } from './commitments/titled';
import { ACCOMPANYING_GROUP } from './commitments/tripAgenda';
import { tripSubject } from './commitments/tripSubject';
import type { Gender } from './personGender';
import { THING_SUBJECT } from './subjectShapes';
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
  /** The members' initiative the title names, whose name speaks for them (initiativeSubject.ts). */
  initiative?: string;
  /** The parties, not their body, held the body's meeting: its "participants" are them (partiesMet.ts). */
  partiesMet?: boolean;
  /** An initiative's standing working bodies, by entity id (standingBody.ts). */
  standing?: ReadonlyMap<string, StandingBody>;
  lastPlural?: string[];
  lastSingular?: string[];
  /** The last single official named as a subject: "He"/"She" is a person, never a country. */
  lastPerson?: string[];
  /** The officials whose gender the document shows ("First Lady", "Ken"), for "she"/"he". */
  genders?: ReadonlyMap<string, Gender>;
  /** The opening sentence's official subject, for a sentence-initial "He"/"She" (pronounActors.ts). */
  openingPerson?: string[];
  /** The officials the last sentence naming two or more named (namedBefore's fallback). */
  lastNamed?: string[];
  /** The statement's date (YYYY-MM-DD), against which a dated past is a record's (datedPast.ts). */
  documentDate?: string;
  /**
   * The statement opens as a treaty does ("The Government of A and the Government of B,
   * Recognizing …;"): its later participle paragraphs are the parties' (commitments/preamble.ts).
   */
  treatyPreamble?: boolean;
  /** The one country whose delegation the statement names: "the delegation" (theDelegation.ts). */
  delegation?: string;
  /** Companies and private bodies the text names as such (entities/privateBodies.ts). */
  privateBodies?: ReadonlySet<string>;
  /** The title says several sides issue it ("Joint Readout of …", "… Joint Statement"). */
  jointTitle?: boolean;
  /** A one-party statement's one foreign counterpart: "our nations" (statementPartner.ts). */
  partner?: string;
}

export interface Subject {
  actors: string[];
  /** Character range of the subject in the sentence (relative), for excluding it from `about`. */
  start: number;
  end: number;
}

/** Where a subject is sought: what each shape module is given. */
export interface SubjectSite {
  context: ActorContext;
  sentence: { text: string; start: number };
  hits: EntityHit[];
  /** The trigger's offset in the sentence. */
  at: number;
  /** 0, or 1 where subjectBefore looks again for a reporting verb's speaker or a head. */
  depth: number;
  /** The sentence before the trigger. */
  left: string;
  /** `left` without what may stand between a subject and its verb: every shape ends at its end. */
  trimmed: string;
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
  const trimmed = beforeVerb(left, sentence.text.slice(at));
  const site: SubjectSite = { context, sentence, hits, at, depth, left, trimmed };
  const end = trimmed.length;

  // A pronoun decides alone: what it stands for, or no subject at all ("it" mid-sentence).
  const pronoun = endingPronoun(trimmed);
  if (pronoun) return pronounSubject(site, pronoun);

  // The order matters: the first shape that fits wins, and a found shape may be remembered as
  // who "They"/"He" is next (carried).
  const found =
    weAppositive(site) ??
    listItemParties(site) ??
    forUs(site) ??
    // "My Administration", "the Biden-Harris Administration": before the named hits, which may
    // know the administration as an organization of its own.
    carried(context, ownGovernment(context, trimmed), false) ??
    // "The Task Force will continue to …": a statement's own joint body speaks.
    bodySubject(context.bodies, hits, sentence.start, end, trimmed) ??
    // "CRI continues to call for …": the title's initiative speaks through its members.
    carried(context, initiativeSubject(context, hits, sentence, at, trimmed), true) ??
    // "Participating Atlantic States plan to …": a coalition's participating states sign it.
    carried(context, participatingSubject(context, hits, sentence, at, trimmed), true) ??
    // "The Policy Pillar also examined …", "The Pillar will …": a standing body speaks.
    carried(
      context,
      standingSubject(context.standing, hits, sentence.start, end, trimmed),
      false,
    ) ??
    // "Several Allies – including Canada, Norway, … – will …": the listed countries act.
    carried(context, inclusionSubject(hits, sentence.start, left), true) ??
    // "The Bicentennial Framework reaffirmed our commitment …": the parties' own instrument.
    ownInstrumentSubject(site) ??
    // "Jake Sullivan and officials from the National Security Council …": before the names read it.
    carried(context, accompaniedSubject(site), false) ??
    namedActors(site) ??
    ownGrouping(site) ??
    sideOrPossessor(site) ??
    carried(context, delegationSubject(site), false) ??
    carried(context, theGroup(context, trimmed), true) ??
    tripSubject(context, trimmed, site.sentence.text.slice(at)) ??
    theMeeting(context, trimmed) ??
    forumSubject(context, trimmed, left, site.sentence.text.slice(at)) ??
    carried(context, groupHeadSubject(context, trimmed, hits, sentence.start, end), true) ??
    // "Members from around the world reaffirmed …": the head before its postmodifier speaks.
    carried(context, postmodifiedGroup(site), true) ??
    countedParties(site) ??
    eachParty(site) ??
    namedWithTitle(site) ??
    appositiveHead(site) ??
    narrowedHead(site) ??
    adjunctHead(site);
  if (found) return found;
  // "Today the Quad Leaders – Prime Minister …, and President … – convened to reaffirm …", "The
  // UAE – home to IRENA and host of COP28 in 2023 – will invest …": an aside between dashes
  // right before the verb, when no shape reads the subject with it, is left out (gold 4 of 4
  // commitments, 2022-03-03, 2022-04-05, 2022-07-14, 2023-09-21). Where the head reads as no
  // one ("the leaders of the AUKUS partnership – Prime Minister …, and President … –"), the
  // aside is the subject when it names the whole of it, a list of who acts.
  // The pattern tries every position of the text (its end anchor is no help to the engine);
  // most texts before a verb hold no dash at all, and then it cannot match.
  const aside = depth === 0 && hasDash(trimmed) ? DASH_ASIDE.exec(trimmed) : null;
  if (aside) {
    const retried = subjectBefore(context, sentence, hits, aside.index, depth + 1);
    if (retried) return retried;
    const opened = /^\s+[–—]\s+/.exec(aside[0]);
    const closing = /\s+[–—]\s*$/.exec(aside[0]);
    if (opened && closing && closing.index > opened[0].length) {
      const listed = subjectBefore(context, sentence, hits, aside.index + closing.index, depth + 1);
      // (Only a title may stand before the list's first name: "Prime Minister Scott Morrison",
      // "Secretary of State Marco Rubio".)
      const gap = listed
        ? sentence.text.slice(aside.index + opened[0].length, Math.max(0, listed.start))
        : '';
      if (listed && /^(?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*|of|for)\s+)*$/.test(gap))
        return listed;
    }
  }
  // "Mr. Sullivan and the ASEAN ambassadors discussed …": the conjuncts read, when the last is not.
  const coordinated = coordinatedSubject(site, (cut) =>
    subjectBefore(context, sentence, hits, cut, depth + 1),
  );
  if (coordinated) return coordinated;
  // "These sanctions will target … They will ensure …": a plural thing opening its sentence is
  // who "They" is next, and it takes no stance.
  if (THING_SUBJECT.test(trimmed)) context.lastPlural = [];
  return undefined;
}

/**
 * "the delegation reiterated …" (theDelegation.ts), and "the First Lady and members of the
 * Delegation visited … to celebrate …": the one named before "and" acts with the delegation's
 * country (gold 2024-10-03: the First Lady and the United States).
 */
function delegationSubject(site: SubjectSite): Subject | undefined {
  const found = theDelegation(site.context.delegation, site.trimmed);
  if (!found || site.depth > 0) return found;
  const joined = /\s+and\s+$/.exec(site.trimmed.slice(0, found.start));
  const before = joined
    ? (subjectBefore(site.context, site.sentence, site.hits, joined.index, 1) ??
      delegationMemberByTitle(site.context, site.trimmed.slice(0, joined.index)))
    : undefined;
  if (!before || before.actors.length === 0) return found;
  return {
    actors: [...new Set([...before.actors, ...found.actors])],
    start: before.start,
    end: found.end,
  };
}

/**
 * "National Security Advisor Jake Sullivan and officials from the National Security Council and
 * State Department will travel to …": the officials with a traveller stand for the traveller's
 * country, which acts beside the traveller (trip-agenda.json `accompanyingGroups`).
 */
function accompaniedSubject(site: SubjectSite): Subject | undefined {
  if (site.depth > 0) return undefined;
  const group = ACCOMPANYING_GROUP.exec(site.trimmed);
  if (!group) return undefined;
  const before = subjectBefore(site.context, site.sentence, site.hits, group.index, 1);
  const official = before?.actors.length === 1 ? before.actors[0]! : undefined;
  const country = official ? site.context.countryOf?.get(official) : undefined;
  if (!before || !official || !country) return undefined;
  return { actors: [official, country], start: before.start, end: site.trimmed.length };
}

/**
 * A closing aside between dashes: " – an affiliate of the U.S. Chamber of Commerce –", or the
 * one dash left of one whose companion phrase beforeVerb cut already ("President Biden –
 * alongside Kenyan President Ruto – championed": " –"); never the last item of a dashed list.
 */
const DASH_ASIDE = /(?:\s+[–—]\s+[^–—;:]{1,240}?\s+[–—]|(?<=^[^–—]*)\s+[–—])\s*$/;

/** Whether `text` holds an en or em dash, without which `DASH_ASIDE` cannot match. */
function hasDash(text: string): boolean {
  return text.includes('–') || text.includes('—');
}
