/**
 * What the learnt topic selector reads of an extraction: for every commitment, the candidates
 * (candidates.ts) of its words that no recognised name or rule topic covers — the selector only
 * fills the rules' silences — each with its sparse features, the commitment's context, and what
 * the gold says of the phrase (`withGoldFeatures`). One function for training (ingest/eval) and for
 * extraction, so the model is always applied to the rows it was trained on.
 */
import type { Extraction } from '../../../contract/extraction';
import { commitmentsBySentence, ranges, scopeEnd } from '../../entities/commitmentScope';
import type { TaggedTerm } from '../../entities/tagger';
import type { Lexicon } from '../../lexicon';
import { conceptFor, foldLabel } from '../thesaurus';
import { topicCandidates } from './candidates';

export interface CandidateRow {
  /** The commitment's index in the extraction. */
  readonly commitment: number;
  /** Document offsets. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The folded phrase: the key of the gold statistics. */
  readonly key: string;
  readonly features: string[];
}

/**
 * The candidate rows of an extraction, from the words of its commitment sentences tagged as the
 * topic pass tagged them (`terms`, by sentence index, offsets in the sentence).
 */
export function candidateRows(
  extraction: Extraction,
  terms: ReadonlyMap<number, readonly TaggedTerm[]>,
  lexicon: Lexicon,
): CandidateRow[] {
  const rows: CandidateRow[] = [];
  if (extraction.commitments.length === 0) return rows;
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  const bySentence = commitmentsBySentence(extraction.commitments);
  const position = new Map(extraction.commitments.map((c, i) => [c, i]));
  const nameOf = new Map<string, string>();
  const docTopics = new Set<string>();
  for (const entity of extraction.entities) {
    const folded = foldLabel(entity.name.toLowerCase());
    nameOf.set(entity.id, folded);
    if (entity.type === 'Topic') docTopics.add(folded);
  }
  for (const sentence of extraction.sentences) {
    const list = bySentence.get(sentence.index);
    const tagged = terms.get(sentence.index);
    if (!list || !tagged) continue;
    const busy = extraction.mentions.filter(
      (m) => m.start < sentence.end && m.end > sentence.start,
    );
    list.forEach((commitment, k) => {
      const aboutSize = commitment.about.length + (commitment.implicitAbout?.length ?? 0);
      const context = [
        `about:${Math.min(aboutSize, 3)}`,
        `stance:${commitment.stance}`,
        `trigger:${commitment.trigger.toLowerCase().split(' ').pop()}`,
      ];
      const heads = commitment.about.map((id) => (nameOf.get(id) ?? '').split(' ').pop());
      const end = scopeEnd(sentence.text, list, k);
      for (const range of ranges(sentence.text, commitment, k === 0, end))
        for (const candidate of topicCandidates(
          sentence.text,
          tagged,
          range.from,
          range.to,
          known,
        )) {
          const start = sentence.start + candidate.start;
          const stop = sentence.start + candidate.end;
          if (busy.some((m) => m.start < stop && m.end > start)) continue;
          const key = foldLabel(candidate.text.toLowerCase());
          const head = key.slice(key.lastIndexOf(' ') + 1);
          candidate.features.push(
            ...context,
            `phrase:${key}`,
            // Annotators are consistent within a statement: a phrase the rules made a topic
            // elsewhere in it, or one sharing the head of this commitment's own topics.
            `inDocument:${docTopics.has(key)}`,
            `sameHead:${heads.includes(head)}`,
          );
          rows.push({
            commitment: position.get(commitment)!,
            start,
            end: stop,
            text: candidate.text,
            key,
            features: candidate.features,
          });
        }
    });
  }
  return rows;
}

/**
 * What the gold says of phrases: in how many gold files a phrase is a topic (`named`), in how many
 * it is a topic or a candidate (`seen`: the files that could have named it), and in how many a
 * topic has a given head. Training counts only the other files (ingest/eval/selectorTraining.ts);
 * the data file holds the counts over the whole gold.
 */
export interface PhraseStats {
  named(key: string): number;
  seen(key: string): number;
  head(head: string): number;
}

function bucket(n: number): string {
  return n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+';
}

function rate(named: number, seen: number): string {
  if (seen === 0) return 'unseen';
  const share = named / seen;
  if (share >= 0.5) return 'high';
  if (share >= 0.2) return 'mid';
  return named > 0 ? 'low' : 'none';
}

/** The gold features of one row: appended, so a row is complete once its statistics are known. */
export function goldFeatures(key: string, stats: PhraseStats): string[] {
  const named = stats.named(key);
  const r = rate(named, stats.seen(key));
  const words = key.split(' ');
  return [
    `goldNamed:${bucket(named)}`,
    `goldHead:${bucket(stats.head(words[words.length - 1]!))}`,
    `goldRate:${r}`,
    `goldRate+length:${r}|${Math.min(words.length, 3)}`,
  ];
}
