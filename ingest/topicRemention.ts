/**
 * "… intend to collaborate together in the clean energy transition, including through …": a
 * clause that repeats, word for word, the name of a topic the statement names elsewhere is about
 * that topic, though the topic pass chunked this sentence's words into another phrase or left
 * them to the selector, which named the topic in another sentence only.
 *
 * A pass over the finished extraction, after the selector (the topics it names count). Only
 * names of three words or more: a short name ("security", "rule of law") recurs inside phrases
 * that are about something else, and so does a bare pair ("women and girls"). Gold (768 files,
 * full selector, session 50): of the links a name of three words or more (no bare pair) adds to
 * matched commitments 86 are in the gold `about` and 6 are not (27 of 28 on the twelve most
 * recent holdouts); two-word names 183 vs 187, one-word 372 vs 632.
 * Not where the sentence already mentions the topic (the scope rules placed it), and not inside
 * a proper name ("the Convention on the Law of the Sea" for `law of the sea`: 21 matches, the
 * capitalised ones, skipped).
 */

import type { Commitment, Entity, Extraction } from '../contract/extraction';
import { remember } from './boundedMemo';
import { clauseAfterTrigger } from './proformAbout';
import { escapeRegex } from './rules/titles';

/** Fewest words a topic's name has for its repetition to be read as that topic. */
const MIN_WORDS = 3;

interface NamePattern {
  id: string;
  words: string[];
  /** The words before the last that are plain ASCII, lowercased (see `mayRepeat`). */
  asciiWords: string[];
}

/**
 * Each name's pattern, compiled once for all documents: a statement's topics recur across
 * statements, and a RegExp built per document is compiled again on its first use (bounded as
 * every per-text memo is: boundedMemo.ts).
 */
const PATTERNS = new Map<string, RegExp>();
const MAX_PATTERNS = 20_000;

function patternOf(words: readonly string[]): RegExp {
  const key = words.join(' ');
  const known = PATTERNS.get(key);
  if (known) return known;
  // "technology" → "technologies", "supply chain" → "supply chains".
  const body = words
    .map(escapeRegex)
    .join('[\\s-]+')
    .replace(/([^aeiou])y$/i, '$1(?:y|ie)');
  return remember(
    PATTERNS,
    key,
    new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])${body}(?:s|es)?(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`, 'i'),
    MAX_PATTERNS,
  );
}

// ASCII on purpose: the pre-check below holds for ASCII words only.
const ASCII = /^[\x20-\x7e]+$/;

/** The topic's names of MIN_WORDS words or more, spaces or hyphens between, a plural allowed. */
function namePatterns(entity: Entity): NamePattern[] {
  return [entity.name, ...entity.aliases].flatMap((name) => {
    const words = name.trim().split(/[\s-]+/);
    // "women and girls", "research and development": a bare pair of two topics recurs inside
    // phrases about other things ("Indigenous women and girls", "research and development
    // security"): gold 2 of 14 such links right under K-fold.
    if (words.length < MIN_WORDS || (words.length === 3 && /^(?:and|or|&)$/i.test(words[1]!)))
      return [];
    const asciiWords = words
      .slice(0, -1)
      .filter((word) => ASCII.test(word))
      .map((word) => word.toLowerCase());
    return [{ id: entity.id, words, asciiWords }];
  });
}

/**
 * Whether the clause can hold the name: its pattern (case-blind without the `u` flag) matches
 * an ASCII character only with the same character in either case, so the name is absent from a
 * clause whose lowercased text lacks one of its plain ASCII words. (Not the last word: the
 * pattern lets its "y" be "ie". A word outside ASCII is left to the pattern.)
 */
function mayRepeat(lowerClause: string, name: NamePattern): boolean {
  for (const word of name.asciiWords) if (!lowerClause.includes(word)) return false;
  return true;
}

/** Hoisted: esbuild (tsx) rebuilds a `\p{…}` literal at each evaluation. */
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether the clause repeats the name outside a proper name (no lowercase word capitalised). */
function repeats(clause: string, name: NamePattern): boolean {
  const match = patternOf(name.words).exec(clause);
  if (!match) return false;
  const found = match[0].split(/[\s-]+/);
  return name.words.every(
    (word, k) => !LOWER_FIRST.test(word) || !UPPER_FIRST.test(found[k] ?? ''),
  );
}

/** The extraction with each commitment linked to the document topics its clause repeats. */
export function resolveTopicRemention(extraction: Extraction): Extraction {
  const names = extraction.entities.filter((e) => e.type === 'Topic').flatMap(namePatterns);
  if (names.length === 0) return extraction;
  const mentioned = new Map<string, Set<string>>();
  for (const mention of extraction.mentions) {
    const ids = mentioned.get(mention.sentenceId) ?? new Set<string>();
    ids.add(mention.entityId);
    mentioned.set(mention.sentenceId, ids);
  }
  const { commitments } = extraction;
  let changed: Commitment[] | undefined;
  commitments.forEach((commitment, k) => {
    const here = mentioned.get(commitment.sentenceId);
    const linked = new Set([...commitment.about, ...(commitment.implicitAbout ?? [])]);
    const clause = clauseAfterTrigger(commitment, commitments[k + 1]);
    const lowerClause = clause.toLowerCase();
    const added: string[] = [];
    for (const name of names) {
      if (here?.has(name.id) || linked.has(name.id) || added.includes(name.id)) continue;
      if (mayRepeat(lowerClause, name) && repeats(clause, name)) added.push(name.id);
    }
    if (added.length === 0) return;
    changed ??= [...commitments];
    changed[k] = { ...commitment, about: [...commitment.about, ...added] };
  });
  return changed ? { ...extraction, commitments: changed } : extraction;
}
