/**
 * Commitments: one per stance trigger whose speaker can be resolved (a trigger without a speaker
 * is a noun or a purpose clause, not a stance taken). Scope of a trigger = from it to the next
 * trigger; `about` = entities named in that scope, `targets` = actors urged/called on/condemned.
 */
import type { Commitment, Stance } from './contract';
import { commitmentId, sentenceId } from './ids';
import { type ActorContext, type Subject, subjectBefore } from './resolveActors';
import type { SegmentedSentence } from './segment';
import { CAMEO_ROOT, findTriggers, type Trigger } from './stances';
import type { EntityHit } from './types';

const TARGETED: ReadonlySet<Stance> = new Set(['urge', 'call', 'encourage', 'condemn']);
const ACTOR_TYPES = new Set(['Country', 'Official', 'Organization']);

type Form = 'past' | 'ing' | 'base' | 'modal';

function verbForm(trigger: Trigger): Form {
  const words = trigger.text
    .toLowerCase()
    .split(/\s+/)
    .filter(
      (w) =>
        !/^(?:strongly|firmly|fully|unequivocally|resolutely|jointly|once|again|newly)$/.test(w),
    );
  const first = words[0] ?? '';
  if (first === 'will' || first === 'shall') return 'modal';
  if (first.endsWith('ed') || first === 'stood' || first === 'undertook') return 'past';
  if (first.endsWith('ing')) return 'ing';
  return 'base';
}

function compatible(a: Form, b: Form): boolean {
  return a === b || a === 'modal' || b === 'modal';
}

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

interface Accepted {
  trigger: Trigger;
  subject?: Subject;
  actors: string[];
  pending?: boolean;
}

function resolveSpeakers(input: CommitmentInput, triggers: Trigger[]): Accepted[] {
  const { sentence, hits, context } = input;
  const accepted: Accepted[] = [];
  for (const trigger of triggers) {
    const subject = subjectBefore(context, sentence, hits, trigger.start);
    if (subject && subject.actors.length > 0) {
      accepted.push({ trigger, subject, actors: subject.actors });
      continue;
    }
    const left = sentence.text.slice(0, trigger.start).trimEnd();
    const previous = accepted[accepted.length - 1];
    const joined = left.replace(/\s+(?:also|further|will|then)$/i, '');
    const byAnd = /(?:,?\s+and|;)$/.test(joined);
    const byComma = !byAnd && /,$/.test(joined);
    // "… and provide support" shares the subject; after a bare comma only a verb of the same
    // form does ("…, committed to …" after "will ensure" describes, it does not undertake).
    const previousForm = previous ? verbForm(previous.trigger) : undefined;
    if (
      previous &&
      previousForm &&
      ((byAnd && compatible(previousForm, verbForm(trigger))) ||
        (byComma && previousForm === verbForm(trigger)))
    ) {
      accepted.push({ trigger, actors: previous.actors });
      continue;
    }
    if (trigger.needsSubject) continue;
    // "Standing firmly against …, they reaffirmed …": a fronted participle shares the main subject.
    if (left === '' && verbForm(trigger) === 'ing') {
      accepted.push({ trigger, actors: [], pending: true });
      continue;
    }
    // "We begin 2023 …, newly committed to …": a participle after a comma, the sentence's subject.
    const opener = /^(We|They)\b/.exec(sentence.text);
    if (accepted.length === 0 && opener && /,$/.test(left) && verbForm(trigger) !== 'base') {
      const pronounSubject = subjectBefore(context, sentence, hits, opener[0].length);
      if (pronounSubject) accepted.push({ trigger, actors: pronounSubject.actors });
    }
  }
  const main = accepted.find((item) => !item.pending && item.actors.length > 0);
  return accepted
    .map((item) => (item.pending ? { ...item, actors: main?.actors ?? [] } : item))
    .filter((item) => item.actors.length > 0);
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

export function extractCommitments(input: CommitmentInput): Commitment[] {
  const { sentence, hits, docId, basename } = input;
  const triggers = findTriggers(sentence.text);
  const accepted = resolveSpeakers(input, triggers);
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
