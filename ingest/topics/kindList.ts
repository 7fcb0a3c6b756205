/**
 * "A, B(,) and C H" with a head no list shares ("financial, humanitarian, military and diplomatic
 * support", "political, economic, and security issues", "wind, solar, and geothermal energy"):
 * each modifier names a kind of the head, as the gold expands coordinated modifiers (CONVENTIONS
 * §Coordination: "political, security, humanitarian, and economic assistance" → four). The
 * chunker stops at each comma, so before this only a head in `sharedHeads`, comma items that are
 * all kind adjectives, or a thesaurus that knew every "X H" named the first items
 * (modifierList.ts); otherwise they were lost or left as bare words ("humanitarian").
 *
 * The mirror, for lists, of modifierPair.ts ("X and Y H"), with its guards: every modifier must
 * classify (a noun, or an adjective of relation: never a quality, weak, vacuous or value word, so
 * "safe, orderly, and regular migration" stays whole), the head must end the phrase and be no
 * vacuous word, participle or group of actors. Unlike a pair, three kinds before "issues",
 * "challenges" or an ideal ("domestic, regional, and global security") are no stock phrase. An
 * adjective must be among the items: a list of nouns is as often things of their own with the
 * head the last one's ("water, food, and medical care", "independence, sovereignty, and
 * territorial integrity"), and one after a modifier is that modifier's head ("intellectual
 * property, labor, …").
 *
 * Over the gold's commitment sentences (session 43, topics43b) the rule reads 61 lists: the gold
 * names every kind with the head in 44, some in 5 (the others under another name: "humanitarian
 * assistance"), none in 9 (frames: "socio-cultural pillars", "economic sphere"; other names), the
 * head alone in 1 and whole in 2 (ESG, which the thesaurus knows whole and so stays). K-fold on
 * the 670 gold files, rules alone: topics +45 found, +14 spurious (frames, other names); with
 * the selector (retrained): +36 found, +16 spurious, topic F1 74.69 → 74.78.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

const WORD = /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*[a-zß-öø-ɏḀ-ỿ]$/;
/** Adjectives of relation ("regional", "economic", "military", "humanitarian"): they name a kind. */
const RELATIONAL = /^[a-zß-öø-ɏḀ-ỿ-]+(?:al|ic|ar|ary|ory|an|ine|ese)$/;
const NOT_KIND = [
  'Verb',
  'Adverb',
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Value',
  'Comparative',
  'Superlative',
];

/** A list's parts: the items (with the one before "and"), the head's index. */
interface KindList {
  items: readonly TaggedTerm[];
  head: number;
  /**
   * The last conjunct's modifier ("security" in "political, economic, and security issues"):
   * named here as well, since the list's topics over its span leave the selector no candidate.
   */
  last: string;
}

/**
 * A word that never names a kind: a quality, weak or vacuous word ("open", "full", "steps"). A
 * word vacuous only alone (vacuousAlone: "security", "development", "defense") names a domain
 * before a head.
 */
function plain(word: string): boolean {
  return Q.attributeAdjectives.has(word) || Q.weakModifiers.has(word) || Q.vacuousHeads.has(word);
}

/**
 * A one-word modifier naming a kind: a singular noun or an adjective of relation, lowercase, no
 * quality, weak or vacuous word. An ideal ("security") is a domain before a head ("security
 * assistance"), but not before another ideal ("stability, energy, and food security": the
 * first is an ideal of its own), which `kindList` checks.
 */
function kind(term: TaggedTerm | undefined, verbs: boolean): term is TaggedTerm {
  if (!term || !WORD.test(term.text) || /[^s]s$/.test(term.text) || plain(term.text)) return false;
  const tags = term.tags;
  // "economic, trade, and investment cooperation": a bare verb form among kinds is a noun.
  const verb = verbs && tags.has('Infinitive') && !tags.has('PastTense') && !tags.has('Gerund');
  if (NOT_KIND.some((tag) => tags.has(tag) && !(verb && VERB_FORM.has(tag)))) return false;
  return tags.has('Noun') || verb || (tags.has('Adjective') && RELATIONAL.test(term.text));
}

/** An adjective, or a word of relation the tagger reads as a noun ("humanitarian", "military"). */
function adjective(term: TaggedTerm): boolean {
  return kind(term, false) && (term.tags.has('Adjective') || RELATIONAL.test(term.text));
}

const VERB_FORM = new Set(['Verb', 'PresentTense', 'Infinitive']);

/**
 * A noun the kinds may share, ending the phrase: not a vacuous word ("steps", "opportunities"),
 * an -ing participle said of the list (gerundHeads are activity nouns), nor who acts
 * ("communities", "partners": lists of actors the gold names whole or not at all).
 */
function kindHead(term: TaggedTerm | undefined, next: TaggedTerm | undefined): boolean {
  if (!term || !WORD.test(term.text) || !term.tags.has('Noun')) return false;
  const word = term.text;
  if (/ing$/.test(word) && !Q.gerundHeads.has(word)) return false;
  if (
    Q.vacuousHeads.has(word) ||
    Q.agentHeads.has(word) ||
    Q.listAgents.has(word) ||
    Q.peopleNouns.has(word)
  )
    return false;
  // "economic, political, and security cooperation efforts": the phrase goes on past the word.
  return !(term.post.trim() === '' && next?.tags.has('Noun'));
}

/**
 * The last conjunct's modifier after "and": one kind, a hyphenated word ("people-to-people"), or
 * a word and a noun ("remote area", "private sector") unless the noun and the head are a concept
 * the thesaurus knows ("food security challenges": the items modify "security challenges").
 * The index of the head after it, or -1.
 */
function lastModifier(
  terms: readonly TaggedTerm[],
  at: number,
  known: (phrase: string) => boolean,
): number {
  let k = at;
  while (terms[k]?.post === '-' && WORD.test(terms[k]!.text)) k++;
  if (k > at) {
    const word = terms
      .slice(at, k + 1)
      .map((term) => term.text)
      .join('-');
    return terms[k]?.post === ' ' && WORD.test(terms[k]!.text) && !plain(word) ? k + 1 : -1;
  }
  const [first, second] = [terms[at], terms[at + 1]];
  if (first?.post !== ' ') return -1;
  if (kind(first, false) && kindHead(second, terms[at + 2])) return at + 1;
  // "remote area connectivity": a word of quality may open a two-word modifier.
  const opens = first.tags.has('Adjective') || first.tags.has('Noun');
  if (
    !opens ||
    !WORD.test(first.text) ||
    plain(first.text) ||
    NOT_KIND.some((tag) => first.tags.has(tag))
  )
    return -1;
  // "energy, economic, and food security challenges": an ideal before the head makes a concept
  // of it ("security challenges") that the items modify.
  if (
    second?.post !== ' ' ||
    !WORD.test(second.text) ||
    /[^s]s$/.test(second.text) ||
    !second.tags.has('Noun') ||
    NOT_KIND.some((tag) => second.tags.has(tag)) ||
    second.tags.has('Adjective') ||
    Q.valueNouns.has(second.text)
  )
    return -1;
  return known(`${second.text} ${terms[at + 2]?.text}`) ? -1 : at + 2;
}

/**
 * The kind list that opens at `i`, or undefined: two comma items at least, or one and the item
 * before "and" ("financial, humanitarian, military and diplomatic support"), then "and", the last
 * modifier and the head.
 */
export function kindList(
  terms: readonly TaggedTerm[],
  i: number,
  known: (phrase: string) => boolean,
): KindList | undefined {
  // "climate change, health and …", "intellectual property, labor, …": a noun after a modifier
  // is that modifier's head, no kind of the list's (an adjective there scopes the list:
  // "bilateral political, economic, and security ties").
  const before = terms[i - 1];
  const modified =
    before?.post === ' ' && (before.tags.has('Noun') || before.tags.has('Adjective'));
  if (modified && !before.tags.has('Pronoun') && !adjective(terms[i]!)) return undefined;
  let k = i;
  while (terms[k]?.post.trim() === ',' && kind(terms[k], true)) k++;
  if (terms[k]?.post === ' ' && terms[k + 1]?.text === 'and' && kind(terms[k], true)) k++;
  const and = k;
  if (k - i < 2 || terms[and]?.text !== 'and' || terms[and]?.post !== ' ') return undefined;
  const items = terms.slice(i, k);
  // "water, food, and medical care", "independence, sovereignty, and territorial integrity",
  // "beef, bison, and dairy products": a list of nouns names things of their own, the head only
  // the last one's (a noun list before a head lists share is modifierList.ts's). An adjective
  // among the items makes it a list of kinds.
  if (!items.some(adjective)) return undefined;
  const head = lastModifier(terms, and + 1, known);
  if (head < 0) return undefined;
  if (head < 0 || !kindHead(terms[head], terms[head + 1])) return undefined;
  // "stability, energy, and food security": an ideal before an ideal is one of its own.
  if (Q.valueNouns.has(terms[head]!.text) && items.some((item) => Q.valueNouns.has(item.text)))
    return undefined;
  const modifier = terms.slice(and + 1, head);
  const last = modifier.map((term, j) =>
    j < modifier.length - 1 ? term.text + term.post : term.text,
  );
  return { items, head, last: last.join('') };
}
