/**
 * Whether a candidate run of the learnt topic selector is a whole noun phrase or a piece of a
 * longer one (candidates.ts). The one-order model learnt its own boundaries from the gold; the
 * ensemble beside it (apply.ts) adds what that model left free, and on unseen text those additions
 * were pieces: "care system" of "health care system", "essential HIV" of "essential HIV, TB, and
 * malaria services", "security" of "security, economic, and humanitarian aid". So an addition must
 * be whole; the one-order model's choices are not filtered.
 */
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { isCore } from '../chunkTerms';
import { Words } from './words';
import { FUNCTION_WORDS, LINKS, lower } from './wordTests';

/**
 * How a run falls short of a whole topic phrase, or undefined where it is one: cut from a longer
 * noun phrase (`before-…`, `after`, `list`), or a whole phrase the conventions name no topic
 * (`agent-item`, `vacuous`).
 */
export type Cut = 'before-noun' | 'before-adjective' | 'after' | 'list' | 'agent-item' | 'vacuous';

/** The cuts that bar an ensemble's addition (apply.ts). */
export const BARRED: ReadonlySet<Cut> = new Set<Cut>([
  'before-noun',
  'before-adjective',
  'after',
  'list',
  'agent-item',
  'vacuous',
]);

/** "continued close coordination", "expanding educational opportunities": a participle's -ing/-ed. */
const PARTICIPLE = /(?:ing|ed)$/;
const AND_OR = new Set(['and', 'or']);

/** Nothing but spaces between words `k` and `k + 1`: no comma, dash, quote or bracket. */
function joined(sentence: string, terms: readonly TaggedTerm[], k: number): boolean {
  const next = terms[k + 1];
  return next !== undefined && /^\s+$/.test(sentence.slice(terms[k]!.end, next.start));
}

/**
 * Word `k` modifies a noun run straight after it: a noun or adjective (a content word, not a
 * possessive, which opens a phrase of its own: "America’s workforce"), not a participle (a verb
 * the tagger read as an adjective or a judging word, "continued", "expanding"), not a link, not a
 * weak modifier, which the rules drop from a topic's front ("its own workforce", "essential").
 */
function modifier(terms: readonly TaggedTerm[], k: number): boolean {
  const term = terms[k]!;
  const word = lower(term);
  return (
    isCore(term) &&
    !term.tags.has('Possessive') &&
    !PARTICIPLE.test(word) &&
    !FUNCTION_WORDS.test(word) &&
    !LINKS.has(word) &&
    !TOPIC_QUALITY.weakModifiers.has(word)
  );
}

function isNoun(term: TaggedTerm): boolean {
  const t = term.tags;
  return (t.has('Noun') || t.has('Plural')) && !t.has('Pronoun') && !t.has('Adjective');
}

/**
 * The list items after word `b` (each [first, last] word), while a comma or "and"/"or" links
 * them: an item is a run of content words with nothing but spaces inside.
 */
function itemsAfter(sentence: string, terms: readonly TaggedTerm[], b: number): [number, number][] {
  const items: [number, number][] = [];
  let k = b;
  for (;;) {
    let next: number;
    if (/[,;]/.test(terms[k]!.post)) next = k + 1;
    else if (joined(sentence, terms, k) && AND_OR.has(lower(terms[k + 1]))) next = k + 2;
    else break;
    if (next < terms.length && AND_OR.has(lower(terms[next]))) next++;
    if (next >= terms.length || !modifier(terms, next)) break;
    let m = next;
    while (joined(sentence, terms, m) && modifier(terms, m + 1)) m++;
    items.push([next, m]);
    k = m;
  }
  return items;
}

/** The list items before word `a` (each [first, last] word, nearest first), as `itemsAfter`. */
function itemsBefore(
  sentence: string,
  terms: readonly TaggedTerm[],
  a: number,
): [number, number][] {
  const items: [number, number][] = [];
  let k = a;
  for (;;) {
    let last = k - 1;
    if (last >= 0 && AND_OR.has(lower(terms[last]))) last--;
    if (last < 0 || !(/[,;]/.test(terms[last]!.post) || last === k - 2)) break;
    if (!modifier(terms, last)) break;
    let m = last;
    while (m > 0 && joined(sentence, terms, m - 1) && modifier(terms, m - 1)) m--;
    items.push([m, last]);
    k = m;
  }
  return items;
}

/**
 * The run `a..b` (its first and last word) is one conjunct of a list of modifiers before a head
 * the items share: every item a single word but the last, which is a modifier and the shared
 * head, and one item an adjective, which only a head can follow ("security, economic, and
 * humanitarian aid", "fair, equitable, and transparent policies"): the gold expands such a list
 * into one topic per modifier with the head (CONVENTIONS, Coordination), never a lone modifier.
 * A list of nouns alone is no such proof ("peace, prosperity and sustainable development",
 * "renewables, storage, and grid infrastructure": the gold names 143 of 323 such lone items).
 */
function sharedHeadItem(sentence: string, terms: readonly TaggedTerm[], a: number, b: number) {
  if (a !== b) return false;
  const after = itemsAfter(sentence, terms, b);
  const last = after.at(-1);
  if (!last || last[1] - last[0] !== 1 || !isNoun(terms[last[1]]!)) return false;
  // The head ends the list: not a longer compound or a name going on after it.
  if (joined(sentence, terms, last[1]) && isNoun(terms[last[1] + 1]!)) return false;
  const others = [...itemsBefore(sentence, terms, a), ...after.slice(0, -1)];
  if (others.some(([x, y]) => x !== y)) return false;
  return others.some(([x]) => adjective(terms[x]!));
}

function adjective(term: TaggedTerm): boolean {
  return term.tags.has('Adjective') && !term.tags.has('Noun');
}

/** Words after an item's comma that open a clause, not a next item ("protect workers, and …"). */
const CLAUSE_LINKS = new Set(['and', 'or', 'but', 'while', 'which', 'as']);

/**
 * A lone listAgents word as an item of an enumeration ("consult industry, civil society, and
 * academia"): who acts is no topic as a bare list item (data/rules/topic-quality.json, listItem.ts);
 * the one-order model learnt to leave it, the ensemble did not.
 */
function agentItem(sentence: string, terms: readonly TaggedTerm[], a: number, b: number) {
  if (a !== b || !TOPIC_QUALITY.listAgents.has(lower(terms[a]))) return false;
  const words = new Words(sentence, terms, []);
  if (words.enumerated(a, a)) return true;
  return words.itemSides(a, a).endsWith('|comma') && !CLAUSE_LINKS.has(words.lower(a + 1));
}

/**
 * A domainVacuousHeads word makes a topic only with a domain right before it ("security
 * situation", "diplomatic efforts"); after a weak modifier, a participle or alone it stays
 * vacuous ("a developing situation", "concrete steps"; topic-quality.json).
 */
function vacuousHead(terms: readonly TaggedTerm[], a: number, b: number): boolean {
  const head = lower(terms[b]);
  if (TOPIC_QUALITY.domainVacuousHeads.has(head)) return a === b || !modifier(terms, b - 1);
  // With only weak modifiers before it a vacuousAlone word reduces to itself, which the rules
  // never name ("outstanding issues" → "issues"); a lone one is the model's (list items).
  if (a === b || !TOPIC_QUALITY.vacuousAlone.has(head)) return false;
  for (let k = a; k < b; k++) if (!TOPIC_QUALITY.weakModifiers.has(lower(terms[k]))) return false;
  return true;
}

/**
 * How the run of words `a..b` of a sentence is cut from a longer noun phrase: a modifier runs
 * into its first word (`before`: "care system" of "health care system"), a noun goes on after its
 * last (`after`: "private housing" of "private housing market", "safety" of "safety measures"),
 * or it is one modifier of a list sharing a head (`list`); or it is whole but no topic by the
 * conventions (`agent-item`, `vacuous`). `owned`: the run opens on a named
 * owner's possessive, which opens a phrase, so only its end is read.
 */
function phraseCut(
  sentence: string,
  terms: readonly TaggedTerm[],
  a: number,
  b: number,
  owned = false,
): Cut | undefined {
  if (!owned && a > 0 && joined(sentence, terms, a - 1) && modifier(terms, a - 1))
    return adjective(terms[a - 1]!) ? 'before-adjective' : 'before-noun';
  if (joined(sentence, terms, b) && isNoun(terms[b + 1]!)) return 'after';
  if (sharedHeadItem(sentence, terms, a, b)) return 'list';
  if (agentItem(sentence, terms, a, b)) return 'agent-item';
  if (vacuousHead(terms, a, b)) return 'vacuous';
  return undefined;
}

/** A row's place: document offsets and whether it opens on a named owner (candidates.ts). */
interface Placed {
  readonly start: number;
  readonly end: number;
  readonly features: readonly string[];
}

/**
 * `phraseCut` of a candidate row, read from the words of its sentence as the topic pass tagged
 * them (`terms`, by sentence index, offsets in the sentence); undefined where the words are not
 * found (the row is then taken as whole).
 */
export function rowCut(
  sentences: readonly { index: number; start: number; end: number; text: string }[],
  terms: ReadonlyMap<number, readonly TaggedTerm[]>,
  row: Placed,
): Cut | undefined {
  const sentence = sentences.find((s) => s.start <= row.start && row.start < s.end);
  const words = sentence && terms.get(sentence.index);
  if (!sentence || !words) return undefined;
  const from = row.start - sentence.start;
  const to = row.end - sentence.start;
  const a = words.findIndex((t) => t.end > from);
  let b = a;
  while (b + 1 < words.length && words[b + 1]!.start < to) b++;
  if (a < 0) return undefined;
  return phraseCut(sentence.text, words, a, b, row.features.includes('owner'));
}
