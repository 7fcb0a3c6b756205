/**
 * "Participating Atlantic States plan to cooperate …", "Previously participating states welcomed
 * Albania, Colombia, … as new CRI members": in a statement of three or more governments, its
 * participating states are its signatories (CONVENTIONS §7, coalition statements: "Previously
 * participating states/members welcomed [new members]" has the others as actors, the new members
 * in `about`; gold 2022-11-01, 2023-09-18, 2023-11-01, 2024-10-02: 6 commitments). The new members
 * a "previously participating" subject welcomes are named after its verb and are no actors.
 */
import type { ActorContext, Subject } from '../resolveActors';
import type { EntityHit } from '../types';

/**
 * The subject right before the verb: "participating" (after "previously" or "all", or opening
 * the sentence), at most one capitalised qualifier ("Atlantic"), and a noun for the parties.
 */
const PARTICIPATING =
  /(?:^|\s)((?:(?:[Pp]reviously|[Aa]ll|[Tt]he|[Oo]ther)\s+)?[Pp]articipating\s+(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*\s+)?(?:[Ss]tates|countries|[Gg]overnments|members|partners))$/u;

export function participatingSubject(
  context: ActorContext,
  hits: readonly EntityHit[],
  sentence: { text: string; start: number },
  at: number,
  trimmed: string,
): Subject | undefined {
  if (context.signatories.length < 3) return undefined;
  const found = PARTICIPATING.exec(trimmed);
  if (!found) return undefined;
  const start = found.index + found[0].length - found[1]!.length;
  const previously = /^(?:[Pp]reviously)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(found[1]!);
  // Those welcomed after the verb join now: they are what the welcome is about.
  const joining = previously
    ? new Set(hits.filter((hit) => hit.start - sentence.start >= at).map((hit) => hit.entityId))
    : new Set<string>();
  const actors = context.signatories.filter((id) => !joining.has(id));
  return actors.length > 0 ? { actors, start, end: trimmed.length } : undefined;
}
