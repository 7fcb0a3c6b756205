/**
 * Training rows of the learnt name finder, from one gold file and the rules' extraction of its
 * statement: the uncovered capitalised spans (entities/learntCandidates.ts), labelled with the
 * scorer's own entity matching (entityIndex.ts): positive when the span's text is the name or an
 * alias of a gold named entity that the prediction lacks, the type being that entity's. Then what
 * the OTHER gold files know of the span (leave-one-out): how many declare it and as what, how many
 * show it without declaring it, and which type their names with the same head word have.
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

const bucket = (n: number) => (n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

/** The type most files give, "mixed" when no type has a clear majority. */
function majority(types: Map<EntityType, Set<string>>, base: string): [string, number] {
  let best: [string, number] = ['none', 0];
  let total = 0;
  for (const [type, files] of types) {
    const n = [...files].filter((f) => f !== base).length;
    total += n;
    if (n > best[1]) best = [type, n];
  }
  return best[1] * 3 >= total * 2 ? best : ['mixed', total];
}

function add(
  map: Map<string, Map<EntityType, Set<string>>>,
  key: string,
  type: EntityType,
  base: string,
) {
  const types = map.get(key) ?? new Map<EntityType, Set<string>>();
  map.set(key, types);
  types.set(type, (types.get(type) ?? new Set()).add(base));
}

interface HarvestedFile {
  base: string;
  gold: GoldDocument;
  extraction: Extraction;
  rows: NameRow[];
}

/** Adds to each file's rows what the other gold files say of the span (never its own file). */
export function addNameStatistics(files: readonly HarvestedFile[]): void {
  const named = new Map<string, Map<EntityType, Set<string>>>();
  const heads = new Map<string, Map<EntityType, Set<string>>>();
  const present = new Map<string, Set<string>>();
  for (const { base, gold, extraction, rows } of files) {
    for (const entity of gold.entities) {
      if (entity.type === 'Topic') continue;
      for (const form of new Set([entity.name, ...entity.aliases].map(normName)))
        add(named, form, entity.type, base);
      add(heads, normName(entity.name).split(' ').pop()!, entity.type, base);
    }
    const shown = [
      ...rows.map((r) => r.text),
      ...extraction.entities.flatMap((e) => [e.name, ...e.aliases]),
    ];
    for (const text of shown) {
      const key = normName(text);
      present.set(key, (present.get(key) ?? new Set()).add(base));
    }
  }
  for (const { base, rows } of files)
    for (const row of rows) {
      const key = normName(row.text);
      const [namedType, n] = majority(named.get(key) ?? new Map(), base);
      const seen = [...(present.get(key) ?? [])].filter((f) => f !== base).length;
      const rate =
        seen === 0
          ? 'unseen'
          : n / seen >= 0.5
            ? 'high'
            : n / seen >= 0.2
              ? 'mid'
              : n
                ? 'low'
                : 'none';
      const [headType, h] = majority(heads.get(key.split(' ').pop()!) ?? new Map(), base);
      row.features.push(
        `goldNamed:${bucket(n)}`,
        `goldNamedType:${namedType}`,
        `goldRate:${rate}`,
        `goldHeadType:${headType}`,
        `goldHeadType+n:${headType}|${bucket(h)}`,
      );
    }
}
