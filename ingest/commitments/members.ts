/**
 * The groupings of one document that stand for their members when they speak: the data/rules
 * groups (G7, Quad, ASEAN) and the bilateral alliance of a two-party statement ("The Alliance
 * commits …" is both countries); and the bare heads that name one of its groupings ("the Alliance",
 * "the coalition").
 */
import type { Lexicon } from '../lexicon';
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

export interface GroupMembers {
  members: Map<string, readonly string[]>;
  /** Bare heads that name a grouping of this document: "the Alliance" → the alliance id,
   * "the coalition" → the one coalition named. */
  heads: Map<string, string>;
}

export function groupMembers(
  lexicon: Lexicon,
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  signatories: readonly string[],
): GroupMembers {
  const members = new Map(GROUPS.members);
  // "WE, the Member States of ASEAN and the United States": a grouping that signs beside a party
  // outside it is one side of the statement, itself, as the EU beside the United States (gold
  // 2022-05-13: ASEAN and the United States; 2025-01-10: NATO and NATO's Indo-Pacific Partners).
  // Speaking alone or with its own members ("We, the Leaders of the G7"), it is its members.
  for (const id of signatories) {
    const own = members.get(id);
    if (own && signatories.some((other) => other !== id && !own.includes(other)))
      members.delete(id);
  }
  const heads = new Map<string, string>();
  const coalition = soleCoalition(hitsBySentence);
  if (coalition) heads.set('coalition', coalition);
  if (signatories.length !== 2) return { members, heads };
  for (const hits of hitsBySentence.values()) {
    for (const hit of hits) {
      // The alliance built from the parties' names is not a lexicon entry (see findAlliances).
      if (
        hit.type === 'Organization' &&
        hit.entityId.endsWith('-alliance') &&
        !lexicon.entities.has(hit.entityId)
      ) {
        members.set(hit.entityId, signatories);
        heads.set('alliance', hit.entityId);
      }
    }
  }
  return { members, heads };
}

/** A coalition's id up to its head: "organization:air-force-capability-coalition(-for-ukraine)". */
const COALITION = /^.*?-coalition(?=-|$)/;

/**
 * "… the Air Force Capability Coalition …. The coalition intends to support …": the one coalition
 * the document names is what a bare "the coalition" is (gold 2024-07-10: the Coalition acts for
 * itself, as a collective subject, sessions 9 and 16 B). Its name with and without a trailing
 * "for Ukraine" is one coalition (the shorter id); two coalitions leave it unresolved.
 */
function soleCoalition(hitsBySentence: ReadonlyMap<number, EntityHit[]>): string | undefined {
  const ids = new Set<string>();
  const stems = new Set<string>();
  for (const hits of hitsBySentence.values())
    for (const hit of hits) {
      const stem = hit.type === 'Organization' ? COALITION.exec(hit.entityId)?.[0] : undefined;
      if (!stem) continue;
      ids.add(hit.entityId);
      stems.add(stem);
    }
  if (stems.size !== 1) return undefined;
  return [...ids].sort((a, b) => a.length - b.length)[0];
}
