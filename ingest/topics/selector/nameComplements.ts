/**
 * Candidates of the learnt topic selector that end in a recognised name: a head noun (with up to
 * three modifiers) and a preposition before a Country, Region, Organization, Instrument, Program
 * or Event ("situation in Myanmar", "humanitarian crisis in Gaza", "complete denuclearization of
 * the Korean Peninsula", "implementation of the Paris Agreement"). candidates.ts never builds a run
 * over a taken name, so the gold's topics of this shape were never offered (topics51: 114 missed
 * on the 187 newest holdout files, in 56 of them). Whether one is a topic depends on its head far
 * more than on anything else ("situation" + preposition + name is a gold topic 36 times of 79,
 * "implementation" 1 of 76), so the model decides, with the head and the preposition as features.
 *
 * Every feature of these rows carries NAME_PREFIX, the commitment's context and the gold
 * statistics too (rows.ts): they share no weight with the ordinary candidates, whose weights SGD
 * then learns exactly as before (each update touches only its row's features), and rows.ts puts
 * them after a file's ordinary rows so the scrambled orders of the ensemble keep theirs too.
 * The name stays the entity it was; the topic is added beside it.
 */
import type { EntityType } from '../../../contract/extraction';
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { isCore } from '../chunkTerms';
import type { ModelCandidate } from './candidates';
import { wordClass } from './wordClasses';
import type { Taken, Words } from './words';
import { LINKS } from './wordTests';

/** Off: no row of this kind is built, in training or extraction (the selector as before). */
export const NAME_COMPLEMENTS = true;

/**
 * Either model adds a name-complement row at this probability or above, not at its own threshold:
 * out of fold on the 782 gold files (order 0) these rows are gold topics 36 of 61 times at 0.6 and
 * 30 of 41 at 0.7 ("situation in Haiti", "anniversary of the U.S.-ROK alliance"; under it
 * "implementation of the Paris Agreement", "approaches to North Korea"), the ensemble's 27 of 44
 * at 0.5 and 22 of 25 at 0.7.
 */
export const NAME_THRESHOLD = 0.7;

/** The prefix of every feature of a name-complement row. */
export const NAME_PREFIX = 'pn:';

/** The prepositions that join a head to the name it is about. */
const PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'to']);

/** The types of name a topic may end in (people and offices are actors, topics are the rules'). */
export const COMPLEMENT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'Country',
  'Region',
  'Organization',
  'Instrument',
  'Program',
  'Event',
]);

/** At most this many modifiers before the head ("deteriorating security situation in Haiti"). */
const MAX_MODIFIERS = 3;

/** A recognised name of one of COMPLEMENT_TYPES, in sentence offsets. */
export interface TypedSpan extends Taken {
  readonly type: EntityType;
}

/** A name-complement candidate: its head noun is what the gold statistics read (rows.ts). */
export interface NameCandidate extends ModelCandidate {
  readonly head: string;
}

/** Heads that name who acts (topic-quality.json `agentHeads`, `listAgents`). */
const AGENTS: ReadonlySet<string> = new Set([
  ...TOPIC_QUALITY.agentHeads,
  ...TOPIC_QUALITY.listAgents,
]);

const SPACE = /^\s+$/;
const CAPITAL = /^\p{Lu}/u;

/** Nothing but spaces between words `k` and `k + 1`. */
function joined(sentence: string, terms: readonly TaggedTerm[], k: number): boolean {
  const next = terms[k + 1];
  return next !== undefined && SPACE.test(sentence.slice(terms[k]!.end, next.start));
}

const PARTICIPLE = /(?:ing|ed)$/;
/** A list link after a name: a comma, "and", "or" (", and the"). */
const NEXT_ITEM = /^(?:\s*,(?:\s+(?:and|or))?|\s+(?:and|or))\s+(?:the\s+)?/;

/** Another name of `names` follows `name` as the next item of a list. */
function coordinated(sentence: string, name: TypedSpan, names: readonly TypedSpan[]): boolean {
  const link = NEXT_ITEM.exec(sentence.slice(name.end));
  if (!link) return false;
  const next = name.end + link[0].length;
  return names.some((other) => other.start === next);
}

/**
 * Word `k`, right after a name, goes on with the noun phrase the name modifies: a noun or
 * adjective ("the Paris Agreement goals"), or a participle before a noun ("Philippine armed
 * forces").
 */
function modifies(words: Words, terms: readonly TaggedTerm[], sentence: string, k: number) {
  if (isCore(terms[k]!)) return true;
  return (
    PARTICIPLE.test(words.lower(k)) &&
    k + 1 < terms.length &&
    words.isNoun(k + 1) &&
    joined(sentence, terms, k)
  );
}

function bucket(n: number): string {
  return n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+';
}

/**
 * The name-complement candidates of the words `[from, to)` of a sentence: for each name of
 * `names` inside them, "head (+ modifiers) + preposition (+ the) + name", where no name or rule
 * topic holds the head or its modifiers and the name ends the noun phrase (not "the Paris
 * Agreement goals", not a possessive).
 */
export function nameCandidates(
  sentence: string,
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  names: readonly TypedSpan[],
  words: Words,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const P = NAME_PREFIX;
  for (const name of names) {
    if (name.start < from || name.end > to) continue;
    const at = terms.findIndex((t) => t.start >= name.start);
    if (at < 1 || terms[at]!.start !== name.start) continue;
    // The name ends the phrase: it modifies no noun or adjective after it ("the Paris Agreement
    // goals", "Philippine armed forces"), and it is no possessive.
    const after = terms.findIndex((t) => t.start >= name.end);
    // One of coordinated names ("support for Jordan and Egypt", "people in Guatemala, El
    // Salvador, and Honduras"): the head is all of theirs, never the first one's alone.
    if (coordinated(sentence, name, names)) continue;
    if (/^[’']/.test(sentence.slice(name.end))) continue;
    if (after > 0 && joined(sentence, terms, after - 1) && modifies(words, terms, sentence, after))
      continue;
    let p = at - 1;
    const article = words.lower(p) === 'the';
    if (article) p--;
    if (p < 1 || !PREPOSITIONS.has(words.lower(p)) || !joined(sentence, terms, p)) continue;
    if (article && !joined(sentence, terms, p + 1)) continue;
    const h = p - 1;
    if (!words.isNoun(h) || words.busy(h) || !joined(sentence, terms, h)) continue;
    // A capitalised head mid-sentence is a title or a name's piece ("Secretary of State").
    if (h > 0 && CAPITAL.test(words.text(h))) continue;
    const prep = words.lower(p);
    const head = words.stem(h);
    // Who acts is no topic ("partners in Southeast Asia", "leaders in Singapore"): the rules'
    // agent lists (data/rules/topic-quality.json); a people ("people of Haiti") is one.
    if (AGENTS.has(words.lower(h)) || AGENTS.has(head)) continue;
    const headClass = wordClass(words.lower(h));
    const nextWord = after > 0 ? words.lower(after) : '';
    const shared = [
      `${P}bias`,
      `${P}head:${head}`,
      `${P}prep:${prep}`,
      `${P}type:${name.type}`,
      `${P}head+prep:${head}|${prep}`,
      `${P}prep+type:${prep}|${name.type}`,
      `${P}the:${article}`,
      `${P}next:${LINKS.has(nextWord) ? nextWord : /[,;]/.test(sentence.slice(name.end, name.end + 1)) ? ',' : nextWord === '' ? 'end' : 'other'}`,
      `${P}headClass:${headClass?.fine ?? 'none'}`,
    ];
    for (let a = h; a >= 0 && h - a <= MAX_MODIFIERS; a--) {
      if (a < h) {
        // A modifier runs straight into the word after it and is no name or rule topic's.
        if (!joined(sentence, terms, a) || words.busy(a) || LINKS.has(words.lower(a))) break;
        if (!words.opens(a) || words.titleJoin(a)) break;
      }
      const features = [...shared, `${P}mods:${h - a}`];
      for (let k = a; k < h; k++) {
        const modClass = wordClass(words.lower(k));
        if (modClass) features.push(`${P}modClass:${modClass.fine}`);
      }
      if (a < h) features.push(`${P}first:${words.lower(a)}`);
      features.push(`${P}prev:${a > 0 ? words.lower(a - 1) : ''}`);
      const firstAt = terms.findIndex((t) => t.start >= from);
      features.push(`${P}dist:${bucket(Math.max(a - firstAt, 0))}`);
      const start = terms[a]!.start;
      out.push({ start, end: name.end, text: sentence.slice(start, name.end), features, head });
    }
  }
  return out;
}
