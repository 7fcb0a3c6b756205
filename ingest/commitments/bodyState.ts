/** The state a body's name opens with ("the Myanmar military"), for a commitment's `about`. */
import type { EntityHit } from '../types';

/** Between an appeal's trigger and the one it is made to: "call on the", "urge the", "call for the". */
const ADDRESSEE = /^\s+(?:(?:on|upon|for)\s+)?(?:the\s+)?$/i;

/**
 * "condemn violence by the Myanmar military and police": the state whose body the clause names
 * ("Myanmar" in "Myanmar military", kept as a nested hit by ownArmy) is what the clause is about
 * too (gold: 2021-04-16, 2021-05-21 and 2022-05-31 name Myanmar next to its military). Other nested
 * hits ("UN" in "UN Charter") stay out. `scope` holds the commitment's hits; `appeal`, for a call,
 * urge or encourage, the sentence text, its offset and where the trigger ends.
 */
export function stateOfBody(
  hit: EntityHit,
  scope: readonly EntityHit[],
  appeal: { text: string; at: number; triggerEnd: number } | undefined,
): boolean {
  if (hit.nested !== true || hit.type !== 'Country') return false;
  return scope.some(
    (body) =>
      !body.nested &&
      body.type === 'Organization' &&
      body.start === hit.start &&
      // A capitalised name ("Palestinian Authority", "Philippine Coast Guard") is a body of its
      // own; the state is named by a lowercase noun only ("military", "police", "’s regime").
      /^(?:[’']s)?(?: \p{Ll}+)+$/u.test(body.text.slice(hit.end - hit.start)) &&
      // "call on the Myanmar military to …": the one called on is who acts, the appeal is about
      // what it must do (gold 2022-03-29), while condemned conduct is the state's.
      !(appeal && ADDRESSEE.test(appeal.text.slice(appeal.triggerEnd, body.start - appeal.at))),
  );
}

/**
 * A nested instrument is what the clause is about ("the Washington Treaty" in "Article 5 of the
 * Washington Treaty"), except one a longer name of another kind opens with ("Global Health
 * Security Agenda" in "Global Health Security Agenda Steering Group", declared by innerNames.ts):
 * the gold declares it but leaves it out of `about` (bodies named only inside a longer name) unless
 * the clause names it on its own, which another hit of it in scope does.
 */
export function aboutInstrument(hit: EntityHit, scope: readonly EntityHit[]): boolean {
  if (hit.type !== 'Instrument') return false;
  return !scope.some(
    (outer) =>
      !outer.nested && outer.type !== hit.type && outer.start === hit.start && outer.end > hit.end,
  );
}
