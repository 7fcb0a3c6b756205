/**
 * Which topic convention bars a selector candidate at extraction, exactly: the gates of
 * candidates.ts (and names.ts isTopicName) replayed in their order over one training row, each
 * answered as `rule:entry` ("vacuousHead:efforts", "loneWord", "agent:partners"), so that a census
 * (bench/barredRules.ts) can weigh each rule and each list entry against the gold. A row every gate
 * lets through answers undefined (the caller counts those: the replica drifted from the code).
 */
import type { TaggedTerm } from '../ingest/entities/tagger';
import { TOPIC_QUALITY as Q } from '../ingest/rules/topicQuality';
import { agentHeaded } from '../ingest/topics/agents';
import { closedByAgents, inList, listNoun } from '../ingest/topics/listItem';
import { TALK_COMPLEMENT } from '../ingest/topics/modifiers';
import { pointsBack } from '../ingest/topics/pointsBack';
import { domainVacuous } from '../ingest/topics/selector/domainVacuous';
import { titleCaseName } from '../ingest/topics/selector/names';
import type { Words } from '../ingest/topics/selector/words';

const CLAUSE_LINKS = new Set(['and', 'or', 'but', 'while', 'which', 'as']);

export interface BarInput {
  sentence: string;
  terms: readonly TaggedTerm[];
  words: Words;
  /** The chunk's first word, the run's first and last word. */
  a0: number;
  a: number;
  b: number;
  text: string;
  known: boolean;
  loneWord: (text: string) => boolean;
}

/** candidates.ts valueItem. */
function valueItem(words: Words, k: number, text: string): boolean {
  if (!Q.valueNouns.has(text.toLowerCase())) return false;
  if (words.enumerated(k, k)) return true;
  return words.itemSides(k, k).endsWith('|comma') && !CLAUSE_LINKS.has(words.lower(k + 1));
}

/** names.ts cutPunctuation: an unpaired bracket or quotation mark, or a spaced dash. */
function cutPunctuation(text: string): boolean {
  let depth = 0;
  let curly = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '"') straight++;
    if (depth < 0) return true;
  }
  return depth !== 0 || curly !== 0 || straight % 2 === 1 || / [\u2013\u2014] /u.test(text);
}

/** names.ts isTopicName, answering which test fails. */
export function nameBar(text: string, single: boolean, known: boolean): string | undefined {
  const lower = text.toLowerCase();
  if (single && Q.genericAlone.has(lower)) return `genericAlone:${lower}`;
  if (known) return undefined;
  if (cutPunctuation(text)) return 'cutPunctuation';
  const head = lower.slice(lower.lastIndexOf(' ') + 1);
  if (Q.vacuousPhrases.has(lower)) return `vacuousPhrase:${lower}`;
  if (Q.vacuousHeads.has(head) && !domainVacuous(text)) return `vacuousHead:${head}`;
  const words = lower.split(' ');
  const at = words.findIndex((w, k) => k > 0 && Q.complementPrepositions.has(w));
  if (at > 0 && Q.vacuousHeads.has(words[at - 1]!)) return `vacuousOfHead:${words[at - 1]}`;
  if (Q.ownPublic.has(text)) return `ownPublic:${text}`;
  const raw = text.split(' ');
  if (agentHeaded(raw)) {
    const prep = words.findIndex((w, k) => k > 0 && /^(?:of|for|in|on|with|to|from|by)$/.test(w));
    const agent = prep > 0 ? words[prep - 1]! : head;
    return `${Q.agentHeads.has(agent) ? 'agentHead' : 'groupHead'}:${agent}`;
  }
  if (Q.leadingFragments.has(words[0]!)) return `leadingFragment:${words[0]}`;
  if (Q.danglingWords.has(head)) return `dangling:${head}`;
  if (single && Q.vacuousAlone.has(lower)) return `vacuousAlone:${lower}`;
  return undefined;
}

/** The first gate of candidates.ts that bars the run, or undefined. */
export function barReason(x: BarInput): string | undefined {
  const { sentence, terms, words, a, b, text } = x;
  for (let k = x.a0; k <= a; k++) if (pointsBack(sentence, terms[k]!.start)) return 'pointsBack';
  const ideal = a === b && valueItem(words, a, text);
  const named = nameBar(text, a === b && !ideal, x.known);
  if (named) return named;
  const start = terms[a]!.start;
  const listed = inList(sentence, start, start + text.length);
  const item =
    a === b &&
    words.enumerated(a, b) &&
    listNoun(text, () => terms[a]!.tags) &&
    !closedByAgents(sentence, start + text.length);
  if (a === b && !listed && !x.known && !item && !x.loneWord(text)) return 'loneWord';
  const next = terms[b + 1];
  if (a === b && next && TALK_COMPLEMENT.test(next.text) && Q.talkHeads.has(text.toLowerCase()))
    return 'talkHead';
  if (a === b ? words.loneModifies(b) : words.cutBeforeHead(b))
    return a === b ? 'loneModifies' : 'cutBeforeHead';
  if (a === b && words.titleTail(b)) return 'titleTail';
  if (!x.known && titleCaseName(words, a, b)) return 'titleCaseName';
  return undefined;
}
