/**
 * The groupings of one document that stand for their members when they speak: the data/rules
 * groups (G7, Quad, ASEAN) and the bilateral alliance of a two-party statement ("The Alliance
 * commits …" is both countries).
 */
import type { Lexicon } from '../lexicon';
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

export interface GroupMembers {
  members: Map<string, readonly string[]>;
  /** Bare heads that name a grouping of this document: "the Alliance" → the alliance id. */
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
