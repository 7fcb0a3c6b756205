/**
 * Training rows of the learnt topic selector, from one gold file and the extraction of its
 * statement: the candidates (topicCandidates.ts) of every predicted commitment's words that no
 * recognised name or rule topic covers (the model only fills the rules' silences), labelled with
 * the scorer's own matching: positive when the candidate matches (topicSimilarity ≥ LABEL_MATCH)
 * a gold topic in the `about` of the gold commitment matched to that prediction
 * (matchCommitments) which the prediction does not yet cover.
 */
import type { Extraction } from '../../contract/extraction';
import { commitmentsBySentence, ranges, readFrom, scopeEnd } from '../entities/commitmentScope';
import { tagTexts } from '../entities/tagger';
import type { Lexicon } from '../lexicon';
import { conceptFor, foldLabel } from '../topics/thesaurus';
import { matchCommitments } from './commitments';
import { GoldEntityIndex } from './entityIndex';
import type { GoldDocument } from './goldSchema';
import { topicSimilarity } from './normalize';
import { topicCandidates } from './topicCandidates';

/** A containment with a close overlap ("missile programs" ~ "ballistic missile programs"). */
const LABEL_MATCH = 0.75;

export interface Row {
  /** The commitment's index in the extraction. */
  commitment: number;
  /** Document offsets. */
  start: number;
  end: number;
  text: string;
  features: string[];
  label: number;
}

export function harvest(gold: GoldDocument, extraction: Extraction, lexicon: Lexicon): Row[] {
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  const bySentence = commitmentsBySentence(extraction.commitments);
  const tagged = extraction.sentences.filter((s) => bySentence.has(s.index));
  const terms = tagTexts(
    tagged.map((s) => s.text),
    tagged.map((s) => readFrom(s.text, bySentence.get(s.index)!)),
  );
  const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
  const goldOf = new Map(
    matchCommitments(gold, extraction, entities).pairs.map((p) => [p.predicted, p.gold]),
  );
  const goldTopics = new Set(gold.entities.filter((e) => e.type === 'Topic').map((e) => e.name));
  const position = new Map(extraction.commitments.map((c, i) => [c, i]));
  const nameOf = new Map(extraction.entities.map((e) => [e.id, foldLabel(e.name.toLowerCase())]));
  const docTopics = new Set(
    extraction.entities.filter((e) => e.type === 'Topic').map((e) => nameOf.get(e.id)!),
  );
  const rows: Row[] = [];
  tagged.forEach((sentence, t) => {
    const list = bySentence.get(sentence.index)!;
    const busy = extraction.mentions.filter(
      (m) => m.start < sentence.end && m.end > sentence.start,
    );
    list.forEach((commitment, k) => {
      const about = new Set([...commitment.about, ...(commitment.implicitAbout ?? [])]);
      const open = (goldOf.get(commitment)?.about ?? []).filter(
        (name) => goldTopics.has(name) && ![...entities.accepted(name)].some((id) => about.has(id)),
      );
      const context = [
        `about:${Math.min(about.size, 3)}`,
        `stance:${commitment.stance}`,
        `trigger:${commitment.trigger.toLowerCase().split(' ').pop()}`,
      ];
      const aboutNames = commitment.about.map((id) => nameOf.get(id) ?? '');
      const end = scopeEnd(sentence.text, list, k);
      for (const range of ranges(sentence.text, commitment, k === 0, end))
        for (const candidate of topicCandidates(
          sentence.text,
          terms[t]!,
          range.from,
          range.to,
          known,
        )) {
          const start = sentence.start + candidate.start;
          const stop = sentence.start + candidate.end;
          if (busy.some((m) => m.start < stop && m.end > start)) continue;
          const key = foldLabel(candidate.text.toLowerCase());
          const head = key.split(' ').pop()!;
          const similarity = Math.max(
            0,
            ...open.map((name) => topicSimilarity(candidate.text, name)),
          );
          rows.push({
            commitment: position.get(commitment)!,
            start,
            end: stop,
            text: candidate.text,
            features: [
              ...candidate.features,
              ...context,
              `phrase:${key}`,
              // Annotators are consistent within a statement: a phrase the rules made a topic
              // elsewhere in it, or one sharing the head of this commitment's own topics.
              `inDocument:${docTopics.has(key)}`,
              `sameHead:${aboutNames.some((name) => name.split(' ').pop() === head)}`,
            ],
            label: similarity >= LABEL_MATCH ? 1 : 0,
          });
        }
    });
  });
  return rows;
}

function bucket(n: number): string {
  return n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+';
}

/** Punctuation that ends a word in a sentence but is no part of a topic's name. */
const SENTENCE_PUNCTUATION = /[,;:()"“”]|\.(?=\s|$)/g;

/**
 * Adds to each file's rows what the OTHER gold files say of the phrase (leave-one-out): in how
 * many it is a topic, in how many a topic has its head, and which share of the files whose stance
 * sentences hold it name it (as the gold-learnt lexicon counts, goldTopics.ts).
 */
export function addGoldStatistics(
  files: readonly { base: string; gold: GoldDocument; rows: Row[] }[],
): void {
  const named = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, base: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(base));
  for (const { base, gold } of files)
    for (const entity of gold.entities)
      if (entity.type === 'Topic') {
        const key = foldLabel(entity.name);
        add(named, key, base);
        add(heads, key.split(' ').pop()!, base);
      }
  const texts = files.map(({ base, gold }) => ({
    base,
    text: ` ${gold.commitments.map((c) => foldLabel(c.sentence.replace(SENTENCE_PUNCTUATION, ' '))).join(' | ')} `,
  }));
  const present = new Map<string, string[]>();
  const others = (set: Iterable<string> | undefined, base: string) =>
    [...(set ?? [])].filter((file) => file !== base).length;
  for (const { base, rows } of files)
    for (const row of rows) {
      const key = foldLabel(row.text.toLowerCase());
      let where = present.get(key);
      if (!where) {
        where = texts.filter((t) => t.text.includes(` ${key} `)).map((t) => t.base);
        present.set(key, where);
      }
      const n = others(named.get(key), base);
      const seen = others(where, base);
      const share = n / seen;
      const rate =
        seen === 0
          ? 'unseen'
          : share >= 0.5
            ? 'high'
            : share >= 0.2
              ? 'mid'
              : n > 0
                ? 'low'
                : 'none';
      row.features.push(
        `goldNamed:${bucket(n)}`,
        `goldHead:${bucket(others(heads.get(key.split(' ').pop()!), base))}`,
        `goldRate:${rate}`,
        `goldRate+length:${rate}|${Math.min(key.split(' ').length, 3)}`,
      );
    }
}
