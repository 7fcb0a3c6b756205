/**
 * "our close cooperation", "pledged to deepen ties", "will remain in close coordination": a
 * relation of the statement's own parties written without their names is named after how many
 * parties share it, "bilateral cooperation" (two) or "trilateral cooperation" (three), as the gold
 * names it (data/rules/scope-relations.json says which heads and verbs, and why). The partnership
 * and friendship heads are pairRelation.ts's ("U.S.-X partnership"); with an unknown number of
 * parties, whose relation it is stays open, so nothing is named.
 */
import { z } from 'zod';
import scopeJson from '../../data/rules/scope-relations.json';
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { insertHit, overlapsAny, placeHit } from '../entities/placeHit';
import type { Lexicon } from '../lexicon';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { betweenParties, RATING_ADJECTIVES } from './pairRelation';
import { conceptFor } from './thesaurus';

const lowerWord = z
  .string()
  .min(1)
  .refine((word) => word === word.toLowerCase(), 'must be lowercase');

const RULES = parseRules(
  'rules/scope-relations.json',
  z.object({
    heads: z.record(lowerWord, lowerWord),
    pairHeads: z.record(lowerWord, lowerWord),
    growthVerbs: z.array(lowerWord),
    scopes: z.record(z.string(), lowerWord),
  }),
  scopeJson,
);

const HEAD_WORDS = Object.keys(RULES.heads);

/**
 * What makes the relation the parties' own: a possessive of theirs, a verb of growth (with
 * "to", "further" or a possessive between), "the" before a rating, or "close" after "in" or "remain"; then rating
 * adjectives, the head, and what may follow a relation that has no domain, purpose or other
 * partners after it: the gold names "our cooperation on health" by its field alone, and a field
 * or partners after the next conjunct ("their coordination and resolve against …", "the strong ties
 * and close cooperation between …") is the relation's too. A frame noun's complement ("the strength of our ties") is not matched.
 */
const RELATION = new RegExp(
  `(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|this|that|these|those) )(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:` +
    `(?<owner>(?:[Oo]ur|[Tt]heir|(?:[Tt]he two|[Bb]oth|[Oo]ur two|[Oo]ur|[Tt]heir) (?:countries|nations|governments)[’']))` +
    `|(?<verb>(?:${alternation(RULES.growthVerbs)})(?: (?:further|our|their))?)` +
    `|(?<the>[Tt]he)|(?<close>in|remain|remains|stay)` +
    `)(?<ratings>(?:,? (?:and )?(?:${alternation(RATING_ADJECTIVES)}))*) (?<head>${alternation(HEAD_WORDS)})` +
    `(?=[.,;:!?)]|$| (?:and|or) (?!(?:\\S+ ){1,2}(?:on|against|in|to|with|between)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))| (?:has|have|is|was|remains|will|that|which|as|by|through|also|based|grounded|rooted|founded|built)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
  'gu',
);

/**
 * "enhancing cooperation
 * between the United States and Mexico", "the bond between the United States and Israel": the
 * relation is the parties' own when "between" names both of them (checked after the match), so
 * "the" alone or an ongoing relation suffices, and a field or purpose may follow the second name.
 * A domain before the head ("economic cooperation between …") is another relation: only a
 * determiner, a possessive or a verb of growth may open it; a verb may follow "of" ("the importance
 * of enhancing cooperation between …"), a determiner may not ("the strength of the ties between …"); "that" before "the" is a conjunction here ("reiterated that the bond between …"), no demonstrative.
 * A rating alone opens it too ("which require close coordination between the United States and
 * the United Arab Emirates", "ongoing close cooperation between Israel and the United States":
 * the gold names these `bilateral coordination`, `bilateral cooperation`), unless a determiner
 * stands before it, which the first alternatives read.
 */
const BETWEEN_RATINGS = alternation([...RATING_ADJECTIVES, 'ongoing']);
const BETWEEN_RELATION = new RegExp(
  `(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])of )(?<owner>[Tt]he|[Oo]ur|[Tt]heir)|(?<verb>${alternation(RULES.growthVerbs)})` +
    `|(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Tt]he|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) )(?<bare>${BETWEEN_RATINGS}))` +
    `(?<ratings>(?:,? (?:and )?(?:${BETWEEN_RATINGS}))*) (?<head>${alternation(HEAD_WORDS)}) between `,
  'gu',
);

/** Adds a Topic hit "bilateral <head>" (or "trilateral") over each unnamed relation of the parties. */
export function findScopeRelations(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: readonly string[],
): void {
  // A hyphenated pair names two parties whatever the statement's count (pairNamed).
  const pair = RULES.scopes['2'];
  const speakers = new Set(signatories);
  if (pair) for (const sentence of sentences) pairNamed(sentence, hitsBySentence, speakers, pair);
  const scope = RULES.scopes[String(signatories.length)];
  if (!scope) return;
  for (const sentence of sentences) {
    // Only a sentence with a head can match (most have none).
    if (!HEAD_WORDS.some((head) => sentence.text.includes(head))) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    RELATION.lastIndex = 0;
    for (let m = RELATION.exec(sentence.text); m; m = RELATION.exec(sentence.text)) {
      addRelation(lexicon, sentence, hits, m, scope);
    }
    if (signatories.length === 2 && sentence.text.includes(' between ')) {
      const parties = new Set(signatories);
      BETWEEN_RELATION.lastIndex = 0;
      for (
        let m = BETWEEN_RELATION.exec(sentence.text);
        m;
        m = BETWEEN_RELATION.exec(sentence.text)
      ) {
        if (!betweenParties(sentence, hits, m.index + m[0].length - 'between '.length, parties))
          continue;
        addRelation(lexicon, sentence, hits, m, scope, ' between '.length);
      }
    }
    hitsBySentence.set(sentence.index, hits);
  }
}

/**
 * "U.S.-UK cooperation", "German-U.S. cooperation on a range of issues", "U.S.-India
 * collaboration": the two parties' own names joined by a hyphen before a relation of
 * `pairHeads` make it theirs, whatever follows (the gold names it `bilateral cooperation`
 * with or without a field after it; a domain between, "U.S.-India economic cooperation", is
 * another relation and no rating is read, so only "bilateral" may stand between).
 */
const PAIR_NAMED = new RegExp(
  `^-(?<second>\\p{Lu}[\\p{L}.]*)(?: bilateral)? (?<head>${alternation(Object.keys(RULES.pairHeads))})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);

/** "U.S.-Irish " right before `at`: a relation there is named by its two parties (pairNamed). */
const PAIR_BEFORE = /\p{Lu}[^\s-]*-\p{Lu}[^\s-]*(?: bilateral)? $/u;

/** Whether the relation word at `start` of `text` is one pairNamed names ("U.S.-UK cooperation"). */
export function isPairNamedRelation(text: string, start: number, end: number): boolean {
  return (
    Object.hasOwn(RULES.pairHeads, text.slice(start, end).toLowerCase()) &&
    PAIR_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}

function pairNamed(
  sentence: SegmentedSentence,
  hitsBySentence: Map<number, EntityHit[]>,
  speakers: ReadonlySet<string>,
  scope: string,
): void {
  if (!Object.keys(RULES.pairHeads).some((head) => sentence.text.includes(head))) return;
  const hits = hitsBySentence.get(sentence.index) ?? [];
  // Two countries, one of them the statement's own ("DPRK-Russia cooperation" is no relation of
  // the speakers', and the gold names it so).
  const named = hits.filter((hit) => hit.type === 'Country');
  for (const first of named) {
    const from = first.end - sentence.start;
    // A third name before ("U.S.-Japan-ROK") makes it another statement's relation.
    if (sentence.text[first.start - sentence.start - 1] === '-') continue;
    const m = PAIR_NAMED.exec(sentence.text.slice(from));
    if (!m?.groups) continue;
    const secondStart = first.end + 1;
    const second = named.find(
      (hit) =>
        hit.start === secondStart &&
        hit.end === secondStart + m.groups!.second!.length &&
        hit.entityId !== first.entityId,
    );
    if (!second || !(speakers.has(first.entityId) || speakers.has(second.entityId))) continue;
    const end = first.end + m[0].length;
    const start = end - m.groups.head!.length;
    if (overlapsAny(hits, start, end)) continue;
    const name = `${scope} ${RULES.pairHeads[m.groups.head!]}`;
    const hit = entityHit(entityIdFor('Topic', name), 'Topic', start, end, m.groups.head!, name);
    placeHit(hitsBySentence, sentence.index, hits, hit);
  }
}

/** Names one matched relation "<scope> <head>", unless the thesaurus knows it or a hit covers it. */
function addRelation(
  lexicon: Lexicon,
  sentence: SegmentedSentence,
  hits: EntityHit[],
  m: RegExpExecArray,
  scope: string,
  trailing = 0,
): void {
  const whole = m[0];
  const groups = m.groups ?? {};
  const head = groups.head!;
  const modifiers = `${groups.bare ?? ''} ${groups.ratings ?? ''}`
    .split(/[\s,]+/)
    .filter((word) => word && word !== 'and');
  // "the cooperation" alone is anyone's; "the close cooperation" is theirs (or "between" says so).
  if (groups.the && modifiers.length === 0) return;
  // "remain in close coordination": only "close" says the coordination is theirs.
  if (groups.close && !modifiers.some((word) => word.startsWith('clos'))) return;
  // "strategic cooperation" is a concept of its own (the thesaurus knows it with the head).
  if (modifiers.some((word) => conceptFor(lexicon, `${word} ${head}`) !== undefined)) return;
  const opener = groups.verb ?? groups.close;
  const local = opener ? opener.length + 1 : 0;
  const start = sentence.start + m.index + local;
  const end = sentence.start + m.index + whole.length - trailing;
  if (overlapsAny(hits, start, end)) return;
  const name = `${scope} ${RULES.heads[head]}`;
  const surface = sentence.text.slice(start - sentence.start, end - sentence.start);
  insertHit(hits, entityHit(entityIdFor('Topic', name), 'Topic', start, end, surface, name));
}
