/**
 * What a candidate of the learnt topic selector (candidates.ts) may be named: the topic rules'
 * quality tests (data/rules/topic-quality.json) and the owner a named state's own head takes
 * ("Ukraine’s security"). Kept apart from the run walk so each reads on its own.
 */
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { agentHeaded } from '../agents';
import { domainVacuous } from './domainVacuous';
import type { Words } from './words';
import { FUNCTION_WORDS } from './wordTests';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const CAPITAL_START = /^\p{Lu}/u;

/**
 * A name the topic rules could have given (data/rules/topic-quality.json, as the invariants check
 * it): no vacuous phrase or head, no word that is vacuous alone (`loneWord` decides the rest).
 */
export function isTopicName(text: string, single: boolean, known: boolean): boolean {
  // A word the gold almost never keeps alone (genericAlone) is no topic even where the thesaurus
  // knows it: the model, surer in some training orders, would otherwise keep it.
  if (single && TOPIC_QUALITY.genericAlone.has(text.toLowerCase())) return false;
  if (known) return true;
  if (cutPunctuation(text)) return false;
  const lower = text.toLowerCase();
  const head = lower.slice(lower.lastIndexOf(' ') + 1);
  if (TOPIC_QUALITY.vacuousPhrases.has(lower)) return false;
  if (TOPIC_QUALITY.vacuousHeads.has(head) && !domainVacuous(text)) return false;
  // "X of Y" is headed by X: "a broad range of issues" is as vacuous as "range", and so are
  // "basis for peace", "new actions across agencies" (any complement preposition; session 50:
  // over the gold's candidate rows such a head before "of" is labelled 46 of 268, before the
  // others 58 of 305).
  if (TOPIC_QUALITY.vacuousHeads.has(prepositionHead(lower))) return false;
  // "the American people", "Americans" alone are the statements' own public (peoples.ts).
  if (TOPIC_QUALITY.ownPublic.has(text)) return false;
  // The rules' floor (quality.ts) on who acts and on fragments holds for the selector's names too:
  // "community leaders", "check companies" (agentHeads), a run opening on a verb the tagger read as
  // a noun ("support programs") or ending on a modifier ("the global").
  const words = text.split(' ');
  if (agentHeaded(words)) return false;
  if (TOPIC_QUALITY.leadingFragments.has(words[0]!.toLowerCase())) return false;
  if (TOPIC_QUALITY.danglingWords.has(head)) return false;
  return !single || !TOPIC_QUALITY.vacuousAlone.has(lower);
}

/** The word before a phrase's first complement preposition ("basis" of "basis for peace"), or "". */
function prepositionHead(lower: string): string {
  const words = lower.split(' ');
  const at = words.findIndex((word, k) => k > 0 && TOPIC_QUALITY.complementPrepositions.has(word));
  return at > 0 ? words[at - 1]! : '';
}

/** A spaced dash: it joins two phrases ("a feedback loop – learning from …"), never inside one name. */
const SPACED_DASH = / [\u2013\u2014] /u;

/**
 * A run cut through punctuation that pairs or separates: a bracket or quotation mark it opens or
 * closes without the other ("polyfluoroalkyl substances (PFAS") or a spaced dash. None of the gold's topic names has
 * either; such runs are pieces the chunker's words left, and the selector must not name them.
 */
function cutPunctuation(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (depth < 0) return true;
  }
  return depth !== 0 || SPACED_DASH.test(text) || unpairedQuote(text);
}

/**
 * A quotation mark the run opens or closes without the other ("rental “junk fees",
 * "last-mile” coordination"): the quoted name runs on past the run or began before it. Session 50:
 * 35 such rows over the gold's candidates in 17 files, 29 labelled no topic, the other 6 matched
 * only loosely (the gold names "dirty bomb", not "radiological “dirty bomb").
 */
function unpairedQuote(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '"') straight++;
  }
  return curly !== 0 || straight % 2 === 1;
}

/** Where the owner of words `a..b` starts (ownedRun, or a dotted abbreviation's own head), or -1. */
export function ownerFrom(words: Words, a: number, b: number): number {
  if (ownedRun(words, a, b)) return words.ownerStart(a);
  if (!TOPIC_QUALITY.abbreviationOwnedHeads.has(words.lower(b))) return -1;
  return words.abbreviationStart(a);
}

/** Words `a..b` are two or more words, every one but a function word capitalised. */
export function titleCaseName(words: Words, a: number, b: number): boolean {
  let capitals = 0;
  for (let k = a; k <= b; k++) {
    if (CAPITAL_START.test(words.text(k))) capitals++;
    else if (!FUNCTION_WORDS.test(words.lower(k))) return false;
  }
  return capitals >= 2;
}

/** Words `a..b` are an ownedHeads word after weak modifiers only ("long-term security"). */
function ownedRun(words: Words, a: number, b: number): boolean {
  if (!TOPIC_QUALITY.ownedHeads.has(words.lower(b))) return false;
  // The tagger splits "long-term" in two: the modifiers are read as the text writes them.
  let modifier = '';
  for (let k = a; k < b; k++) {
    modifier += words.lower(k);
    if (words.gluedAfter(k)) modifier += '-';
    else if (!TOPIC_QUALITY.weakModifiers.has(modifier)) return false;
    else modifier = '';
  }
  return modifier === '';
}
