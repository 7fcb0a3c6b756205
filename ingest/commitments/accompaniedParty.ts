/**
 * "The United States stands firmly with the government and people of Iraq as they strive to
 * uphold …", "will continue to support … Israeli leaders as they seek to build …": after a party
 * the speakers stand with or support, an "as they/it/he/she" clause says what that party does.
 * Its verb is the party's act, described, not the speakers' undertaking: no commitment
 * (CONVENTIONS §5 None; the heads and the gold count are in data/rules/accompanied-parties.json).
 * A clause whose pronoun follows no party ("build on this momentum as they work together to …")
 * is the subject's own and is left alone.
 */
import { z } from 'zod';
import partiesJson from '../../data/rules/accompanied-parties.json';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';

const words = z.array(z.string().min(1)).min(1);

const RULES = parseRules(
  'rules/accompanied-parties.json',
  z.object({ heads: words, after: words }),
  partiesJson,
);

/** A word list as an alternation whose words may be split by any run of white space. */
const spaced = (items: readonly string[]): string => alternation(items).replace(/ /g, '\\s+');

/**
 * "… as they ", "… even as it steadily ": the "as" clause's third-person pronoun right before the
 * trigger (adverbs may stand between; "continue to" is the trigger's own when it is one).
 */
const AS_PRONOUN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])as\s+(?:they|it|he|she)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+){0,2}(?:continues?\s+to\s+)?$/i;

/** "… the Cuban people", "… countries around the world": a party noun ending the text before "as". */
const PARTY_HEAD = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${spaced(RULES.heads)})(?:\\s+(?:${spaced(RULES.after)}))?\\s*$`,
  'i',
);

const PARTY_TYPES: ReadonlySet<string> = new Set(['Country', 'Region', 'Organization', 'Official']);

/** Whether `trigger` is the act of a party the clause before it names, in an "as they" clause. */
export function accompaniedPartyAct(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  trigger: Trigger,
): boolean {
  const left = sentence.text.slice(0, trigger.start);
  const clause = AS_PRONOUN.exec(left);
  if (!clause) return false;
  const before = left.slice(0, clause.index).trimEnd();
  // "As they reaffirmed …" opens its sentence: no party before it, the subject's own.
  if (before === '') return false;
  if (PARTY_HEAD.test(before)) return true;
  // "… stand with Ukraine as it …": a named party ends the text before "as".
  return hits.some(
    (hit) => PARTY_TYPES.has(hit.type) && !hit.nested && hit.end - sentence.start === before.length,
  );
}
