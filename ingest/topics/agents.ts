/**
 * Who acts is no topic: a phrase headed by a body or group of people that acts or is worked with
 * (data/rules/topic-quality.json `agentHeads`: "regional stakeholders", "national prosecutors")
 * is rejected by the quality floor (quality.ts); the domain that names the body may be the topic.
 */
import { GROUPS } from '../commitments/groups';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { PREPOSITION } from './coordination';

/** Endings few nouns share: an adjective left before a removed head is no phrase of its own. */
const ADJECTIVE = /(?:al|ic|ous|ive|ful|ary|an|ese|ish|ing)$/;

/**
 * "maritime law enforcement agencies", "export control authorities": the bodies (agentHeads)
 * are who acts; the domain that names them ("maritime law enforcement") is what the clause is
 * about, when the thesaurus knows it or it is a noun phrase of three words or more. Otherwise
 * the phrase is left whole for the floor to reject ("regional stakeholders", "tech companies",
 * "small island states").
 */
export function withoutAgent(words: string[], known: (phrase: string) => boolean): string[] {
  const last = words[words.length - 1]!.toLowerCase();
  if (!Q.agentHeads.has(last) || words.some((word) => PREPOSITION.test(word))) return words;
  const rest = words.slice(0, -1);
  const tail = rest[rest.length - 1]?.toLowerCase() ?? '';
  if (rest.length === 0 || ADJECTIVE.test(tail) || /^(?:and|or)$/.test(tail)) return words;
  return known(rest.join(' ')) || rest.length >= 3 ? rest : words;
}

/** "the national security advisors", "our allies": the plural heads of group subjects (one word). */
const GROUP_HEADS = new Set(
  [...GROUPS.officialNouns, ...GROUPS.countryNouns]
    .filter((noun) => !noun.includes(' '))
    .map((noun) => noun.toLowerCase()),
);

function agent(word: string): boolean {
  return GROUP_HEADS.has(word) || Q.agentHeads.has(word);
}

/**
 * A phrase headed by who acts or is addressed: a group ("national security advisors", "allies and
 * partners") or an agentHeads body ("regional stakeholders", "tech companies"), and one such head
 * with a complement ("an astronaut on Gateway", "stakeholders in the region"): the agent stays who
 * acts, whatever place or body the complement adds. A group as the complement is a topic's object
 * ("visits of defense officials", "protection of journalists"). The rules' floor (quality.ts) and
 * the learnt selector's names (selector/names.ts) both read it.
 */
export function agentHeaded(words: readonly string[]): boolean {
  const prep = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  if (prep > 0) return agent(words[prep - 1]!.toLowerCase());
  return !PREPOSITION.test(words[0] ?? '') && agent(words[words.length - 1]!.toLowerCase());
}
