/**
 * Name quality rules that need no gold, as data (data/rules/eval-name-quality.json): a name that
 * starts or ends with a preposition, determiner or connective is a fragment ("irreversible
 * abandonment of its"), and a topic that is a vacuous phrase ("international community") or
 * opens with a vacuous head ("necessity of …") is not worth a node.
 */
import { z } from 'zod';
import qualityJson from '../../data/rules/eval-name-quality.json';
import { parseRules } from '../rules/load';
import { normName } from './normalize';

const Words = z.array(z.string().trim().min(1));

const NameQualitySchema = z.object({
  prepositions: Words,
  determiners: Words,
  connectives: Words,
  /** Names that legitimately start with a determiner ("The Hague"). */
  allowedNames: Words,
  /** Whole topic names that are vacuous. */
  vacuousNames: Words,
  /** Openings that make a topic vacuous whatever follows ("necessity of …"). */
  vacuousHeads: Words,
});

const RULES = parseRules('rules/eval-name-quality.json', NameQualitySchema, qualityJson);
const lower = (words: string[]) => new Set(words.map(normName));
const PREPOSITIONS = lower(RULES.prepositions);
const DETERMINERS = lower(RULES.determiners);
const CONNECTIVES = lower(RULES.connectives);
const ALLOWED = lower(RULES.allowedNames);
const VACUOUS = lower(RULES.vacuousNames);
const VACUOUS_HEADS = RULES.vacuousHeads.map(normName);

function classOf(word: string): string | undefined {
  if (PREPOSITIONS.has(word)) return 'preposition';
  if (DETERMINERS.has(word)) return 'determiner';
  if (CONNECTIVES.has(word)) return 'connective';
  return undefined;
}

/** Words of a name, lowercased, with the punctuation around each word dropped. */
function wordsOf(name: string): string[] {
  return normName(name)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** Why a name is a fragment ("ends with the determiner 'its'"), or undefined when it is not. */
export function fragmentReason(name: string): string | undefined {
  if (ALLOWED.has(normName(name))) return undefined;
  const words = wordsOf(name);
  const first = words[0];
  const last = words[words.length - 1];
  if (last !== undefined) {
    const kind = classOf(last);
    if (kind) return `ends with the ${kind} "${last}"`;
  }
  if (first !== undefined) {
    const kind = classOf(first);
    if (kind) return `starts with the ${kind} "${first}"`;
  }
  return undefined;
}

/** Why a topic name is vacuous, or undefined when it names something. */
export function vacuousReason(name: string): string | undefined {
  const folded = wordsOf(name).join(' ');
  if (VACUOUS.has(folded)) return 'a vacuous phrase';
  const head = VACUOUS_HEADS.find((h) => folded === h || folded.startsWith(`${h} `));
  return head ? `opens with the vacuous head "${head}"` : undefined;
}
