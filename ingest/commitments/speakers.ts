/**
 * Which stance triggers of a sentence are stances taken, and by whom. A trigger is kept when its
 * subject resolves to actors, or it shares the subject of the trigger before it ("commend and
 * continue to support"); otherwise it is skipped with a reason (a noun, a purpose clause, a
 * prediction about others, past narrative), so "every trigger yields a commitment or a reason".
 * The steps live in earlySkip (no subject needed), subjectStance (its own subject) and
 * sharedSubject (a subject shared with another verb); this loop applies their decisions.
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { accompaniedPartyAct } from './accompaniedParty';
import { remembered } from './clauses';
import { concurrentWith } from './concurrent';
import { narratedEarlier } from './datedPast';
import { type Accepted, type Decision, type SkippedTrigger, skipWith } from './decision';
import { earlySkip } from './earlySkip';
import { narratedFounding } from './founding';
import { resolvePending } from './frontedParticiple';
import { holdsStance, ownedStanceSubject } from './heldStance';
import { frameEnd, ownerActor } from './ownerActor';
import { reiterationScopes } from './reported';
import { withoutSubject } from './sharedSubject';
import { withSubject } from './subjectStance';
import { withoutWelcomedSide } from './welcomedSide';

export type { Accepted, SkippedTrigger } from './decision';

/** What one sentence's decisions are applied to, and read against. */
interface Scene {
  accepted: Accepted[];
  skipped: SkippedTrigger[];
  sentence: SegmentedSentence;
  hits: readonly EntityHit[];
}

/**
 * A decision taken: a skip with its reason, or an accepted stance (replacing the one before it
 * when the decision says so). A module function, not a closure built per sentence.
 */
function apply(scene: Scene, trigger: Trigger, decision: Decision): void {
  const { accepted, skipped, sentence, hits } = scene;
  // "We welcome the United States’ renewed commitment": the welcomed co-signer is not "we".
  if ('accept' in decision)
    decision.accept.actors = [
      ...withoutWelcomedSide(decision.accept.actors, trigger, sentence.text, sentence.start, hits),
    ];
  if ('skip' in decision) {
    skipped.push(
      decision.boundary === undefined
        ? { trigger, reason: decision.skip }
        : { trigger, reason: decision.skip, boundary: decision.boundary },
    );
  } else if (decision.replace) accepted[accepted.length - 1] = decision.accept;
  else accepted.push(decision.accept);
}

/**
 * A founding act that narrates ("In March 2023, the leaders launched …") is no stance taken. A
 * reported "would" is one only in place of its reporter's recognition ("stressed that the United
 * States would …", subjectStance.ts): after "announced", "agreed" or "decided" it is what they
 * undertook already, and elsewhere a record of another's past intent ("Germany announced that it
 * would halt …", "the agencies announced that they would no longer …").
 */
function founding(
  sentence: SegmentedSentence,
  decision: Decision,
  trigger: Trigger,
  documentDate?: string,
): Decision {
  if ('accept' in decision && trigger.reported && !decision.replace)
    return skipWith('complement-clause');
  return 'accept' in decision &&
    (narratedFounding(decision.accept, sentence.text) ||
      narratedEarlier(trigger, sentence.text, documentDate))
    ? skipWith('narrative-past')
    : decision;
}

/**
 * A stance noun phrase its owner's possessive opens ("their shared concern"), or "shared" alone
 * ("discussed shared concerns about …": shared by those who discussed, gold 2024-08-28, 2024-12-10).
 */
const OWNED_NOUN = /^(?:their|our|shared|mutual|common)\s/i;

/**
 * What may stand between a discussion and the concern it names: nothing, or an example list's
 * "…, including" ("talked about regional developments, including their shared concerns about …":
 * the concern is one of the things discussed, gold 2023-03-14).
 */
const DISCUSSED_BETWEEN = /^(?:[^.;:]{1,120}?,?\s+including)?$/i;

/** The concern is the owner's: right after its verb, or an example of what it discussed. */
function ownerReaches(owner: Accepted, between: string): boolean {
  if (between === '') return true;
  return owner.trigger.stance === 'other' && DISCUSSED_BETWEEN.test(between);
}

export function resolveSpeakers(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  triggers: Trigger[],
  skipped: SkippedTrigger[],
): Accepted[] {
  const accepted: Accepted[] = [];
  const scene: Scene = { accepted, skipped, sentence, hits };
  // "To curb …, our agencies traced …": whose purpose it is, and whether it is a stance of its
  // own, the main clause decides once read (frontedParticiple.ts resolvePending); read after the
  // main clause's triggers, so that no trigger takes the unresolved purpose for its antecedent.
  const purposes = triggers.filter((trigger) => trigger.frontedPurpose);
  for (const trigger of triggers) {
    if (trigger.frontedPurpose) continue;
    if (trigger.operative) {
      // "WE HEREBY DECLARE: / SUPPORT the …;": the declaring subject says the item (operative.ts).
      apply(scene, trigger, { accept: { trigger, actors: [...trigger.operative] } });
      continue;
    }
    if (trigger.ownerActs) {
      // "Given Ecuador’s commitments to …": the possessor's own undertaking (ownerActor.ts).
      const owner = ownerActor(trigger, hits, sentence);
      const until = frameEnd(sentence.text, trigger.end);
      apply(
        scene,
        trigger,
        owner ? { accept: { trigger, actors: [owner], until } } : { skip: 'no-subject' },
      );
      continue;
    }
    if (trigger.arranged || trigger.partiesSpeak) {
      // A meeting the parties arrange, or a hortative that names no agent ("It is time to …"):
      // the signatories (or the officials who met) say it.
      const parties = context.signatories.length > 0 ? context.signatories : context.officials;
      apply(
        scene,
        trigger,
        parties.length > 0 ? { accept: { trigger, actors: [...parties] } } : { skip: 'no-subject' },
      );
      continue;
    }
    const early = earlySkip(sentence, trigger);
    if (early.reason) {
      apply(scene, trigger, { skip: early.reason });
      continue;
    }
    // "stands with the people of Iraq as they strive to …": the party's own act, described.
    if (accompaniedPartyAct(sentence, hits, trigger)) {
      apply(scene, trigger, { skip: 'not-a-party' });
      continue;
    }
    // "The leaders discussed their shared concern about …": a stance noun owned by the subject
    // of the verb it is the object of is that subject's (gold 2021-12-06, 2021-05-10).
    const owner = accepted[accepted.length - 1];
    if (
      owner &&
      trigger.stance === 'concern' &&
      OWNED_NOUN.test(trigger.text) &&
      ownerReaches(owner, sentence.text.slice(owner.trigger.end, trigger.start).trim())
    ) {
      apply(scene, trigger, {
        accept: { trigger, actors: [...owner.actors], object: true },
      });
      continue;
    }
    if (trigger.concurrent) {
      apply(scene, trigger, concurrentWith(sentence, trigger, accepted));
      continue;
    }
    const memory = remembered(context);
    const held = holdsStance(trigger.text, sentence.text, trigger.start);
    const subject = held
      ? ownedStanceSubject(context, hits, sentence, trigger.start)
      : subjectBefore(context, sentence, hits, trigger.start);
    if (subject && subject.actors.length > 0) {
      const previous = accepted[accepted.length - 1];
      // "reiterated that the U.S. commitment to defend Japan … is ironclad": the held stance is
      // what the reiteration says, no second commitment (gold 2022-11-13).
      if (held && previous && reiterated(sentence.text, previous, subject.start)) {
        apply(scene, trigger, { skip: 'complement-clause' });
        continue;
      }
      const decision = founding(
        sentence,
        withSubject({
          sentence,
          hits,
          context,
          trigger,
          subject,
          previous,
          perfect: early.perfect,
        }),
        trigger,
        context.documentDate,
      );
      // A subject that speaks no stance (a complement, a prediction) is not who "They" is next.
      if (!('accept' in decision && decision.speaks)) Object.assign(context, memory);
      apply(scene, trigger, decision);
      continue;
    }
    apply(
      scene,
      trigger,
      founding(
        sentence,
        withoutSubject({ sentence, hits, context, trigger, accepted }),
        trigger,
        context.documentDate,
      ),
    );
  }
  for (const trigger of purposes)
    apply(scene, trigger, { accept: { trigger, actors: [], pending: true } });
  const resolved = reiterationScopes(
    resolvePending(accepted, context, sentence, hits),
    sentence.text,
  );
  // A fronted participle's actors are the main clause's, known only now ("APPRECIATING the …").
  for (const item of resolved)
    item.actors = [
      ...withoutWelcomedSide(item.actors, item.trigger, sentence.text, sentence.start, hits),
    ];
  for (const item of resolved)
    if (item.actors.length === 0) skipped.push({ trigger: item.trigger, reason: 'no-subject' });
  return resolved.filter((item) => item.actors.length > 0);
}

/** A reaffirmation right before, whose "that" opens the clause a held stance's owner opens. */
function reiterated(text: string, previous: Accepted, ownerAt: number): boolean {
  return (
    previous.trigger.stance === 'reaffirm' &&
    /^\s+that\s+(?:the\s+)?$/i.test(text.slice(previous.trigger.end, ownerAt))
  );
}
