/**
 * A bare noun as an item of a list: "vaccines, tests, treatments, and other medical products",
 * "health, the environment, and emerging technologies", "safeguards, transparency,
 * verification, and accountancy measures". A single derived word is a topic only when the
 * thesaurus knows it (quality.ts), because a lone noun in running text is as often a fragment or
 * a frame ("steps", "efforts"); a list puts it beside its siblings as a thing of its own, and the
 * gold keeps such items ("tests", "fisheries", "verification"). Still never a word vacuous alone,
 * a value, a group or an agent (data/rules/topic-quality.json), nor one the tagger reads as
 * anything but a common noun.
 */
import { GROUPS } from '../commitments/groups';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import type { WordTags } from './standalone';

/** Before a middle item of a comma list: ", ". */
const AFTER_COMMA = /,\s+(?:the\s+)?$/;
/** Before the last item of a comma list: ", and ", ", or ". */
const AFTER_LAST_LINK = /,\s+(?:and|or)\s+(?:the\s+)?$/;
/** After a middle item: its comma. */
const BEFORE_COMMA = /^\s*,/;
/** After the last item: the list ends with the clause. */
const LIST_END = /^\s*(?:[.,;:)]|$)/;

/** Endings of adjectives, not of nouns ("commercial", "sovereign" is listed). */
const ADJECTIVE_ENDING = /(?:al|ic|ous|ive|ible|able|ful|less)$/;

/** The group nouns of subjects ("partners", "allies"): who acts, never what about. */
const GROUP_NOUNS = new Set(
  [...GROUPS.officialNouns, ...GROUPS.countryNouns].map((noun) => noun.toLowerCase()),
);

/**
 * Whether the chunk `[start, end)` of `sentence` is a middle item of a comma list (", X,") or
 * its last (", and X."). A pair ("at home and abroad", "threat or use of force") is no list: its
 * words are as often adverbs, fragments or frames. A singular middle item of a list whose last
 * conjunct has a head of its own ("security, humanitarian, and economic assistance", "cultural,
 * business, and educational exchanges") modifies that head; a plural never does ("women,
 * children, and marginalized groups").
 */
export function inList(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end, end + 3);
  if (AFTER_LAST_LINK.test(before)) return LIST_END.test(after);
  if (!AFTER_COMMA.test(before) || !BEFORE_COMMA.test(after)) return false;
  const last = lastConjunct(sentence.slice(end));
  if (!last || last.sharedComplement) return false;
  // "health, the environment, and …": an item with its article is a noun phrase, no modifier.
  const article = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])the\s+$/.test(before);
  return article || PLURAL.test(sentence.slice(start, end)) || !last.head;
}

/** A middle item after a comma, up to the next comma. */
const MIDDLE_ITEM = /^,\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?=,)/u;
/** A bracketed acronym after a phrase. */
const ACRONYM = /\s*\(\p{Lu}[\p{L}\p{N}-]*\)/gu;
/** The link before the last conjunct. */
const LAST_LINK = /^,\s+(?:and|or)\s+/;

/** A lowercase plural noun ("tests", "fisheries"), not a mass noun in -ss, -us or -is. */
const PLURAL = /^(?:[\p{Ll}-]+[^sui]s|[\p{Ll}-]*(?:men|children))$/u;

/**
 * The list's last conjunct in `rest` (what follows an item): whether it has a head of its own,
 * more than one word whose first is no "other" ("and accountancy measures", not "and other
 * medical products" nor "and debt"), and whether a complement follows that every item shares
 * ("development, deployment, and use of AI", "awareness, prevention, and response to abuse":
 * relational heads, no things of their own; "to" only after a one-word conjunct, since "to"
 * after a phrase as often starts the clause's own complement).
 */
function lastConjunct(rest: string): { head: boolean; sharedComplement: boolean } | undefined {
  // Past the middle items (", X," of up to three words) to this list's own ", and".
  // "and mathematics (STEAM) fields": a bracketed acronym names the list, the head goes on.
  let at = /^[^.;:()]*/.exec(rest.replace(ACRONYM, ''))![0];
  for (let item = MIDDLE_ITEM.exec(at); item; item = MIDDLE_ITEM.exec(at))
    at = at.slice(item[0].length);
  const link = LAST_LINK.exec(at);
  if (!link) return undefined;
  const words = at
    .slice(link[0].length)
    .split(/[,\s]+/)
    .filter(Boolean);
  const phrase: string[] = [];
  for (const word of words) {
    if (!/^[\p{Ll}-]+$/u.test(word) || /^(?:to|for|in|of|on|with|that|which|including)$/.test(word))
      break;
    phrase.push(word);
  }
  const next = words[phrase.length] ?? '';
  // "and other medical products to those in need": "and other" closes a list of things; what
  // follows belongs to the clause.
  // "schools, and other public and private entities": a list closed by its kind of actors
  // lists actors.
  const kind = phrase.at(-1)?.toLowerCase() ?? '';
  if (phrase[0] === 'other' && (Q.listAgents.has(kind) || Q.agentHeads.has(kind))) return undefined;
  if (phrase[0] === 'other') return { head: false, sharedComplement: false };
  return {
    head: phrase.length > 1,
    sharedComplement: /^(?:of|for|against)$/.test(next) || (phrase.length === 1 && next === 'to'),
  };
}

/** "…, and other public entities": the enumeration's closing "other" kind, up to the clause end. */
const OTHER_KIND = /^[^.;:]*?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and\s+other\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * The enumeration after `from` closes with "and other" and a kind of actors ("governments,
 * schools, and other public entities"): it lists who acts, not what about. The selector's reading
 * of what `lastConjunct` decides for the rules: any of the kind's first words may be its head.
 */
export function closedByAgents(sentence: string, from: number): boolean {
  const kind = OTHER_KIND.exec(sentence.slice(from))?.[1];
  if (!kind) return false;
  // The kind's head is one of its first words ("other public entities to", "other partners").
  return kind
    .toLowerCase()
    .split(/\s+/)
    .some((word) => Q.listAgents.has(word) || Q.agentHeads.has(word));
}

/** Whether `word`, a list item alone, is a thing the list names. */
export function listNoun(word: string, tagsOf: WordTags | undefined): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (const list of [
    Q.vacuousAlone,
    Q.vacuousHeads,
    Q.valueNouns,
    Q.agentHeads,
    Q.weakModifiers,
    Q.frameWords,
    Q.danglingWords,
    Q.relationalHeads,
    Q.attributeAdjectives,
    Q.listAgents,
    GROUP_NOUNS,
  ])
    if (list.has(lower)) return false;
  // "commercial", "stable": an adjective the tagger read as a noun (its list shares a head).
  if (ADJECTIVE_ENDING.test(lower)) return false;
  const tags = tagsOf?.(word);
  if (!tags?.has('Noun')) return false;
  return !['Pronoun', 'ProperNoun', 'Value', 'Adjective', 'Gerund'].some((tag) => tags.has(tag));
}
