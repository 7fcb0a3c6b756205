/**
 * What the learnt topic selector reads of an extraction: for every commitment, the candidates
 * (candidates.ts) of its words that no recognised name or rule topic covers — the selector only
 * fills the rules' silences — each with its sparse features, the commitment's context, and what
 * the gold says of the phrase (goldFeatures.ts). One function for training (ingest/eval) and for
 * extraction, so the model is always applied to the rows it was trained on.
 */
import type { Commitment, EntityType, Extraction } from '../../../contract/extraction';
import { commitmentsBySentence, ranges, scopeEnd } from '../../entities/commitmentScope';
import type { TaggedTerm } from '../../entities/tagger';
import type { Lexicon } from '../../lexicon';
import { conceptFor, foldLabel } from '../thesaurus';
import { topicCandidates } from './candidates';
import { distributedCandidates } from './distributed';
import {
  COMPLEMENT_TYPES,
  NAME_COMPLEMENTS,
  NAME_PREFIX,
  nameCandidates,
  type TypedSpan,
} from './nameComplements';
import { type Taken, Words } from './words';

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
  /** A name-complement row's head noun (nameComplements.ts): its features carry NAME_PREFIX. */
  readonly nameHead?: string;
}

/**
 * The candidate rows of an extraction, from the words of its commitment sentences tagged as the
 * topic pass tagged them (`terms`, by sentence index, offsets in the sentence).
 */
export function candidateRows(
  extraction: Extraction,
  terms: ReadonlyMap<number, readonly TaggedTerm[]>,
  lexicon: Lexicon,
  // Extraction: only names the topic conventions allow (candidates.ts); training reads them all.
  loneWord?: (text: string) => boolean,
  // Extraction: whether a row may still be chosen once its candidate's and commitment's features
  // are known (bound.ts); a row that cannot is not completed. Training keeps every row.
  mayPass?: (first: readonly string[], context: readonly string[]) => boolean,
  // Extraction: a name the conventions bar that the gold's counts keep (candidates.ts).
  goldKept?: (text: string) => boolean,
): CandidateRow[] {
  const rows: CandidateRow[] = [];
  if (extraction.commitments.length === 0) return rows;
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  const bySentence = commitmentsBySentence(extraction.commitments);
  const position = new Map(extraction.commitments.map((c, i) => [c, i]));
  const names = new Names(extraction.entities);
  const taken = takenBySentence(extraction);
  // Name-complement rows go after every ordinary row: a training row's id is its place in its
  // file, and the ensemble's scrambled orders sort by it (nameComplements.ts).
  const late: CandidateRow[] = [];
  // Distributed rows (distributed.ts) go last of all, for the same reason.
  const distributed: CandidateRow[] = [];
  for (const sentence of extraction.sentences) {
    const list = bySentence.get(sentence.index);
    const tagged = terms.get(sentence.index);
    if (!list || !tagged) continue;
    const spans = taken.get(sentence.index) ?? [];
    const words = new Words(sentence.text, tagged, spans);
    const typed = NAME_COMPLEMENTS ? spans.filter((s): s is TypedSpan => s.type !== undefined) : [];
    const read: SentenceReading = {
      known,
      names,
      spans,
      typed,
      words,
      loneWord,
      goldKept,
      mayPass,
      late,
      distributed,
    };
    for (let k = 0; k < list.length; k++)
      commitmentRows(rows, sentence, tagged, list, k, position.get(list[k]!)!, read);
  }
  return late.length === 0 && distributed.length === 0 ? rows : [...rows, ...late, ...distributed];
}

/** What every commitment of one sentence shares (one object shape for all). */
interface SentenceReading {
  readonly known: (phrase: string) => boolean;
  readonly names: Names;
  readonly spans: readonly TakenSpan[];
  /** The names a name-complement candidate may end in. */
  readonly typed: readonly TypedSpan[];
  readonly words: Words;
  readonly loneWord: ((text: string) => boolean) | undefined;
  readonly goldKept: ((text: string) => boolean) | undefined;
  readonly mayPass: ((first: readonly string[], context: readonly string[]) => boolean) | undefined;
  /** Where name-complement rows are collected. */
  readonly late: CandidateRow[];
  /** Where distributed rows are collected. */
  readonly distributed: CandidateRow[];
}

/**
 * The rows of the `k`-th commitment of a sentence (a module function rather than a closure per
 * sentence: V8 compiles it once for every document).
 */
function commitmentRows(
  rows: CandidateRow[],
  sentence: Extraction['sentences'][number],
  tagged: readonly TaggedTerm[],
  list: readonly Commitment[],
  k: number,
  index: number,
  read: SentenceReading,
): void {
  const commitment = list[k]!;
  const { names } = read;
  // What the commitment says of its candidates, built for its first one.
  let context: string[] | undefined;
  let heads: string[] = [];
  const contextOf = () => {
    if (!context) {
      const aboutSize = commitment.about.length + (commitment.implicitAbout?.length ?? 0);
      context = [
        `about:${Math.min(aboutSize, 3)}`,
        `stance:${commitment.stance}`,
        `trigger:${commitment.trigger.toLowerCase().split(' ').pop()}`,
      ];
      heads = commitment.about.map((id) => names.folded(id).split(' ').pop()!);
    }
    return context;
  };
  const end = scopeEnd(sentence.text, list, k);
  for (const range of ranges(sentence.text, commitment, k === 0, end)) {
    for (const candidate of topicCandidates(
      sentence.text,
      tagged,
      range.from,
      range.to,
      read.known,
      read.spans,
      read.words,
      read.loneWord,
      read.goldKept,
    )) {
      const row = rowOf(sentence.start, candidate, contextOf(), heads, index, read, '');
      if (row) rows.push(row);
    }
    for (const candidate of distributedCandidates(
      sentence.text,
      tagged,
      range.from,
      range.to,
      read.words,
      read.known,
      read.loneWord !== undefined,
    )) {
      const row = rowOf(sentence.start, candidate, contextOf(), heads, index, read, '');
      if (row) read.distributed.push(row);
    }
    if (read.typed.length === 0) continue;
    for (const candidate of nameCandidates(
      sentence.text,
      tagged,
      range.from,
      range.to,
      read.typed,
      read.words,
    )) {
      const prefixed = contextOf().map((f) => NAME_PREFIX + f);
      const row = rowOf(sentence.start, candidate, prefixed, heads, index, read, candidate.head);
      if (row) read.late.push({ ...row, nameHead: candidate.head });
    }
  }
}

/**
 * One candidate's row, or undefined where it cannot pass (`mayPass`). `nameHead`: a
 * name-complement's head noun, whose row features all carry NAME_PREFIX ('' for the others).
 */
function rowOf(
  offset: number,
  candidate: { start: number; end: number; text: string; features: string[] },
  context: readonly string[],
  heads: readonly string[],
  index: number,
  read: SentenceReading,
  nameHead: string,
): CandidateRow | undefined {
  if (read.mayPass && !read.mayPass(candidate.features, context)) return undefined;
  const key = foldLabel(candidate.text.toLowerCase());
  const head = nameHead || key.slice(key.lastIndexOf(' ') + 1);
  const prefix = nameHead ? NAME_PREFIX : '';
  candidate.features.push(
    ...context,
    `${prefix}phrase:${key}`,
    // Annotators are consistent within a statement: a phrase the rules made a topic
    // elsewhere in it, or one sharing the head of this commitment's own topics.
    `${prefix}inDocument:${read.names.isTopic(key)}`,
    `${prefix}sameHead:${heads.includes(head)}`,
  );
  return {
    commitment: index,
    start: offset + candidate.start,
    end: offset + candidate.end,
    text: candidate.text,
    key,
    features: candidate.features,
  };
}

/** Folded entity names, folded when first asked for (most documents ask for few). */
class Names {
  private readonly byId = new Map<string, string>();
  private readonly foldedById = new Map<string, string>();
  private topics: Set<string> | undefined;

  constructor(private readonly entities: Extraction['entities']) {
    for (const entity of entities) this.byId.set(entity.id, entity.name);
  }

  folded(id: string): string {
    let folded = this.foldedById.get(id);
    if (folded === undefined) {
      const name = this.byId.get(id);
      folded = name === undefined ? '' : foldLabel(name.toLowerCase());
      this.foldedById.set(id, folded);
    }
    return folded;
  }

  /** Whether the rules made `key` a topic somewhere in the document. */
  isTopic(key: string): boolean {
    this.topics ??= new Set(
      this.entities.filter((e) => e.type === 'Topic').map((e) => this.folded(e.id)),
    );
    return this.topics.has(key);
  }
}

/** A taken span; `type` where it is a name a name-complement candidate may end in. */
type TakenSpan = Taken & { readonly type?: EntityType };

/**
 * The spans of names and rule topics in each sentence (by index), in sentence offsets, each name of
 * COMPLEMENT_TYPES with its type.
 */
function takenBySentence(extraction: Extraction): Map<number, TakenSpan[]> {
  const { sentences, mentions } = extraction;
  const out = new Map<number, TakenSpan[]>();
  const types = new Map(extraction.entities.map((e) => [e.id, e.type]));
  for (const m of mentions) {
    const type = types.get(m.entityId);
    const typed = type !== undefined && COMPLEMENT_TYPES.has(type);
    // The first sentence that ends after the mention starts (sentences are in text order).
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i]!.start < m.end; i++) {
      const s = sentences[i]!;
      if (m.start >= s.end || m.end <= s.start) continue;
      const list = out.get(s.index) ?? [];
      const span = { start: m.start - s.start, end: m.end - s.start };
      list.push(typed && m.start >= s.start && m.end <= s.end ? { ...span, type } : span);
      out.set(s.index, list);
    }
  }
  return out;
}
