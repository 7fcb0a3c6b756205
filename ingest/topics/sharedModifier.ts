/**
 * A modifier shared by coordinated heads: "inter-Korean dialogue, engagement, and cooperation",
 * "economic security and resilience", "pandemic prevention, preparedness, and response". The
 * first conjunct carries the modifier ("inter-Korean dialogue"); the later ones are bare nouns
 * ("engagement"), vacuous or fragments alone, though each names the modifier's thing of its own
 * ("inter-Korean engagement"), as the gold expands coordinated heads. The mirror image of
 * modifierList.ts (a head shared by coordinated modifiers). Only where the thesaurus knows both
 * the first conjunct and the distributed one: "regional peace and stability" is one concept,
 * "global health and health security" no list of bare nouns.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

export interface SharedModifier {
  /** Sentence-relative span of the coordination. */
  start: number;
  end: number;
  /** "inter-Korean engagement", …: the later conjuncts with the modifier. */
  names: string[];
  /**
   * The names include the first conjunct too ("intellectual property protection"): the span is
   * named whole, so no chunk of it (the whole coordination included) is a topic of its own.
   */
  whole?: boolean;
}

const WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** A modifier word, hyphenated parts joined; a name part may be capitalised ("inter-Korean"). */
const MODIFIER = /^\p{Ll}[\p{L}-]*$/u;

/** A bare noun conjunct: one lowercase word, no article, no name. */
function bare(term: TaggedTerm | undefined): term is TaggedTerm {
  if (!term || !WORD.test(term.text)) return false;
  const { tags } = term;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Value')) return false;
  // "development and launches, including …": a plural the tagger read as a verb, closed by
  // punctuation, is the last noun of the list.
  if (tags.has('PresentTense') && /\p{Ll}s$/u.test(term.text) && /[,.;]/.test(term.post))
    return true;
  return tags.has('Noun');
}

/**
 * The conjunct ends the phrase: punctuation or a bracket after it, or no noun or adjective
 * follows.
 */
function lastWord(terms: readonly TaggedTerm[], k: number): boolean {
  const term = terms[k]!;
  const next = terms[k + 1];
  if (term.post.trim() !== '') return true;
  // "… and response (PPR)": a bracketed acronym names the list, it does not continue it (the
  // bracket or quote opening the next word lies between the two terms).
  if (next && next.start > term.end + term.post.length) return true;
  return !next || !(next.tags.has('Noun') || next.tags.has('Adjective'));
}

/**
 * The conjuncts after "M H" (index of H): ", X" items and a final "and X"; their indexes, or
 * none when the coordination is not one of bare nouns closed by "and".
 */
function conjuncts(terms: readonly TaggedTerm[], head: number): number[] {
  const out: number[] = [];
  let k = head;
  for (;;) {
    const post = terms[k]!.post.trim();
    if (post !== '' && post !== ',') return [];
    const and = terms[k + 1]?.text === 'and' ? k + 1 : -1;
    if (and < 0) {
      // ", X": one more item of the list.
      if (post !== ',' || !bare(terms[k + 1])) return [];
      out.push(k + 1);
      k += 1;
      continue;
    }
    // "and X" or ", and X": the last conjunct, where the phrase ends.
    if (terms[and]!.post.trim() !== '') return [];
    const last = and + 1;
    if (!bare(terms[last]) || !lastWord(terms, last)) return [];
    return [...out, last];
  }
}

/**
 * "energy security and resilience": a sector word's aspects (sectorWords, aspectHeads) each
 * name a thing of their own though the thesaurus knows only one.
 */
function aspect(modifier: string, word: string): boolean {
  return Q.sectorWords.has(modifier.toLowerCase()) && Q.aspectHeads.has(word.toLowerCase());
}

/** The text of terms `from`…`to` (inclusive) joined by hyphens: "inter-Korean". */
function hyphenated(terms: readonly TaggedTerm[], from: number, to: number): string {
  let text = terms[from]!.text;
  for (let k = from + 1; k <= to; k++) text += `-${terms[k]!.text}`;
  return text;
}

/** A determiner or pronoun points at its noun, it does not modify it. */
const pointing = (term: TaggedTerm) => term.tags.has('Determiner') || term.tags.has('Pronoun');

function anyTerm(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  test: (term: TaggedTerm) => boolean,
): boolean {
  for (let k = from; k <= to; k++) if (test(terms[k]!)) return true;
  return false;
}

/** The shared modifiers of a sentence's terms between `from` and `to` (sentence-relative). */
export function sharedModifiers(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): SharedModifier[] {
  const out: SharedModifier[] = [];
  // Terms are in text order: skip those before the range, and stop at its end (a
  // coordination starting there would end past `to`).
  let first = 0;
  while (first < terms.length && terms[first]!.start < from) first++;
  // Every coordination found closes with "and X" ending by `to` (`conjuncts`), so the modifier
  // stands before the range's last "and": the words after it, and a range with no "and" at all
  // (most commitments), cannot open one and are not read.
  let lastAnd = -1;
  for (let k = first; k < terms.length && terms[k]!.start < to; k++)
    if (terms[k]!.text === 'and') lastAnd = k;
  for (let i = first; i < lastAnd; i++) {
    // A hyphenated modifier is one word of several terms ("inter" "-" "Korean").
    if (terms[i - 1]?.post === '-') continue;
    let last = i;
    while (terms[last]!.post === '-' && last + 1 < terms.length) last++;
    // "intellectual property protection and enforcement": a two-word modifier.
    const compound = last === i ? compoundModifier(terms, i, to, known) : undefined;
    if (compound) {
      out.push(compound.found);
      i = compound.end;
      continue;
    }
    // The cheap tests on the head first: this runs for every word of every commitment.
    const head = terms[last + 1];
    if (!head || terms[last]!.post !== ' ' || !WORD.test(head.text)) continue;
    // Most modifiers are one term: no slice, map and join for them.
    const modifier = last === i ? terms[i]!.text : hyphenated(terms, i, last);
    if (!MODIFIER.test(modifier)) continue;
    if (anyTerm(terms, i, last, pointing)) continue;
    // The coordination before the thesaurus: most heads are followed by no ", X" or "and X",
    // and asking the thesaurus about every modifier–head pair was most of this function's time
    // (both tests are pure, so their order changes nothing found).
    const items = conjuncts(terms, last + 1);
    if (items.length === 0 || terms[items[items.length - 1]!]!.end > to) continue;
    if (!(known(`${modifier} ${head.text}`) || aspect(modifier, head.text))) continue;
    const names = items
      .map((k) => terms[k]!.text)
      // "nuclear safety and security" is a concept whole, not two.
      .filter((word) => !known(`${modifier} ${head.text} and ${word}`))
      .filter(
        (word) =>
          known(`${modifier} ${word}`) || (aspect(modifier, head.text) && aspect(modifier, word)),
      )
      .map((word) => `${modifier} ${word}`);
    if (names.length > 0)
      out.push({ start: terms[i]!.start, end: terms[items[items.length - 1]!]!.end, names });
    i = items[items.length - 1]!;
  }
  return out;
}

const OPENER_NOT = ['Verb', 'Gerund', 'Preposition', 'Determiner', 'Pronoun', 'Adverb'];

/** An act done to a thing ("protection", "enforcement", "processing", "consumption"). */
const ACT = /^\p{Ll}{3,}(?:tion|sion|ment|ing|sal)$/u;

/**
 * "intellectual property protection and enforcement", "supply chain resilience and security": a
 * two-word modifier (two lowercase words, the second a noun) before coordinated acts on it (ACT)
 * or aspects of it (aspectHeads) names each of them, as the gold expands coordinated heads,
 * though the thesaurus knows few such three-word phrases. A later conjunct the thesaurus knows
 * alone ("supply chain resilience and innovation") is a topic of its own, not the modifier's.
 * ("critical minerals mining and processing" is not expanded yet.)
 */
function compoundModifier(
  terms: readonly TaggedTerm[],
  i: number,
  to: number,
  known: (phrase: string) => boolean,
): { found: SharedModifier; end: number } | undefined {
  const [first, second, head] = [terms[i]!, terms[i + 1], terms[i + 2]];
  if (!second || !head || first.post !== ' ' || second.post !== ' ') return undefined;
  if (!WORD.test(first.text) || !WORD.test(second.text) || !WORD.test(head.text)) return undefined;
  if (pointing(first) || !second.tags.has('Noun') || !head.tags.has('Noun')) return undefined;
  // "to eviction …", "enhancing border …": a preposition or a verb opens no modifier.
  const opener = first.tags;
  if (!(opener.has('Noun') || opener.has('Adjective')) || OPENER_NOT.some((t) => opener.has(t)))
    return undefined;
  const fits = (word: string) =>
    (ACT.test(head.text) && ACT.test(word)) ||
    (Q.aspectHeads.has(head.text) && Q.aspectHeads.has(word));
  if (!fits(head.text)) return undefined;
  // "global energy security and resilience": a one-word modifier the rule above distributes;
  // "new", "bilateral" say how much or who, not what.
  if (known(`${second.text} ${head.text}`) || aspect(second.text, head.text)) return undefined;
  if (Q.weakModifiers.has(first.text) || Q.attributeAdjectives.has(first.text)) return undefined;
  // Only "H and W": after a comma "and" as often closes a list of phrases ("clean energy
  // cooperation, and development and …").
  if (head.post !== ' ') return undefined;
  const items = conjuncts(terms, i + 2);
  if (items.length !== 1 || terms[items[0]!]!.end > to) return undefined;
  const modifier = `${first.text} ${second.text}`;
  const names = items
    .map((k) => terms[k]!.text)
    // "research and development" is one concept, as is the whole.
    .filter((word) => fits(word) && !known(word) && !known(`${head.text} and ${word}`))
    .filter((word) => !known(`${modifier} ${head.text} and ${word}`))
    .map((word) => `${modifier} ${word}`);
  if (names.length === 0) return undefined;
  // The span is read as a list: the first conjunct is named with the others.
  names.unshift(`${modifier} ${head.text}`);
  const end = items[items.length - 1]!;
  return { found: { start: first.start, end: terms[end]!.end, names, whole: true }, end };
}
