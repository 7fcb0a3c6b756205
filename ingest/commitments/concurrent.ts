/**
 * "…, while ensuring the highest standards …": an undertaking pursued alongside a stance is a
 * `commit` of its own (gold README, session 9), by the actors of the stance it follows. Not when
 * it belongs to another clause: a relative or complement clause between ("demonstrate that free
 * nations … are able to address … while resisting", "where we have deepened … while upholding")
 * the infinitive of an appeal ("call on all parties to … while ensuring": what is asked), or
 * what a recognition notes.
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import { type Accepted, type Decision, skipWith } from './decision';

/** ("… by suspending 24 percentage points of that rate …, while retaining …": "that" after a
 * preposition is a determiner, no clause; gold 2025-08-11.) */
const CLAUSE_BETWEEN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|for|to|in|on|at|by|with|from|under|within|beyond)\s)that|which|who|whom|whose|where|when|because|if)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/**
 * "provide direct food aid …, where warranted, and …", "including where possible, by sourcing …":
 * an elliptical "where/when/if" + adjective hosts no clause, so the while-clause after it is
 * still the stance's (gold 2022-03-24, 2022-12-15: split).
 */
const ELLIPTICAL =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:where|when|if)\s+(?:possible|appropriate|warranted|needed|necessary|feasible|applicable|practicable)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;
const APPEALS: ReadonlySet<string> = new Set(['call', 'urge', 'encourage']);
/**
 * "noted the importance of advancing …, while addressing …", "We note the progress being made …
 * while ensuring …": after a recognition or a report the while-clause is part of what is noted
 * or discussed, not an undertaking of the speakers. So after a welcome: "welcomed the
 * arrangements by Saudi Arabia to remove the MFO …, while preserving …", "expressed his
 * appreciation for … steps to deter irregular migration while expanding lawful pathways" (the
 * welcomed act holds it, CONVENTIONS §5 purpose inside a welcomed thing; gold 3 of 3 folded).
 */
const NOTED: ReadonlySet<string> = new Set(['recognize', 'other', 'welcome']);
/**
 * "reiterate the importance of facilitating …, while preserving …": part of the gerund's act. The
 * noun "need" only: "We need to address violence …, while working side-by-side to …" is the
 * parties' own undertaking, whose while-clause is split (gold 2021-10-08).
 */
const IMPORTANCE_OF =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:importance|(?:the|a|an|urgent|pressing|critical|clear|shared|continued)\s+need|necessity|significance)\s+(?:of|to|for)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

export function concurrentWith(
  sentence: SegmentedSentence,
  trigger: Trigger,
  accepted: readonly Accepted[],
): Decision {
  // "While working to maintain supply stability, we will respond …": the main clause's actors,
  // when it takes a stance (frontedParticiple.ts resolvePending).
  if (sentence.text.slice(0, trigger.start).trim() === '') {
    return { accept: { trigger, actors: [], pending: true } };
  }
  const previous = accepted[accepted.length - 1];
  if (!previous) return skipWith('no-subject');
  const between = sentence.text.slice(previous.trigger.end, trigger.start).replace(ELLIPTICAL, '');
  if (CLAUSE_BETWEEN.test(between)) return skipWith('complement-clause');
  if (APPEALS.has(previous.trigger.stance) && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/.test(between)) {
    return skipWith('complement-clause');
  }
  if (NOTED.has(previous.trigger.stance) || IMPORTANCE_OF.test(previous.trigger.text + between)) {
    return skipWith('complement-clause');
  }
  return { accept: { trigger, actors: previous.actors } };
}
