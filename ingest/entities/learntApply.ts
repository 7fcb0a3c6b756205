/**
 * What the learnt name finder's chosen spans become: entities of the extraction, each with a
 * mention per occurrence and, when asked, in the `about` of the commitments whose words
 * (commitmentScope.ts, as topics are read) hold it. Shared by the measurement (gold:names) and
 * extraction, so both add names the same way.
 */
import type { EntityType, Extraction } from '../../contract/extraction';
import { entityIdFor } from './candidateAt';
import { commitmentsBySentence, ranges, scopeEnd } from './commitmentScope';
import type { Occurrence } from './learntCandidates';

export interface ChosenName {
  text: string;
  type: EntityType;
  occurrences: readonly Occurrence[];
  /** The model's probability, for decoding. */
  p: number;
}

/**
 * The names kept: most probable first, at least `threshold`, and none whose every occurrence
 * overlaps a kept name's ("Ministry of Defence" inside a kept "UK Ministry of Defence").
 */
export function decodeNames<T extends ChosenName>(names: readonly T[], threshold: number): T[] {
  const kept: T[] = [];
  const taken: Occurrence[] = [];
  const ordered = names.filter((n) => n.p >= threshold).sort((a, b) => b.p - a.p);
  for (const name of ordered) {
    const free = name.occurrences.some(
      (o) => !taken.some((t) => t.start < o.end && t.end > o.start),
    );
    if (!free) continue;
    kept.push(name);
    taken.push(...name.occurrences);
  }
  return kept;
}

export function addNames(
  extraction: Extraction,
  names: readonly ChosenName[],
  options: { about: boolean },
): Extraction {
  const out = structuredClone(extraction);
  const ids = new Set(out.entities.map((e) => e.id));
  const sentenceById = new Map(out.sentences.map((s) => [s.index, s]));
  const bySentence = commitmentsBySentence(out.commitments);
  for (const name of names) {
    const id = entityIdFor(name.type, name.text);
    if (ids.has(id)) continue;
    ids.add(id);
    out.entities.push({ id, type: name.type, name: name.text, aliases: [name.text] });
    for (const o of name.occurrences) {
      const sentence = sentenceById.get(o.sentence)!;
      out.mentions.push({
        entityId: id,
        sentenceId: sentence.id,
        start: o.start,
        end: o.end,
        text: name.text,
      });
      if (!options.about) continue;
      const list = bySentence.get(o.sentence) ?? [];
      const from = o.start - sentence.start;
      const to = o.end - sentence.start;
      list.forEach((commitment, k) => {
        const end = scopeEnd(sentence.text, list, k);
        const inside = ranges(sentence.text, commitment, k === 0, end).some(
          (r) => from >= r.from && to <= r.to,
        );
        if (inside && !commitment.about.includes(id)) commitment.about.push(id);
      });
    }
  }
  return out;
}
