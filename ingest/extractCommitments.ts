/**
 * Commitments: one per stance trigger whose speaker can be resolved (a trigger without a speaker
 * is a noun or a purpose clause, not a stance taken). Scope of a trigger = from it to the next
 * trigger; `about` = entities named in that scope, `targets` = actors urged/called on/condemned.
 */

import { resolveSpeakers, type SkippedTrigger } from './commitments/speakers';
import type { Commitment, Stance } from './contract';
import { commitmentId, sentenceId } from './ids';
import type { ActorContext } from './resolveActors';
import type { SegmentedSentence } from './segment';
import { CAMEO_ROOT, findTriggers, type Trigger } from './stances';
import type { EntityHit } from './types';

const TARGETED: ReadonlySet<Stance> = new Set(['urge', 'call', 'encourage', 'condemn']);
const ACTOR_TYPES = new Set(['Country', 'Official', 'Organization']);

/** Where the object of an appeal ends: its infinitive or the next clause. */
const TARGET_END = /\s(?:to|towards|toward|in|on|for|that|by|from|with|regarding)\s|[;:]/;

export interface CommitmentInput {
  docId: string;
  basename: string;
  sentence: SegmentedSentence;
  hits: EntityHit[];
  context: ActorContext;
  /** Entities of the section heading, for `implicitAbout`. */
  sectionEntities: string[];
}

function targetsOf(
  stance: Stance,
  scope: EntityHit[],
  sentence: SegmentedSentence,
  trigger: Trigger,
  scopeEnd: number,
): string[] {
  if (!TARGETED.has(stance)) return [];
  let windowEnd = scopeEnd;
  if (stance !== 'condemn') {
    const rest = sentence.text.slice(trigger.end, scopeEnd);
    const stop = TARGET_END.exec(rest);
    // "call for the DPRK to abandon …" addresses the DPRK; "call for the implementation of the
    // ASEAN consensus" addresses no one.
    if (/\bfor$/i.test(trigger.text) && stop?.[0] !== ' to ') return [];
    if (stop) windowEnd = trigger.end + stop.index;
  }
  const ids = scope
    .filter(
      (hit) =>
        ACTOR_TYPES.has(hit.type) &&
        !hit.nested &&
        hit.start - sentence.start >= trigger.end &&
        hit.end - sentence.start <= windowEnd,
    )
    .map((hit) => hit.entityId);
  return [...new Set(ids)];
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
  const triggers = findTriggers(sentence.text);
  const accepted = resolveSpeakers(sentence, hits, context, triggers, skipped);
  return accepted.map((item, k) => {
    const { trigger } = item;
    const scopeStart = k === 0 ? 0 : trigger.start;
    const scopeEnd = accepted[k + 1]?.trigger.start ?? sentence.text.length;
    const scope = hits.filter((hit) => {
      const start = hit.start - sentence.start;
      const end = hit.end - sentence.start;
      if (start < scopeStart || end > scopeEnd) return false;
      if (item.subject && start >= item.subject.start && end <= item.subject.end) return false;
      return true;
    });
    let stance = trigger.stance;
    // "We emphasize that our basic positions … remain unchanged": a reaffirmation.
    if (
      stance === 'recognize' &&
      /^\s+that\b.{0,120}\bremains?\s+unchanged/.test(sentence.text.slice(trigger.end))
    ) {
      stance = 'reaffirm';
    }
    // A body named inside a longer name is not what the clause is about; a treaty inside
    // "Article V of the Treaty …" is.
    const about = [
      ...new Set(
        scope.filter((hit) => !hit.nested || hit.type === 'Instrument').map((hit) => hit.entityId),
      ),
    ];
    const implicit = input.sectionEntities.filter((id) => !about.includes(id));
    const commitment: Commitment = {
      id: commitmentId(basename, sentence.index, k),
      docId,
      sentenceId: sentenceId(basename, sentence.index),
      stance,
      trigger: trigger.text,
      text: sentence.text,
      actors: [...new Set(item.actors)],
      about,
      targets: targetsOf(stance, scope, sentence, trigger, scopeEnd),
      cameo: CAMEO_ROOT[stance],
    };
    if (implicit.length > 0) commitment.implicitAbout = implicit;
    return commitment;
  });
}
