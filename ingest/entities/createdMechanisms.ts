/**
 * An unnamed specific mechanism or agreement a statement says is being created: "agreed to launch
 * a high-level strategic dialogue", "have established a pilot information sharing platform", "the
 * recently signed security agreement", "the launch of the water and solar energy arrangement".
 * Gold conventions (session 10): unnamed specific things are entities with descriptive names,
 * aliased by their text form; a dialogue, mechanism or working group is a `Program`, an
 * agreement or arrangement an `Instrument`. The creation word is what makes the thing one
 * specific thing rather than a kind ("through bilateral dialogues", a topic).
 *
 * Precision: one to four lowercase describing words are needed besides the fillers ("establish
 * a new mechanism" names none), no function word among them, and a complement after the head
 * ("a dialogue on …", "an arrangement of …") leaves it to the finders that name it whole.
 * Words are data (data/rules/names.json createdMechanisms).
 */

import type { EntityType } from '../../contract/extraction';
import { caseless } from '../letters';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const RULES = NAME_RULES.createdMechanisms;
const HEAD_TYPE: ReadonlyMap<string, EntityType> = new Map([
  ...RULES.heads.Program.map((head) => [head, 'Program'] as const),
  ...RULES.heads.Instrument.map((head) => [head, 'Instrument'] as const),
]);
const HEADS = alternation([...HEAD_TYPE.keys()]);
const FILLERS = new Set(RULES.fillers);
/** A describing word is no function word, verb of the clause or head of its own. */
const NOT_MODIFIER =
  /^(?:and|or|but|the|a|an|to|of|in|on|for|with|by|at|as|that|which|who|is|are|was|were|be|been|has|have|had|will|would|can|could|may|must|should|do|does|did|not|also|its|their|our|this|these|those|such|other|more|further|any|all|each|very)$/;

/**
 * The creation word and a determiner (or a determiner and a creation participle), then one to six lowercase words (group 2: the describing words
 * with the fillers, "and" allowed inside) and the head (group 3). Case-sensitive: a capitalised
 * word ends the run, so a named "Joint Economic Commission" is left to the name finders.
 */
const CREATED = new RegExp(
  caseless(
    String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ-])(?:(?:${alternation(RULES.verbs)})\s+(?:${alternation(RULES.determiners)})|(?:${alternation(RULES.determiners)})\s+(?:${alternation(RULES.participles)}))\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,6}?)(${HEADS})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-])(?!\s+(?:on|of)\s)`,
  ),
  'gi',
);
const ANY_VERB = new RegExp(
  caseless(
    String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation([...RULES.verbs, ...RULES.participles])})\s`,
  ),
  'i',
);

/** Unnamed mechanisms and agreements a sentence creates, named by their text form. */
export function createdMechanisms(text: string, offset: number): Candidate[] {
  if (!ANY_VERB.test(text)) return [];
  const out: Candidate[] = [];
  CREATED.lastIndex = 0;
  for (let match = CREATED.exec(text); match; match = CREATED.exec(text)) {
    const words = match[1]!.trim().split(/\s+/);
    const head = match[2]!;
    const type = HEAD_TYPE.get(head);
    // The regex is case-insensitive for a sentence-initial verb; names stay lowercase here.
    if (!type || head !== head.toLowerCase() || /\p{Lu}/u.test(match[1]!)) continue;
    let first = 0;
    while (first < words.length && FILLERS.has(words[first]!)) first++;
    const kept = words.slice(first);
    if (kept.length === 0 || kept.length > 4) continue;
    if (kept[0] === 'and' || kept.some((word) => word !== 'and' && NOT_MODIFIER.test(word)))
      continue;
    if (kept.some((word) => HEAD_TYPE.has(word))) continue;
    const surfaceStart = match.index + match[0].length - head.length - match[1]!.length;
    const skipped = match[1]!.length - match[1]!.trimStart().length;
    let start = surfaceStart + skipped;
    for (const filler of words.slice(0, first)) {
      start = text.indexOf(filler, start) + filler.length;
      while (/\s/.test(text[start]!)) start++;
    }
    const surface = text.slice(start, match.index + match[0].length);
    const name = surface.replace(/\s+/g, ' ');
    out.push(candidateAt(type, surface, start + offset, 'phrase', name));
  }
  return out;
}
