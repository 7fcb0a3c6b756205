/**
 * A government agency or a joint platform as the actor of its own undertaking (gold README: "A
 * U.S. agency that undertakes something ('USAID plans to invest') is the actor, as the agency";
 * 2023-08-02 "USAID is also providing …", 2025-01-10 "The Department of Defense continues to
 * uphold …", 2022-05-24 "The U.S. National Science Foundation and Department of Science and
 * Technology of India will deepen …", 2023-04-03 "The EU Energy Platform will launch …"). No party
 * of the statement, yet no prediction about another either: the agency states what it does.
 */
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

/**
 * Whether every actor is an agency or platform named as such (data/rules/groups.json
 * `agencyHeads`), never a joint body the parties speak of (`bodyHeads`: its work is their remit).
 */
export function agenciesOnly(actors: readonly string[], hits: readonly EntityHit[]): boolean {
  return (
    actors.length > 0 &&
    actors.every((id) => {
      const hit = hits.find((h) => h.entityId === id);
      return (
        hit?.type === 'Organization' &&
        GROUPS.agencyId.test(id) &&
        !GROUPS.bodyHead.test(hit.name ?? hit.text)
      );
    })
  );
}
