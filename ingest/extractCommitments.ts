/**
 * Commitments: one per stance trigger whose speaker can be resolved (a trigger without a speaker
 * is a noun or a purpose clause, not a stance taken). Scope of a trigger = from it to the next
 * trigger; `about` = entities named in that scope, `targets` = actors urged/called on/condemned.
 */

import type { Commitment } from '../contract/extraction';
import { absorbed } from './commitments/absorbed';
import { aboutInstrument, stateOfBody } from './commitments/bodyState';
import { coDiscussants } from './commitments/coDiscussants';
import { continuation, type PreviousStance } from './commitments/continuation';
import type { Accepted } from './commitments/decision';
import { heldStart } from './commitments/heldStance';
import { beforeNarrative } from './commitments/narrativeRelative';
import { nestedInItem } from './commitments/nestedItem';
import { elidedObjects, reportedObjects, shareObjects } from './commitments/objectSharing';
import { operativeTriggers } from './commitments/operative';
import { ownCountries, ownSpeaker, statementParty, withOwnOfficials } from './commitments/ownSide';
import { ownPossession } from './commitments/possessor';
import { reasonFrameEnd } from './commitments/reasonFrame';
import { regionModifier } from './commitments/regionModifier';
import {
  meetingStretch,
  nextClauseStart,
  relativeFrameEnd,
  returnedObject,
  turningAwayEnd,
} from './commitments/scope';
import { repeatedInSeries, sharedModalObjects } from './commitments/sharedModal';
import { resolveSpeakers, type SkippedTrigger } from './commitments/speakers';
import { PRONOUN_OBJECT, TARGETED, targetsOf } from './commitments/targets';
import { titledInScope } from './commitments/titled';
import { agendaStance, companionsStart } from './commitments/tripAgenda';
import { isBacker, isVenue } from './commitments/venue';
import { welcomesVisitor } from './commitments/visitor';
import { commitmentId, sentenceId } from './ids';
import type { ActorContext } from './resolveActors';
import type { SegmentedSentence } from './segment';
import { CAMEO_ROOT, findTriggers } from './stances';
import { timeFrameEnd } from './timeFrame';
import type { Trigger } from './trigger';
import type { EntityHit } from './types';

/** "On Taiwan,", "Regarding the DPRK,": a short fronted topic adjunct opening the sentence. */
const FRONTED_TOPIC =
  /^(?:On|Regarding|Concerning|As for|With regard to|With respect to|In the (?:areas?|fields?|domains?) of)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){0,3}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+,/;

export interface CommitmentInput {
  docId: string;
  basename: string;
  sentence: SegmentedSentence;
  hits: EntityHit[];
  context: ActorContext;
  /** Entities of the section heading, for `implicitAbout`. */
  sectionEntities: string[];
  /** The last stance of the sentence before, which a "This includes …" sentence continues. */
  previous?: PreviousStance;
  /** The sentence read as an item of a list under a stance lead-in (commitments/listItems.ts). */
  item?: Accepted;
  /** `findTriggers` of the sentence, when the caller ran it over the document first. */
  triggers?: Trigger[];
}

/**
 * The commitments of one sentence. Triggers that yield none are pushed to `skipped` with the
 * reason, when given (for corpus checks; not part of the contract).
 */
export function extractCommitments(
  input: CommitmentInput,
  skipped: SkippedTrigger[] = [],
): Commitment[] {
  const { sentence, hits, docId, basename, context } = input;
  const triggers = operativeTriggers(input.triggers ?? findTriggers(sentence.text), input.item);
  const own: SkippedTrigger[] = [];
  // "highlight Myanmar's commitment": another country's stance noun is no undertaking of theirs.
  const accepted = resolveSpeakers(sentence, hits, context, triggers, own).flatMap((item) => {
    if (welcomesVisitor(item.trigger, hits, sentence)) {
      own.push({ trigger: item.trigger, reason: 'narrative-past' });
      return [];
    }
    const owned = ownPossession(item.trigger, ownCountries(item.actors, context), hits, sentence);
    if (owned) return [{ ...item, trigger: owned }];
    own.push({ trigger: item.trigger, reason: 'not-a-party' });
    return [];
  });
  skipped.push(...own);
  // A list item under a lead-in reads as the lead-in's, not as a preamble paragraph.
  if (input.item && accepted.length > 0 && accepted.every((item) => item.preamble))
    accepted.length = 0;
  const continued =
    accepted.length === 0 ? (continuation(sentence, input.previous) ?? input.item) : undefined;
  if (continued) accepted.push(continued);
  else if (nestedInItem(input.item, accepted, sentence.text)) accepted.unshift(input.item!);
  const boundaries = own.flatMap((record) =>
    record.boundary === undefined ? [] : [record.boundary],
  );
  // "On Taiwan, he …, and …": a fronted topic is what every clause of the sentence is about.
  const topicEnd = FRONTED_TOPIC.exec(sentence.text)?.[0].length ?? 0;
  // "…, a commitment that the Vice President announced …": a narrative relative clause ends it.
  const ends = accepted.map((item, k) =>
    Math.min(
      nextClauseStart(accepted, k, sentence.text),
      item.until ?? sentence.text.length,
      ...boundaries.filter((at) => at > item.trigger.end),
    ),
  );
  const returned = ends.map((end, k) => returnedObject(accepted, k, sentence.text, end));
  const commitments = accepted.map((item, k) => {
    const { trigger } = item;
    // The first commitment's scope opens the sentence (a fronted adjunct is what it is about),
    // unless its subject starts a clause of its own after another ("Any attack … is
    // unacceptable, and the U.S. side reiterated …"): that clause is no part of it.
    const ownClause =
      item.subject &&
      /(?:,\s*(?:and|but)|;)\s+(?:the\s+)?$/i.test(sentence.text.slice(0, item.subject.start));
    // "met with Prime Minister Kishida … to advance …": a purpose is about what follows its
    // verb, not about who met; unless its object is the one met ("spoke with X to congratulate
    // him on his election").
    const purposeScope =
      item.purpose &&
      !item.occasion &&
      !/^\s+(?:him|her|them)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence.text.slice(trigger.end));
    const scopeStart =
      item.scope?.start ??
      (k > 0 ? heldStart(item, sentence.text, accepted[k - 1]!.trigger.end) : undefined) ??
      (k > 0 || purposeScope || item.trailing
        ? trigger.start
        : ownClause
          ? item.subject!.start
          : (relativeFrameEnd(sentence.text, trigger.start) ??
            // "In response to …, the President has decided …": the reason is no part of it.
            Math.max(
              turningAwayEnd(sentence.text),
              reasonFrameEnd(sentence.text, trigger.start, item.subject),
              // "As we celebrate the 45th anniversary …, we commit …": a date, no object.
              timeFrameEnd(sentence.text, trigger.start),
            )));
    const scopeEnd =
      item.scope?.end ??
      Math.min(
        ends[k]!,
        returned[k]?.start ?? sentence.text.length,
        // "will travel to Brazil, joined by …": who goes along is not where the trip goes.
        companionsStart(sentence.text, trigger) ?? sentence.text.length,
      );
    // "welcome X as we seek to …, as well as Y": Y is the main verb's object too.
    const regained = returned[k + 1];
    const met = k === 0 ? meetingStretch(sentence.text, trigger) : undefined;
    // "honor the patriots who fought … for the people of South Korea": what the people did is
    // narrative; its places and parties are still named, its topics are not the clause's.
    const narrative = beforeNarrative(sentence.text, trigger.end, scopeEnd);
    const scope = hits.filter((hit) => {
      const start = hit.start - sentence.start;
      const end = hit.end - sentence.start;
      if (regained && start >= regained.start && end <= regained.end) return true;
      if (hit.type === 'Topic' && start >= narrative) return false;
      if ((start < scopeStart && end > topicEnd) || end > scopeEnd) return false;
      if (met !== undefined && start >= met && end <= trigger.start) return false;
      // The one called on ("Pyongyang must cease …") is what the call is about.
      if (item.targets) return true;
      if (item.subject && start >= item.subject.start && end <= item.subject.end) return false;
      return true;
    });
    let stance = trigger.stance;
    // "We emphasize that our basic positions … remain unchanged", "emphasized that our one China
    // policy has not changed": a reaffirmation (gold 2023-01-13, 2023-11-15, 2024-11-16).
    if (
      stance === 'recognize' &&
      /^\s+that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).{0,120}(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:remains?\s+unchanged|(?:has|have)\s+not\s+changed)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(
        sentence.text.slice(trigger.end),
      )
    ) {
      stance = 'reaffirm';
    }
    stance = agendaStance(stance, trigger.text, sentence.text.slice(trigger.end), item.actors);
    // A body named inside a longer name is not what the clause is about; a treaty inside
    // "Article V of the Treaty …" is.
    // "The United States will … ensure the security of the American homeland": the speaker's own
    // country as an adjective is who acts, not what the clause is about ("Japan's hosting" by
    // Japan, its conduct, still is).
    // "discussed with President Saied …": who the discussion is held with acts too, not its topic.
    const withWhom = coDiscussants(sentence, hits, trigger).filter(
      (id) => !item.actors.includes(id),
    );
    const own = ownCountries(item.actors, context);
    const side = withOwnOfficials(own, context);
    // "call on the Myanmar military": an appeal's addressee (see stateOfBody).
    const appeal =
      TARGETED.has(stance) && stance !== 'condemn'
        ? { text: sentence.text, at: sentence.start, triggerEnd: trigger.end }
        : undefined;
    const about = [
      ...new Set(
        scope
          .filter(
            (hit) =>
              (!hit.nested ||
                aboutInstrument(hit, scope) ||
                stateOfBody(hit, scope, appeal) ||
                isBacker(hit, sentence)) &&
              !ownSpeaker(hit, side, item.actors, scope, sentence, trigger) &&
              !isVenue(hit, sentence, trigger) &&
              !regionModifier(hit) &&
              !absorbed(hit, scope, sentence.text, sentence.start),
          )
          .filter((hit) => !withWhom.includes(hit.entityId))
          .map((hit) => hit.entityId),
      ),
    ];
    for (const id of titledInScope(sentence.text, scopeStart, scopeEnd, item, context))
      if (!about.includes(id)) about.push(id);
    // "The Japan-U.S. Alliance: Strengthening Deterrence …" over the leaders' own sentences: their
    // own countries, and the statement's other parties, are who acts, not what the section is about.
    const implicit = input.sectionEntities.filter(
      (id) => !about.includes(id) && !own.has(id) && !statementParty(id, context),
    );
    const commitment: Commitment = {
      id: commitmentId(basename, sentence.index, k),
      docId,
      sentenceId: sentenceId(basename, sentence.index),
      stance,
      trigger: trigger.text,
      text: sentence.text,
      actors: [...new Set([...item.actors, ...withWhom])],
      about,
      // "I call on all Americans to …": a speaker calls on others, never on its own side.
      targets: (item.targets ?? targetsOf(stance, scope, sentence, trigger, scopeEnd)).filter(
        (id) => !own.has(id) && !item.actors.includes(id),
      ),
      cameo: CAMEO_ROOT[stance],
      // Always present (undefined when empty, which JSON and the loader leave out): every
      // commitment then has one object shape, and the many steps reading commitments are not
      // deoptimised by the first one with a heading's entities.
      implicitAbout: implicit.length > 0 ? implicit : undefined,
    };
    return commitment;
  });
  shareObjects(commitments, accepted, sentence.text);
  elidedObjects(commitments, accepted, sentence.text, hits, sentence.start);
  reportedObjects(commitments, accepted, sentence.text);
  sharedModalObjects(commitments, accepted);
  commitments.forEach((commitment, k) => {
    const before = commitments[k - 1];
    if (!before || !TARGETED.has(commitment.stance) || commitment.targets.length > 0) return;
    if (!PRONOUN_OBJECT.test(sentence.text.slice(accepted[k]!.trigger.end))) return;
    // The ones called on are what the call is about, as "Pyongyang must cease …".
    commitment.targets = [...before.targets];
    for (const id of before.targets) if (!commitment.about.includes(id)) commitment.about.push(id);
  });
  const repeated = repeatedInSeries(commitments, accepted, sentence.text);
  return repeated.size === 0 ? commitments : commitments.filter((_, k) => !repeated.has(k));
}
