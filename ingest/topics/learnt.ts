/**
 * The last topic pass: names of topics the gold named in several statements (gold-learnt,
 * data/lexicon/topics-gold.json), found in a commitment's words where neither a recognised name
 * nor a topic of the phrase rules as long already stands. The rules decide wherever they spoke
 * whole; this fills their silences ("cooperation on safe COVID-19 vaccines, vaccine
 * manufacturing and port decarbonization", where the list cut leaves the learnt concepts
 * unnamed) and replaces a rule topic that is only a piece of a learnt name: the gold's aliases
 * are its wordings ("dependence on Russian fossil fuels" for `reliance on Russian energy`), and
 * the rules' "Russian fossil fuels" inside it names no topic the gold has (session 49: of 626
 * missed gold topics whose alias stood in the sentence, 148 had a shorter rule topic inside it).
 */
import type { Commitment } from '../../contract/extraction';
import { commitmentsBySentence, ranges, scopeEnd } from '../entities/commitmentScope';
import type { DerivedTopic } from '../entities/topicPhrases';
import type { LearntTopic, Lexicon } from '../lexicon';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { type Token, tokens, wordStart } from './learntTokens';
import { foldLabel } from './thesaurus';
import { pairParties, unnamedPair } from './unnamedPair';

interface Entry {
  words: string[];
  topic: LearntTopic;
  /** A name without the parties of a pair-named topic: the other parties the text must write. */
  parties?: string[];
  /**
   * The word after the name's first complement preposition ("Israel" in "defense of Israel"):
   * a name from there to the end is part of the learnt name, not a reason to leave it unread.
   */
  complement?: number;
}

/** The index of the word after the first complement preposition inside `words`, if any. */
function complementOf(words: readonly string[]): number | undefined {
  for (let j = 1; j < words.length - 1; j++)
    if (TOPIC_QUALITY.complementPrepositions.has(words[j]!)) return j + 1;
  return undefined;
}

/** Learnt names by their first folded word, longest first (so the longest name wins). */
const indexes = new WeakMap<Lexicon, Map<string, Entry[]>>();

function indexOf(lexicon: Lexicon): Map<string, Entry[]> {
  let index = indexes.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const topic of lexicon.learnt)
    for (const name of topic.names) {
      const words = foldLabel(name).split(' ');
      const list = index.get(words[0]!) ?? [];
      const parties = unnamedPair(topic.label, name) ? pairParties(topic.label) : undefined;
      const complement = complementOf(words);
      list.push({
        words,
        topic,
        ...(parties ? { parties } : {}),
        ...(complement === undefined ? {} : { complement }),
      });
      index.set(words[0]!, list);
    }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(lexicon, index);
  return index;
}

/** A span already spoken for (document offsets); `named`: a recognised name, not a topic. */
interface Span {
  start: number;
  end: number;
  named?: boolean;
  /** The rules' derived topic that holds the span, which a longer learnt name may replace. */
  derived?: DerivedTopic;
}

/** The learnt topics found, and the rules' topics they replace (pieces of a longer learnt name). */
export interface LearntPass {
  found: DerivedTopic[];
  replaced: ReadonlySet<DerivedTopic>;
}

/**
 * The learnt topics of each commitment's words (the scope the phrase rules read, `ranges`),
 * outside every recognised name and derived topic; each joins its commitment's `about`.
 */
export function learntTopics(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  commitments: readonly Commitment[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
  derived: readonly DerivedTopic[],
): LearntPass {
  const replaced = new Set<DerivedTopic>();
  if (lexicon.learnt.length === 0) return { found: [], replaced };
  const index = indexOf(lexicon);
  const bySentence = commitmentsBySentence(commitments);
  // Spans already spoken for (document offsets): names, derived topics, and what this pass finds.
  const taken = new Map<number, Span[]>();
  for (const [at, hits] of hitsBySentence)
    taken.set(
      at,
      hits.map((hit) => ({ start: hit.start, end: hit.end, named: hit.type !== 'Topic' })),
    );
  for (const topic of derived) {
    const spans = taken.get(topic.sentenceIndex);
    const span = { start: topic.hit.start, end: topic.hit.end, derived: topic };
    if (spans) spans.push(span);
    else taken.set(topic.sentenceIndex, [span]);
  }
  const found: DerivedTopic[] = [];
  // Hit ids of the sentence's recognised names ("Topic" hits of the thesaurus among them).
  const hitIds = (at: number) => new Set((hitsBySentence.get(at) ?? []).map((h) => h.entityId));
  const text = sentences.map((sentence) => sentence.text).join(' ');
  const written = (entry: Entry) => entry.parties?.every((name) => text.includes(name)) ?? true;
  for (const sentence of sentences) {
    const list = bySentence.get(sentence.index);
    if (!list) continue;
    const scopes = list.map((commitment, k) =>
      ranges(sentence.text, commitment, k === 0, scopeEnd(sentence.text, list, k)),
    );
    // Only words inside a range are read: the subject before the first one is not tokenised.
    let from = sentence.text.length;
    for (const scope of scopes) for (const range of scope) from = Math.min(from, range.from);
    const words = tokens(sentence.text, wordStart(sentence.text, from));
    const busy = taken.get(sentence.index) ?? [];
    // A name wholly inside the complement ("Israel" in "defense of Israel") leaves it free.
    // A rule topic wholly inside a longer learnt name ("labor laws" in "enforcement of its
    // labor laws") is a piece of it: the learnt name replaces it.
    const inside = (span: Span, start: number, end: number) =>
      span.derived !== undefined &&
      span.start >= sentence.start + start &&
      span.end <= sentence.start + end &&
      span.end - span.start < end - start;
    const free = (start: number, end: number, inner: number) =>
      !busy.some(
        (span) =>
          span.start < sentence.start + end &&
          span.end > sentence.start + start &&
          !inside(span, start, end) &&
          !(span.named && span.start >= sentence.start + inner && span.end <= sentence.start + end),
      );
    const holdsName = (start: number, end: number) =>
      busy.some(
        (span) =>
          span.named && span.start >= sentence.start + start && span.end <= sentence.start + end,
      );
    const startsName = (at: number) =>
      busy.some(
        (span) => span.named && span.start <= sentence.start + at && span.end > sentence.start + at,
      );
    // The longest learnt name at each word does not depend on the range: looked up once per
    // sentence, not once per commitment and range that holds the word.
    const named: (Entry | null)[] = [];
    list.forEach((commitment, k) => {
      for (const range of scopes[k]!)
        for (let i = 0; i < words.length; i++) {
          const first = words[i]!;
          if (first.start < range.from || first.end > range.to) continue;
          const entry = nameAt(index, words, named, i);
          if (!entry || !written(entry)) continue;
          const last = words[i + entry.words.length - 1]!;
          const inner =
            entry.complement === undefined ? last.end : words[i + entry.complement]!.start;
          if (last.end > range.to || !free(first.start, last.end, inner)) continue;
          // "support for Jordan and Egypt" is support for both, not for Jordan alone.
          if (
            inner < last.end &&
            holdsName(inner, last.end) &&
            coordinated(sentence.text, words, i + entry.words.length, startsName)
          )
            continue;
          if (!commitment.about.includes(entry.topic.id)) commitment.about.push(entry.topic.id);
          const hit: EntityHit = {
            entityId: entry.topic.id,
            name: entry.topic.label,
            type: 'Topic',
            start: sentence.start + first.start,
            end: sentence.start + last.end,
            text: sentence.text.slice(first.start, last.end),
          };
          for (let b = busy.length - 1; b >= 0; b--)
            if (inside(busy[b]!, first.start, last.end)) {
              replaced.add(busy[b]!.derived!);
              busy.splice(b, 1);
            }
          busy.push({ start: hit.start, end: hit.end });
          found.push({ sentenceIndex: sentence.index, hit });
          i += entry.words.length - 1;
        }
    });
  }
  // A replaced rule topic leaves the about of its sentence's commitments unless another span of
  // the sentence still names it.
  for (const topic of replaced) {
    const at = topic.sentenceIndex;
    const id = topic.hit.entityId;
    // The learnt name may be the same concept ("immediate cessation of violence" for the rules'
    // "cessation of violence"): then the id stays.
    const still =
      hitIds(at).has(id) ||
      (taken.get(at) ?? []).some((span) => span.derived?.hit.entityId === id) ||
      found.some((t) => t.sentenceIndex === at && t.hit.entityId === id);
    if (still) continue;
    for (const commitment of bySentence.get(at) ?? []) {
      const k = commitment.about.indexOf(id);
      if (k >= 0) commitment.about.splice(k, 1);
    }
  }
  return { found, replaced };
}

/**
 * Whether the words from `next` on coordinate another name with the one that ends the learnt
 * name ("for Jordan and Egypt", "of Israel, Jordan"): a comma, "and" or "or", then a word
 * `named` holds ("the" skipped). "Israel and its people" coordinates no name.
 */
function coordinated(
  text: string,
  words: readonly Token[],
  next: number,
  named: (offset: number) => boolean,
): boolean {
  let j = next;
  const comma = text[words[next - 1]!.end] === ',';
  const linked = (k: number) => words[k]?.folded === 'and' || words[k]?.folded === 'or';
  if (linked(j)) j++;
  else if (!comma) return false;
  if (words[j]?.folded === 'the') j++;
  const word = words[j];
  return word !== undefined && named(word.start);
}

/** The longest learnt name opening at word `i` (null: none), remembered in `named`. */
function nameAt(
  index: Map<string, Entry[]>,
  words: readonly Token[],
  named: (Entry | null)[],
  i: number,
): Entry | null {
  let entry = named[i];
  if (entry === undefined) {
    entry = index.get(words[i]!.folded)?.find((e) => matchesAt(words, i, e.words)) ?? null;
    named[i] = entry;
  }
  return entry;
}

function matchesAt(words: readonly Token[], at: number, name: readonly string[]): boolean {
  if (at + name.length > words.length) return false;
  for (let j = 0; j < name.length; j++) {
    const word = words[at + j]!;
    if (word.folded !== name[j]) return false;
    if (word.closed && j < name.length - 1) return false;
  }
  return true;
}
