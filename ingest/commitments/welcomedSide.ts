/**
 * A co-signer the text sets against "we" by welcoming its own act: "We welcome the United States’
 * renewed commitment to the Pacific Islands region" (U.S.–Pacific Islands Forum), "APPRECIATING
 * the United States’ support for ASEAN centrality" (ASEAN–U.S.), "We acknowledge the EU’s
 * concerns" (U.S.–EU). The welcomer is the other side, so "we" leaves the co-signer out
 * (CONVENTIONS §7, the s31 ruling; data/rules/welcomed-side.json, with the gold it rests on).
 * A member of a grouping whose whole membership speaks stays in: the G7's "We welcome the EU’s
 * approval" is the G7's, the EU among them.
 */
import { z } from 'zod';
import welcomedJson from '../../data/rules/welcomed-side.json';
import { inflect } from '../rules/inflect';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

const RULES = parseRules(
  'rules/welcomed-side.json',
  z.object({ verbs: z.array(z.string().regex(/^\p{Ll}+$/u, 'one lowercase word')).min(1) }),
  welcomedJson,
);

const VERB = `(?:${alternation(RULES.verbs.flatMap((lemma) => inflect(lemma)))})`;

/**
 * The trigger opens on the welcoming verb, perhaps after adverbs ("also welcome", "APPRECIATING"),
 * its object perhaps in it ("acknowledge the United States’ commitment").
 */
const WELCOMING = new RegExp(
  `^(?:(?:also|too|further|strongly|warmly|greatly|deeply|fully)\\s+)*${VERB}(?![\\p{L}])`,
  'iu',
);

/** Between the verb and the possessor: "the", or a second welcoming verb ("acknowledge and welcome the"). */
const BEFORE_POSSESSOR = new RegExp(
  `^\\s*(?:,?\\s*and\\s+(?:also\\s+)?${VERB}\\s+)?(?:the\\s+)?$`,
  'iu',
);

/** The possessive ending right after the name: "the United States’", "the EU’s". */
const POSSESSIVE = /^[’']s?(?![\p{L}])/u;

/**
 * The welcomer is "we" (or the declaration's unstated subject: "APPRECIATING …"): the trigger
 * opens the sentence or follows its "we", with adverbs or one coordinated verb between ("We, too,
 * acknowledge and welcome"). A named subject keeps its co-signer: "The leaders also welcomed the
 * United States’ announcement", "They also welcomed Saudi Arabia’s assumption of command", "The
 * participants welcomed the EU’s ongoing efforts" (gold 2022-07-15, 2022-07-16, 2022-11-07,
 * 2024-05-23: the co-signer stays in every one).
 */
const AFTER_WE =
  /(?:^|(?<![\p{L}])[Ww][Ee])(?:[\s,]|too|also|further|jointly|together|strongly|warmly|greatly|deeply|fully|again)*(?:\p{Ll}+\s+and\s+(?:also\s+)?)?$/u;

/** Whether `id` belongs to a grouping all of whose members are among `actors` (the G7's EU). */
function memberOfSpeakingGroup(id: string, actors: readonly string[]): boolean {
  for (const members of GROUPS.members.values())
    if (members.includes(id) && members.every((member) => actors.includes(member))) return true;
  return false;
}

/**
 * The actors less the co-signer whose act the trigger welcomes; the same array when none is. A
 * single actor is never narrowed (to none).
 */
export function withoutWelcomedSide(
  actors: readonly string[],
  trigger: { start: number; end: number; text: string },
  text: string,
  textStart: number,
  hits: readonly EntityHit[],
): readonly string[] {
  if (actors.length < 2 || !AFTER_WE.test(text.slice(0, trigger.start))) return actors;
  const verb = WELCOMING.exec(text.slice(trigger.start, trigger.end));
  if (!verb) return actors;
  const verbEnd = trigger.start + verb[0].length;
  const possessor = hits.find((hit) => {
    const at = hit.start - textStart;
    return (
      at >= verbEnd &&
      actors.includes(hit.entityId) &&
      BEFORE_POSSESSOR.test(text.slice(verbEnd, at)) &&
      POSSESSIVE.test(text.slice(hit.end - textStart))
    );
  });
  if (!possessor || memberOfSpeakingGroup(possessor.entityId, actors)) return actors;
  return actors.filter((id) => id !== possessor.entityId);
}
