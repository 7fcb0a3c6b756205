/**
 * Candidates of the learnt name finder: capitalised spans of a statement that no extracted entity
 * covers (the open-vocabulary names no lexicon lists: "BAE Systems", "FATF Recommendation 15",
 * "Abdel Fattah el-Sisi"), each with the gold-free features the model reads. Gold-free so the same
 * code serves measurement (ingest/eval/nameHarvest.ts) and extraction.
 *
 * A run is a sequence of capitalised words (digits and hyphenated particles allowed after the
 * first) joined by connectors; punctuation, a possessive or a lowercase word ends it. Every
 * sub-span that starts and ends on a capitalised word is a candidate, so "Recalling United Nations
 * General Assembly" also offers "United Nations General Assembly". A span that is exactly a
 * mention, names an entity the extraction already has, or is a piece, acronym or long form of
 * such a name (knownForms.ts) is skipped: the model only fills the rules' silences. Spans of one text are one candidate with every place
 * it occurs, since an entity, not an occurrence, is what the scorer counts.
 */
import type { Extraction } from '../../contract/extraction';
import { GIVEN_NAMES } from '../rules/givenNameList';
import { HEAD_TYPES } from '../rules/names';
import { TITLE_WORDS } from '../rules/titles';
import { commitmentsBySentence, ranges, scopeEnd } from './commitmentScope';
import type { DeclaredTexts } from './declaredTexts';
import { type KnownForms, knownForms } from './knownForms';
import { forEachSpan } from './learntSpans';
import { shape, type Word, wordsOf } from './learntWords';

export interface Occurrence {
  sentence: number;
  /** Document offsets. */
  start: number;
  end: number;
}

export interface NameCandidate {
  text: string;
  occurrences: Occurrence[];
  features: string[];
}

const bucket = (n: number) => (n <= 1 ? String(n) : n <= 3 ? '2-3' : '4+');

interface Span {
  sentence: number;
  words: Word[];
  from: number;
  to: number;
  /** The lowercase word a capitalised run was extended by, if any. */
  tail: string | undefined;
}

/**
 * Lowercase words a longer name runs through before the span ("the Court for the | Eastern
 * District of Pennsylvania", "University of Michigan at | Ann Arbor", "Blueprint for an | AI Bill
 * of Rights"): the connectors and the articles and prepositions a title is written with.
 */
const NAME_LINKS = new Set(['of', 'for', 'the', 'a', 'an', 'at', 'to', 'on', 'in', 'that', 'and']);

/**
 * Whether the span's words continue a capitalised word across at most two linking words and no
 * punctuation: the span is then likely the tail of a longer name the rules cut or missed, not a
 * name of its own.
 */
export function continuesName(words: readonly Word[], from: number): boolean {
  for (let k = from - 1, links = 0; k >= 0 && links <= 2; k--) {
    const w = words[k]!;
    if (w.breakAfter) return false;
    const lower = w.text.toLowerCase();
    if (NAME_LINKS.has(w.text)) {
      links++;
      continue;
    }
    // A capitalised linking word opens the sentence ("At the International Space Station").
    return links > 0 && w.kind === 'cap' && !NAME_LINKS.has(lower);
  }
  return false;
}

/** Features of one occurrence: the words around it. */
function contextFeatures(span: Span): string[] {
  const { words, from, to } = span;
  const prev = words[from - 1];
  const prev2 = words[from - 2];
  const next = words[to + 1];
  const out = [
    `prev:${prev?.text.toLowerCase() ?? '^'}`,
    `prev2:${prev2?.text.toLowerCase() ?? '^'} ${prev?.text.toLowerCase() ?? '^'}`,
    `next:${next?.text.toLowerCase() ?? '$'}`,
  ];
  if (from === 0) out.push('initial');
  if (prev && TITLE_WORDS.has(prev.text)) out.push('afterTitle');
  if (prev?.breakAfter && prev.text) out.push('afterBreak');
  if (words[to]!.comma || prev?.comma || prev?.text === 'and' || next?.text === 'and')
    out.push('inList');
  if (prev?.kind === 'cap' && !prev.breakAfter) out.push('capBefore');
  if (next?.kind === 'cap' && !words[to]!.breakAfter) out.push('capAfter');
  if (span.tail) out.push(`tail:${span.tail}`, 'tailed');
  if (continuesName(words, from)) out.push('continuesName');
  return out;
}

/** Features of the span's own words. */
function wordFeatures(text: string, words: readonly Word[]): string[] {
  const first = words[0]!.text;
  const last = words[words.length - 1]!.text;
  const headType =
    HEAD_TYPES.get(last) ??
    HEAD_TYPES.get(
      words
        .slice(-2)
        .map((w) => w.text)
        .join(' '),
    );
  const shapes = words.map((w) => (w.kind === 'connector' ? w.text : shape(w.text)));
  const out = [
    `head:${last.toLowerCase()}`,
    `first:${first.toLowerCase()}`,
    `length:${Math.min(words.length, 6)}`,
    `shape:${shapes.join(' ')}`,
    `shapeHead:${shape(last)}`,
    `shapeFirst:${shape(first)}`,
    `headType:${headType ?? 'none'}`,
    `chars:${text.length < 4 ? 'short' : text.length < 12 ? 'mid' : 'long'}`,
  ];
  for (const w of words) if (w.kind === 'connector') out.push(`connector:${w.text}`);
  if (GIVEN_NAMES.has(first)) out.push('givenFirst');
  if (TITLE_WORDS.has(first)) out.push('titleFirst');
  if (/[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}/.test(text) && words.length > 1) out.push('hasAcronym');
  return out;
}

/**
 * What a name's own words say of its type ("… Pty Ltd" an Organization, "… Regulations" an
 * Instrument, a given name first an Official): the features of the type model, which learns from
 * every name the gold declares, not only the few the rules miss.
 */
export function nameFeatures(text: string): string[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  const head = words[words.length - 1]!.text.toLowerCase();
  return [
    ...wordFeatures(text, words),
    `suffix:${head.slice(-3)}`,
    ...words.map((w) => `word:${w.text.toLowerCase()}`),
  ];
}

/**
 * Where an occurrence stands to the sentence's commitments: in the words a commitment is about
 * (as topics are read), before a trigger (a subject), or in a sentence without any. Annotators
 * declare mostly what a commitment names (71 % of the gold's named entities).
 */
function scopeOf(extraction: Extraction): (o: Occurrence) => string {
  const bySentence = commitmentsBySentence(extraction.commitments);
  const sentences = new Map(extraction.sentences.map((s) => [s.index, s]));
  return (o) => {
    const list = bySentence.get(o.sentence);
    if (!list) return 'scope:none';
    const sentence = sentences.get(o.sentence)!;
    const from = o.start - sentence.start;
    const to = o.end - sentence.start;
    const inside = list.some((c, k) =>
      ranges(sentence.text, c, k === 0, scopeEnd(sentence.text, list, k)).some(
        (r) => from >= r.from && to <= r.to,
      ),
    );
    if (inside) return 'scope:about';
    return from < sentence.text.indexOf(list[0]!.trigger) ? 'scope:subject' : 'scope:other';
  };
}

/**
 * A head noun of the rules alone ("Statement", "Summit", "Executive Order", "Agreements"): it
 * names the kind, mostly a known thing's anaphor or a heading, never a new name (2,947 such
 * candidates in the gold, 22 declared; on unheld statements the finder's wrong "Statement",
 * "Summit", "Alliance").
 */
function isLoneHead(text: string): boolean {
  return HEAD_TYPES.has(text) || (/s$/.test(text) && HEAD_TYPES.has(text.slice(0, -1)));
}

/**
 * Every uncovered capitalised span of the extraction's sentences, by text (first occurrence
 * first), with its features. `extraction` is the rules' output for the same statement; with
 * `declared` only the spans whose words spell a declared text are offered (the finder that adds
 * only gold-declared texts), found by walking its trie over the words: the others are never
 * sliced, folded or looked up.
 */
export function nameCandidates(extraction: Extraction, declared?: DeclaredTexts): NameCandidate[] {
  const names = extraction.entities
    .filter((e) => e.type !== 'Topic')
    .flatMap((e) => [e.name, ...e.aliases]);
  const known = new Set(
    extraction.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())),
  );
  // Built on the first span that reaches it: with `declared` most statements never need it, and
  // its pieces of every name are most of the candidates' time.
  let forms: KnownForms | undefined;
  const byText = new Map<string, { text: string; spans: Span[]; occurrences: Occurrence[] }>();
  for (const sentence of extraction.sentences) {
    const words = wordsOf(sentence.text);
    let mentions: Extraction['mentions'] | undefined;
    forEachSpan(sentence.text, words, declared, (from, to, tail) => {
      const text = sentence.text.slice(words[from]!.start, words[to]!.end);
      const start = sentence.start + words[from]!.start;
      const end = sentence.start + words[to]!.end;
      mentions ??= extraction.mentions.filter(
        (m) => m.start < sentence.end && m.end > sentence.start,
      );
      if (mentions.some((m) => m.start === start && m.end === end)) return;
      const key = text.toLowerCase();
      if (known.has(key) || isLoneHead(text)) return;
      forms ??= knownForms(names);
      if (forms.has(text)) return;
      let entry = byText.get(key);
      if (!entry) {
        entry = { text, spans: [], occurrences: [] };
        byText.set(key, entry);
      }
      entry.spans.push({ sentence: sentence.index, words, from, to, tail });
      entry.occurrences.push({ sentence: sentence.index, start, end });
    });
  }
  if (byText.size === 0) return [];
  const typeOf = new Map(extraction.entities.map((e) => [e.id, e.type]));
  const fullText = extraction.sentences.map((s) => s.text).join(' ');
  const scope = scopeOf(extraction);
  const out: NameCandidate[] = [];
  for (const { text, spans, occurrences } of byText.values()) {
    const first = spans[0]!;
    const own = first.words.slice(first.from, first.to + 1);
    const features = new Set([...wordFeatures(text, own), `occurs:${bucket(occurrences.length)}`]);
    for (const span of spans) for (const f of contextFeatures(span)) features.add(f);
    for (const o of occurrences) features.add(scope(o));
    // How the span sits among the rules' mentions: around one, inside one, across one's edge.
    for (const m of extraction.mentions)
      for (const o of occurrences) {
        if (m.end <= o.start || m.start >= o.end) continue;
        const type = typeOf.get(m.entityId) ?? 'none';
        if (m.start >= o.start && m.end <= o.end) features.add(`contains:${type}`);
        else if (m.start <= o.start && m.end >= o.end) features.add(`inside:${type}`);
        else features.add(`crosses:${type}`);
      }
    // An acronym the statement defines ("Combined Maritime Forces (CMF)"), either way round.
    if (fullText.includes(`${text} (`)) features.add('definesAcronym');
    if (/^[\p{Lu}\d-]+$/u.test(text) && fullText.includes(`(${text})`))
      features.add('isDefinedAcronym');
    out.push({ text, occurrences, features: [...features] });
  }
  return out;
}
