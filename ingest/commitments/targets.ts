/**
 * Who a commitment's appeal or condemnation is aimed at (`targets`): the ones urged, called on or
 * condemned among the actors its scope names.
 */
import type { Stance } from '../../contract/extraction';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { ACTOR_TYPES } from './namedList';

export const TARGETED: ReadonlySet<Stance> = new Set(['urge', 'call', 'encourage', 'condemn']);

/** Where the object of an appeal ends: its infinitive or the next clause. */
const TARGET_END = /\s(?:to|towards|toward|in|on|for|that|by|from|with|regarding)\s|[;:]/;

/** After one of these, an actor is a place or a victim, not the one condemned. */
const NOT_CONDEMNED =
  /\b(?:against|in|on|to|with|for|from|at|toward|towards|into|near|over|across|within|between|among)\s+(?:the\s+)?$/i;

/** Between two coordinated targets: "Russia and North Korea", "the DPRK, Russia, and Iran". */
const COORDINATED = /^(?:[’']s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/** "(,) and " opening another object of the same verb ("the DPRK's tests and Russia's invasion"). */
const NEW_CONJUNCT = /(?:,\s*|\s)and\s+(?:the\s+)?$/i;

/**
 * "condemned the arms transfers from the DPRK to Russia", "the deployment of DPRK troops to
 * Russia": both ends of a transfer take part in the conduct condemned (gold README, session 10),
 * when the transfer heads the object (no comma or clause before its "from"/"to"). An owner
 * ("the DPRK's transfers to Russia") is the one whose conduct it is: the other end is not.
 */
const TRANSFER_ENDS =
  /^\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:transfers?|deployments?|exports?|shipments?|deliver(?:y|ies)|sales?)\b[^,;:—]{0,80}\b(?:to|from)\s+(?:the\s+)?$/i;

export function targetsOf(
  stance: Stance,
  scope: EntityHit[],
  sentence: SegmentedSentence,
  trigger: Trigger,
  scopeEnd: number,
): string[] {
  if (!TARGETED.has(stance)) return [];
  const text = sentence.text;
  let windowStart = trigger.end;
  let windowEnd = scopeEnd;
  const actorsIn = (from: number, to: number) =>
    scope.filter(
      (hit) =>
        ACTOR_TYPES.has(hit.type) &&
        !hit.nested &&
        hit.start - sentence.start >= from &&
        hit.end - sentence.start <= to,
    );
  if (stance !== 'condemn') {
    // "demand that Russia withdraw …": the addressee follows "that".
    const that = /^\s+that\b/.exec(text.slice(trigger.end, scopeEnd));
    if (that) windowStart = trigger.end + that[0].length;
    const stop = TARGET_END.exec(text.slice(windowStart, scopeEnd));
    if (/\bfor$/i.test(trigger.text) && stop?.[0] !== ' to ') {
      // "call for Russia's adherence" addresses Russia; "call for the implementation of the
      // ASEAN consensus" addresses no one.
      const first = actorsIn(windowStart, scopeEnd)[0];
      const between = first ? text.slice(trigger.end, first.start - sentence.start) : '';
      const possessive = first && /^[’']s\b/.test(text.slice(first.end - sentence.start));
      return first && possessive && /^\s+(?:the\s+)?$/i.test(between) ? [first.entityId] : [];
    }
    if (stop) windowEnd = windowStart + stop.index;
  }
  let hits = actorsIn(windowStart, windowEnd);
  if (stance === 'condemn') {
    const recipients = hits.filter((hit) =>
      TRANSFER_ENDS.test(text.slice(trigger.end, hit.start - sentence.start)),
    );
    hits = hits.filter(
      (hit) => !NOT_CONDEMNED.test(text.slice(trigger.end, hit.start - sentence.start)),
    );
    // "condemned the DPRK's support to Russia's war": the one whose conduct is condemned (and
    // those coordinated with it), not the others its object names.
    let chain = 1;
    while (
      chain < hits.length &&
      COORDINATED.test(
        text.slice(hits[chain - 1]!.end - sentence.start, hits[chain]!.start - sentence.start),
      )
    )
      chain++;
    // "condemned the DPRK's … programs, and Russian aggression in Ukraine": a further conjunct
    // whose owner opens it (possessive or demonym) is conduct condemned too.
    const conjuncts = hits
      .slice(chain)
      .filter(
        (hit) =>
          NEW_CONJUNCT.test(text.slice(0, hit.start - sentence.start)) &&
          (hit.adjectival === true || /^[’']s\b/.test(text.slice(hit.end - sentence.start))),
      );
    hits = [...hits.slice(0, chain), ...conjuncts, ...recipients];
  }
  return [...new Set(hits.map((hit) => hit.entityId))];
}
