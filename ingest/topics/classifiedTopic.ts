/**
 * "regional supply chains", "irregular migration", "technology supply chains": one or two words
 * right before a thesaurus term, in its noun chunk, say which kind of the term the clause is
 * about (data/rules/topic-quality.json kindAdjectives). The gold keeps such a kind with the term
 * far more often than it names the bare term (its commitment sentences, a lowercase noun or
 * adjective other than a weak modifier or participle before the term: "supply chains" kept 43 /
 * bare 6, "infrastructure" 96 / 4, "investment" 43 / 7, "migration" 38 / 1, "trade" 79 / 6).
 * Before, such a piece was read as a fragment modifying the term and dropped (pieceContext.ts
 * modifiesTopic), leaving the bare term.
 */
import { hasVerbReading } from '../entities/wordReadings';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import type { LocalHit, Reading } from './chunkTopics';

/** At most this many words of kind before the term: a longer piece is a phrase of its own. */
const MAX_KIND_WORDS = 2;

/** A lowercase word (hyphens inside allowed): no name, number or punctuation. */
const KIND_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/** A link inside a term: a coordination or a complement's preposition. */
const LINKED = /\s(?:and|or|of|against|in|on|for|to|with|from|by)\s/i;

/** A participle or gerund ("increased trade", "growing investment") says how much, not which. */
const PARTICIPLE = /(?:ed|ing)$/;

/**
 * Whether one tagged word can name a kind: a lowercase common noun with no verb reading
 * ("technology", "food", "disaster"; not "combat", "deter") or a relational adjective of
 * kindAdjectives ("regional", "medical"). Other adjectives judge or scope ("unjustifiable war",
 * "global food security", "universal human rights"), and the gold names the term alone there.
 */
function kindWord(word: { text: string; tags: ReadonlySet<string> }): boolean {
  const { tags, text } = word;
  if (!KIND_WORD.test(text) || PARTICIPLE.test(text)) return false;
  if (TOPIC_QUALITY.weakModifiers.has(text)) return false;
  if (TOPIC_QUALITY.kindAdjectives.has(text)) return true;
  if (tags.has('Pronoun') || tags.has('Value') || tags.has('Determiner')) return false;
  if (tags.has('Adjective') || tags.has('Verb') || !tags.has('Noun')) return false;
  return !hasVerbReading(text);
}

/** Whether `word` opens an object right after it: an article, possessive, preposition or verb. */
function opensObject(word: { text: string; post: string; tags: ReadonlySet<string> } | undefined) {
  if (!word || /[,;:]/.test(word.post) || word.text.toLowerCase() === 'to') return false;
  const { tags } = word;
  return (
    tags.has('Determiner') ||
    tags.has('Possessive') ||
    tags.has('Preposition') ||
    (tags.has('Verb') && !tags.has('Noun'))
  );
}

/**
 * The kind right before a standing term: the piece `[chunk.start, chunk.end)` ends one space
 * before the term, and its last one or two words name a kind of it ("the impacts of irregular"
 * before "migration": "irregular"). The span from the kind to the term's end and the term, or
 * undefined. What stands before the kind stays out, as it did when the piece was dropped whole.
 */
export function classifiedTopic(
  reading: Reading,
  chunk: { start: number; end: number },
  standing: readonly LocalHit[],
): { start: number; topic: LocalHit } | undefined {
  const { sentence, terms } = reading;
  const topic = standing.find((t) => t.start === chunk.end + 1);
  if (!topic || sentence.text[chunk.end] !== ' ') return undefined;
  // "regional peace and stability", "military invasion of Ukraine": before a coordination or a
  // phrase with its complement the word qualifies one head, not the concept, which stays whole.
  if (LINKED.test(sentence.text.slice(topic.start, topic.end))) return undefined;
  const last = terms.findLastIndex((t) => t.end <= chunk.end);
  if (last < 0 || terms[last]!.end !== chunk.end || terms[last]!.post !== ' ') return undefined;
  let first = last + 1;
  while (
    first > 0 &&
    last - first + 1 < MAX_KIND_WORDS &&
    terms[first - 1]!.start >= chunk.start &&
    kindWord(terms[first - 1]!) &&
    (first === last + 1 || terms[first - 1]!.post === ' ')
  )
    first--;
  if (first > last) return undefined;
  const before = terms[first - 1];
  // "the need to counter corruption", "…; triple renewable energy globally": a bare noun after
  // "to" or opening a clause is the verb the tagger read as a noun. A noun kind needs what opens
  // an object before it (an article, possessive, preposition or verb); a relational adjective of
  // kindAdjectives is a kind wherever it stands.
  const kind = terms[first]!;
  if (!TOPIC_QUALITY.kindAdjectives.has(kind.text) && !opensObject(before)) return undefined;
  return { start: terms[first]!.start, topic };
}
