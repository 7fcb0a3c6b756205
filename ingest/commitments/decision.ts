/**
 * The shapes resolveSpeakers works in: a stance it keeps (Accepted), a trigger it skips with the
 * reason (SkippedTrigger), and what one step decides for one trigger (Decision), so each step can
 * live in its own module and the loop only applies the decisions.
 */
import type { SkippedTriggerRecord } from '../../contract/extraction';
import type { Subject } from '../resolveActors';
import type { Trigger } from '../stances';
import type { Form } from './clauses';

export type SkipReason = SkippedTriggerRecord['reason'];

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
  /**
   * "Recognizing …;": a participle paragraph read as a preamble's (preamble.ts); under a list's
   * lead-in ("committed to the following actions:") the same shape is a list item instead.
   */
  preamble?: boolean;
  /** "reiterated that the United States opposes …": the inner stance of a reiteration. */
  reported?: boolean;
  /** A reiteration's own stretch when its first complement went to the inner stance. */
  scope?: { start: number; end: number };
  /**
   * "Italy joined the effort, committing to …": a participle trailing a clause of no stance is
   * about what follows it, as a trailing "while V-ing" (gold README, session 10).
   */
  trailing?: boolean;
  /** "met … to highlight …": the purpose of a meeting, which a further "and to …" shares. */
  purpose?: boolean;
  /**
   * "On this anniversary of …, our two countries take this opportunity to reaffirm …": a purpose
   * of an occasion, no meeting, so the fronted adjunct stays what the stance is about.
   */
  occasion?: boolean;
  /**
   * "discussed their shared concern about …": a stance noun that is the object of the verb
   * before it, whose scope therefore runs on through the noun's (gold 2021-12-06).
   */
  object?: boolean;
  /** "looks forward to this meeting to deepen …": the purpose of a meeting looked forward to. */
  lookedForward?: boolean;
  /** "Noting …, the leaders established …": where a fronted participle's scope ends. */
  until?: number;
  /** "we join voices in condemning …, and pledge to …": the form a verb coordinated after it shares. */
  form?: Form;
  /** An item of a declaration's operative part ("ESTABLISH a …;"): its opening verb decides. */
  operative?: boolean;
  /**
   * "agreed to pursue X, including through supporting Y; to collaborate on Z": an example gerund
   * of the clause before (includedStance.ts), whose scope gives back what follows a ";".
   */
  included?: boolean;
}

/**
 * One trigger's outcome: kept (`replace`: it takes the place of the stance before it, whose
 * complement it is; `speaks`: its subject spoke it, so that subject is who "They" is next), or
 * skipped with a reason.
 */
export type Decision =
  | { accept: Accepted; replace?: boolean; speaks?: boolean }
  | { skip: SkipReason; boundary?: number };

export const skipWith = (reason: SkipReason, boundary?: number): Decision =>
  boundary === undefined ? { skip: reason } : { skip: reason, boundary };
