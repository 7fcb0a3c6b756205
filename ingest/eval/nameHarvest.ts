/**
 * Training rows of the learnt name finder, from one gold file and the rules' extraction of its
 * statement: the uncovered capitalised spans (entities/learntCandidates.ts), labelled with the
 * scorer's own entity matching (entityIndex.ts): positive when the span's text is the name or an
 * alias of a gold named entity that the prediction lacks, the type being that entity's. What the
 * OTHER gold files know of the span is added in training (nameFinderTraining.ts).
 */
import type { EntityType, Extraction } from '../../contract/extraction';
import { type NameCandidate, nameCandidates } from '../entities/learntCandidates';
import { GoldEntityIndex } from './entityIndex';
import type { GoldDocument } from './goldSchema';
import { normName } from './normalize';

export interface NameRow extends NameCandidate {
  label: number;
  /** The gold type of a positive row. */
  type?: EntityType;
}

export function harvestNames(gold: GoldDocument, extraction: Extraction): NameRow[] {
  const matching = new GoldEntityIndex(gold.entities).match(extraction.entities).matching;
  const open = new Map<string, EntityType>();
  gold.entities.forEach((entity, index) => {
    if (entity.type === 'Topic' || matching.leftToRight.has(index)) return;
    for (const form of [entity.name, ...entity.aliases]) open.set(normName(form), entity.type);
  });
  return nameCandidates(extraction).map((candidate) => {
    const type = open.get(normName(candidate.text));
    return type ? { ...candidate, label: 1, type } : { ...candidate, label: 0 };
  });
}
