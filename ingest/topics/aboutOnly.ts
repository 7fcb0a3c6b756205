/**
 * Topics are what a statement's commitments are about (data/gold/README.md): a Topic node hangs
 * off a commitment with its sentence as evidence. A thesaurus term that only occurs in narrative
 * ("Sanctions have been successful…", "we have aligned our force posture…") or in a clause's
 * subject names no topic of the statement, so it is dropped with its mentions. Every other type
 * is kept: a country named only in narrative is still a party of the document.
 */
import type { Commitment, Entity, Mention } from '../../contract/extraction';

export function keepTopicsOfCommitments(
  entities: Entity[],
  mentions: Mention[],
  commitments: readonly Commitment[],
): { entities: Entity[]; mentions: Mention[] } {
  const used = new Set<string>();
  for (const commitment of commitments) {
    for (const id of commitment.about) used.add(id);
    for (const id of commitment.implicitAbout ?? []) used.add(id);
    for (const id of commitment.targets) used.add(id);
  }
  const dropped = new Set(
    entities.filter((entity) => entity.type === 'Topic' && !used.has(entity.id)).map((e) => e.id),
  );
  if (dropped.size === 0) return { entities, mentions };
  return {
    entities: entities.filter((entity) => !dropped.has(entity.id)),
    mentions: mentions.filter((mention) => !dropped.has(mention.entityId)),
  };
}
