/**
 * The gold-topic gazetteer: topics the gold names in at least `minFiles` documents become
 * concepts the extractor matches in new text (data/lexicon/topics-gold.json). The phrase rules
 * find most topics, but a concept the annotators named in several statements is one the domain
 * has, whatever the rules make of the words around it. Only names of two words or more: a lone
 * word ("security", "partnership") the gazetteer would find inside every longer phrase, where the
 * gold names the phrase; standalone, the phrase rules already keep it.
 *
 * Measured on holdout M with the code of its blind start (session 16), as a last pass that only
 * fills the phrase rules' silences (topics/learnt.ts): topic F1 64.7 → 65.8, about P/R
 * 70.8/69.4 → 71.1/70.8, lens unchanged; the gold, scored leave-one-out, topic F1 84.5 → 84.6.
 * Tried: matching the names in the recogniser like thesaurus labels gave M +2.2 topic F1 but
 * cut 14 longer topics the rules had right ("maritime security challenges" → "security
 * challenges"); with one-word names too, the gold lost 1.2 about-precision and 1.5 lens
 * precision; with a one-file threshold (every topic memorised) M lost 7 points of lens precision.
 */
import type { GoldDocument } from './goldSchema';

export interface GoldTopicConcept {
  label: string;
  altLabels: string[];
  /** The gold files that name it as a topic. */
  files: string[];
  /**
   * The gold files that declare each alternative label taken from the gold's aliases (not a
   * spelling of the label): the evaluation drops an alias its withheld file alone declares, so
   * no file is scored with its own wording's mapping.
   */
  aliasFiles: Record<string, string[]>;
  /**
   * The gold files whose stance sentences hold one of its names and whose annotators did not
   * make it a topic there: how often the words are no topic, i.e. the concept's precision.
   */
  unannotated: string[];
}

/** Punctuation that ends a word in a sentence but is no part of a topic's name. */
const SENTENCE_PUNCTUATION = /[,;:()"“”]|\.(?=\s|$)/g;

interface Group {
  names: Map<string, number>;
  /** Each alias with the files that declare it. */
  aliases: Map<string, Set<string>>;
  files: Set<string>;
}

/**
 * `fold` is the thesaurus's folding (case, plural, hyphen); `taken` says whether a folded name
 * already belongs to the curated lexicon, which always keeps its names; `rejected` names no
 * topic the extractor may emit (a vacuous head, a fragment).
 */
export function goldTopicConcepts(
  golds: readonly { file: string; gold: GoldDocument }[],
  minFiles: number,
  fold: (name: string) => string,
  taken: (folded: string) => boolean,
  rejected: (name: string) => boolean = () => false,
): GoldTopicConcept[] {
  const groups = new Map<string, Group>();
  for (const { file, gold } of golds) {
    for (const entity of gold.entities) {
      if (entity.type !== 'Topic' || !/\s/.test(entity.name.trim()) || rejected(entity.name))
        continue;
      const key = fold(entity.name);
      if (!key || taken(key)) continue;
      let group = groups.get(key);
      if (!group) {
        group = { names: new Map(), aliases: new Map(), files: new Set() };
        groups.set(key, group);
      }
      group.names.set(entity.name, (group.names.get(entity.name) ?? 0) + 1);
      for (const alias of entity.aliases)
        if (specific(alias) && !rejected(alias))
          group.aliases.set(alias, (group.aliases.get(alias) ?? new Set()).add(file));
      group.files.add(file);
    }
  }
  const kept = [...groups.entries()]
    .filter(([, group]) => group.files.size >= minFiles)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sentences = golds.map(({ file, gold }) => ({
    file,
    text: ` ${gold.commitments.map((c) => fold(c.sentence.replace(SENTENCE_PUNCTUATION, ' '))).join(' | ')} `,
  }));
  // An alternative label belongs to one concept only: the labels first, then aliases in order.
  const owned = new Set(kept.map(([key]) => key));
  return kept.map(([, group]) => {
    const label = mostFrequent(group.names);
    const altLabels: string[] = [];
    const aliasFiles: Record<string, string[]> = {};
    for (const name of [...group.names.keys(), ...group.aliases.keys()].sort()) {
      const key = fold(name);
      if (name === label || altLabels.includes(name)) continue;
      if (key !== fold(label) && (owned.has(key) || taken(key))) continue;
      if (key !== fold(label)) owned.add(key);
      altLabels.push(name);
      const from = group.aliases.get(name);
      if (key !== fold(label) && from) aliasFiles[name] = [...from].sort();
    }
    const keys = [label, ...altLabels].map((name) => ` ${fold(name)} `);
    const unannotated = sentences
      .filter(({ file, text }) => !group.files.has(file) && keys.some((key) => text.includes(key)))
      .map(({ file }) => file);
    return { label, altLabels, files: [...group.files].sort(), aliasFiles, unannotated };
  });
}

/** A phrase of two words or more, or an acronym ("R&D"): not a lone word found everywhere. */
function specific(name: string): boolean {
  return /\s/.test(name.trim()) || /^[A-Z][A-Z0-9&-]+$/.test(name);
}

/** The name written most often; a tie goes to the first file's (the files come sorted). */
function mostFrequent(names: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [name, n] of names) if (n > count) [best, count] = [name, n];
  return best;
}
