/**
 * Which stance triggers of a sentence are stances taken, and by whom. A trigger is kept when its
 * subject resolves to actors, or it shares the subject of the trigger before it ("commend and
 * continue to support"); otherwise it is skipped with a reason (a noun, a purpose clause, a
 * prediction about others, past narrative), so "every trigger yields a commitment or a reason".
 */
import type { SkippedTriggerRecord } from '../../contract/extraction';
import { type ActorContext, type Subject, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import {
  CLAUSE_WORD,
  COMPLEMENT,
  compatible,
  HEDGE,
  isParty,
  MEETING_PURPOSE,
  OPENS_CLAUSE,
  openingSubject,
  ownSide,
  PERFECT,
  POSSESSED,
  PRONOUN,
  partners,
  relativeBetween,
  relativeClauseAt,
  remembered,
  resolvePending,
  verbForm,
} from './clauses';

type SkipReason = SkippedTriggerRecord['reason'];

export interface SkippedTrigger {
  trigger: Trigger;
  reason: SkipReason;
  /** Where a narrative relative clause starts: the stance before it does not reach past it. */
  boundary?: number;
}

export interface Accepted {
  trigger: Trigger;
  subject?: Subject;
  actors: string[];
  pending?: boolean;
  perfect?: boolean;
  /** "Pyongyang must cease …": the subject called on. */
  targets?: string[];
  /** "underscored that the United States remains committed to …": a complement taken as the stance. */
  complement?: boolean;
  /** "met … to highlight …": the purpose of a meeting, which a further "and to …" shares. */
  purpose?: boolean;
  /** "Noting …, the leaders established …": where a fronted participle's scope ends. */
  until?: number;
}

export function resolveSpeakers(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  triggers: Trigger[],
  skipped: SkippedTrigger[],
): Accepted[] {
  const accepted: Accepted[] = [];
  const skip = (trigger: Trigger, reason: SkipReason) => skipped.push({ trigger, reason });
  for (const trigger of triggers) {
    if (trigger.arranged) {
      // A meeting the parties arrange: the signatories (or the officials who met) undertake it.
      const parties = context.signatories.length > 0 ? context.signatories : context.officials;
      if (parties.length > 0) accepted.push({ trigger, actors: [...parties] });
      else skip(trigger, 'no-subject');
      continue;
    }
    const left = sentence.text.slice(0, trigger.start).trimEnd();
    if (!trigger.needsSubject && POSSESSED.test(sentence.text.slice(0, trigger.start))) {
      skip(trigger, 'no-subject');
      continue;
    }
    const perfect = PERFECT.exec(left);
    // "has supported", "had agreed": narrative; "have committed to", "have stood against" still bind.
    if (
      perfect &&
      (perfect[1]!.toLowerCase() === 'had' || !/^(?:commit|reaffirm|oppose)$/.test(trigger.stance))
    ) {
      skip(trigger, 'narrative-past');
      continue;
    }
    if (trigger.needsSubject && HEDGE.test(trigger.text)) {
      skip(trigger, 'prediction');
      continue;
    }
    // "We noted that there would likely be further tests": noting a forecast is a prediction.
    const complement = /^\s+that\b[^;.]*/.exec(sentence.text.slice(trigger.end))?.[0] ?? '';
    if (trigger.stance === 'recognize' && HEDGE.test(complement)) {
      skip(trigger, 'prediction');
      continue;
    }
    const memory = remembered(context);
    const subject = subjectBefore(context, sentence, hits, trigger.start);
    if (subject && subject.actors.length > 0) {
      // A subject that speaks no stance (a complement, a prediction) is not who "They" is next.
      const skipHere = (reason: SkipReason) => {
        Object.assign(context, memory);
        skip(trigger, reason);
      };
      const subjectText = sentence.text.slice(subject.start, subject.end);
      const before = sentence.text.slice(0, subject.start);
      const relative = relativeClauseAt(before, verbForm(trigger));
      if (relative !== undefined) {
        Object.assign(context, memory);
        skipped.push({ trigger, reason: 'narrative-past', boundary: relative });
        continue;
      }
      const previous = accepted[accepted.length - 1];
      const named = !PRONOUN.test(subjectText);
      const afterThat = previous
        ? sentence.text.slice(previous.trigger.end, subject.start)
        : undefined;
      // "reaffirmed U.S. support for …": a stance word right after the object's country is a noun.
      if (
        named &&
        previous &&
        afterThat !== undefined &&
        /^\s*(?:the\s+)?$/i.test(afterThat) &&
        verbForm(trigger) === 'base' &&
        /^\s*$/.test(sentence.text.slice(subject.end, trigger.start))
      ) {
        skipHere('no-subject');
        continue;
      }
      if (named && previous && afterThat !== undefined && COMPLEMENT.test(afterThat)) {
        // "Mr. Sullivan emphasized that the United States will continue to …": the speaker
        // stresses an undertaking of their own side; the undertaking is the stance, the speaker
        // its actor.
        if (
          !trigger.appeal &&
          previous.trigger.stance === 'recognize' &&
          ownSide(context, subject.actors, previous.actors)
        ) {
          Object.assign(context, memory);
          accepted[accepted.length - 1] = {
            trigger,
            subject,
            actors: previous.actors,
            complement: true,
          };
          continue;
        }
        // "… remains committed to …, and that the United States strongly opposes …": a further
        // coordinated complement of the same verb is a stance of the same speaker.
        if (
          !trigger.appeal &&
          previous.complement &&
          /\band\s+that\s+(?:the\s+)?$/i.test(afterThat) &&
          ownSide(context, subject.actors, previous.actors)
        ) {
          Object.assign(context, memory);
          accepted.push({ trigger, subject, actors: previous.actors, complement: true });
          continue;
        }
        // "welcomed that the Foreign Ministers intend to meet": the content of the stance before.
        skipHere('complement-clause');
        continue;
      }
      if (trigger.appeal) {
        // "Pyongyang must cease …": the statement's parties call on a named other; "We must" and
        // a party's own "must" are no appeal to anyone: "we must also prepare for the next
        // pandemic" is their own undertaking (README: "must prepare for" is commit).
        // ("We must remain vigilant" states a need, no act.)
        if (
          /^we$/i.test(subjectText) &&
          OPENS_CLAUSE.test(before) &&
          !/\b(?:remain|stay)$/i.test(trigger.text)
        ) {
          Object.assign(context, memory);
          accepted.push({
            trigger: { ...trigger, stance: 'commit', appeal: false },
            subject,
            actors: subject.actors,
          });
          continue;
        }
        if (
          !named ||
          !OPENS_CLAUSE.test(before) ||
          isParty(context, subject.actors, hits) ||
          context.signatories.length === 0
        ) {
          skipHere('not-a-party');
          continue;
        }
        Object.assign(context, memory);
        accepted.push({ trigger, subject, actors: context.signatories, targets: subject.actors });
        continue;
      }
      if (trigger.needsSubject && named) {
        // "North Korea will continue …": a prediction about others, or a body's mandate.
        if (!isParty(context, subject.actors, hits)) {
          skipHere('not-a-party');
          continue;
        }
        // "affirmed that the ROK will apply …": the content of the stance before, not a new one.
        // "agreed that their ministers will meet": the trigger itself ends in "that".
        const opensThat =
          previous && /\bthat$/i.test(previous.trigger.text) && /^\s*$/.test(afterThat ?? '');
        if (previous && afterThat !== undefined && (/\bthat\b/i.test(afterThat) || opensThat)) {
          skipHere('complement-clause');
          continue;
        }
      }
      accepted.push({ trigger, subject, actors: subject.actors, perfect: !!perfect });
      continue;
    }
    if (trigger.appeal) {
      skip(trigger, 'no-subject');
      continue;
    }
    const previous = accepted[accepted.length - 1];
    // "…, and each pledged to …": a distributive word before the verb keeps the shared subject.
    const joined = left.replace(
      /(?:\s+(?:also|further|will|then|continue to|continues to|each|both|all|together|jointly))+$/i,
      '',
    );
    const byAnd = /(?:,?\s+and|;)$/.test(joined);
    const byComma = !byAnd && /,$/.test(joined);
    // "underscored …, while acknowledging …": a participle after ", while" shares it too.
    const byWhile = /,\s+while$/i.test(joined) && verbForm(trigger) === 'ing';
    // "… and provide support" shares the subject; after a bare comma only a verb of the same
    // form does ("…, committed to …" after "will ensure" describes, it does not undertake).
    const previousForm = previous ? verbForm(previous.trigger) : undefined;
    // "The leaders discussed …, noting that …": a participle after a comma shares it too.
    if (
      previous &&
      previousForm &&
      ((byAnd &&
        compatible(previousForm, verbForm(trigger), previous.perfect ?? false) &&
        !(
          verbForm(trigger) === 'modal' &&
          /[^,]\s+and$/.test(joined) &&
          relativeBetween(sentence.text.slice(previous.trigger.end, trigger.start))
        )) ||
        byWhile ||
        (byComma && (previousForm === verbForm(trigger) || verbForm(trigger) === 'ing')))
    ) {
      // "We commit to strengthen … and consult on …": a meeting verb under an undertaking is
      // part of that one commitment, not a discussion reported.
      if (
        byAnd &&
        trigger.stance === 'other' &&
        verbForm(trigger) === 'base' &&
        (previous.trigger.stance === 'commit' || previous.trigger.stance === 'reaffirm')
      ) {
        skip(trigger, 'complement-clause');
        continue;
      }
      accepted.push({ trigger, actors: previous.actors });
      continue;
    }
    // "NCG Principals approved X, underscored Y, and will report Z": the first verb carries no
    // stance, yet the coordinated ones share its subject.
    const opening =
      !previous && (byAnd || byComma)
        ? openingSubject(sentence, hits, context, trigger, byComma)
        : undefined;
    if (opening) {
      if (trigger.needsSubject && !isParty(context, opening.actors, hits)) {
        skip(trigger, 'not-a-party');
        continue;
      }
      accepted.push({ trigger, subject: opening, actors: opening.actors });
      continue;
    }
    if (trigger.needsSubject) {
      skip(trigger, 'no-subject');
      continue;
    }
    // "Standing firmly against …, they reaffirmed …": a fronted participle shares the main subject.
    // ("With steadfast commitment to …, we …": a fronted nominal stance phrase too.)
    if (left === '' && (verbForm(trigger) === 'ing' || /^with\s/i.test(trigger.text))) {
      accepted.push({ trigger, actors: [], pending: true });
      continue;
    }
    // "We begin 2023 …, newly committed to …": a participle after a comma, the sentence's subject.
    // ("Today, we begin … and pledge to …": a short fronted adjunct may stand before it.)
    const opener = /^(?:[A-Z][^,;]{0,40},\s+)?(?:We|They|we|they)\b/.exec(sentence.text);
    if (accepted.length === 0 && opener && /,$/.test(left) && verbForm(trigger) !== 'base') {
      const pronounSubject = subjectBefore(context, sentence, hits, opener[0].length);
      if (pronounSubject) {
        accepted.push({ trigger, actors: pronounSubject.actors });
        continue;
      }
    }
    // "We bring diverse perspectives and are united in …": a verb coordinated with the opening
    // pronoun's own verb, no clause between them.
    // (Not after an infinitive: "we have provided support, including to retain jobs and support …".)
    if (
      accepted.length === 0 &&
      opener &&
      /\band$/.test(left) &&
      !CLAUSE_WORD.test(left) &&
      !/\bto\s+(?!(?:the|a|an|our|their|its|all)\b|[A-Z\d]|\w+ing\b)\w/.test(
        left.slice(opener[0].length),
      )
    ) {
      const pronounSubject = subjectBefore(context, sentence, hits, opener[0].length);
      if (pronounSubject) {
        accepted.push({ trigger, actors: pronounSubject.actors });
        continue;
      }
    }
    // "We have convened to reaffirm …": the purpose of a meeting is its participants' stance.
    const purpose = MEETING_PURPOSE.exec(left);
    // "They met to consult on …" reports the meeting; "will meet to discuss" is no stance yet.
    const pastMeeting =
      purpose && /^\s+(?:met|spoke|talked|convened|gathered|came)\b/i.test(purpose[0]);
    const firstPurpose = accepted.length === 0 || (previous?.purpose && /\band\s+to$/.test(left));
    // A discussion as purpose counts only right after the meeting verb ("They met to consult
    // on …"); a long way after it, "met … at Camp David to discuss …" only reports the meeting.
    const shortPurpose = purpose && purpose[0].trim().split(/\s+/).length <= 6;
    if (firstPurpose && purpose && (trigger.stance !== 'other' || (pastMeeting && shortPurpose))) {
      const met = subjectBefore(context, sentence, hits, purpose.index);
      if (met && met.actors.length > 0) {
        const actors = [...met.actors, ...partners(sentence, hits, purpose, trigger)];
        accepted.push({ trigger, subject: met, actors: [...new Set(actors)], purpose: true });
        continue;
      }
    }
    skip(trigger, 'no-subject');
  }
  const resolved = resolvePending(accepted, context, sentence, hits);
  for (const item of resolved) if (item.actors.length === 0) skip(item.trigger, 'no-subject');
  return resolved.filter((item) => item.actors.length > 0);
}
