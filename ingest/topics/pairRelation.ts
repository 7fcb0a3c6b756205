/**
 * "our partnership", "the close partnership between the two countries", "their strong bilateral
 * partnership": a relation between the statement's two parties written without their names is
 * named after them, "U.S.-X partnership", as the gold names it and as a hyphenated pair before
 * the head is named (data/rules/pair-relations.json says which heads and modifiers, and why).
 * Only a statement of exactly two parties with known short forms names it: with three or more,
 * or an unknown party, whose relation it is stays open, so nothing is named. A relation "between"
 * two named states is theirs in any statement ("the enduring partnership between the United
 * States and Ireland" in a one-party statement: "U.S.-Ireland partnership").
 */
import { z } from 'zod';
import pairJson from '../../data/rules/pair-relations.json';
import { allianceName } from '../entities/alliance';
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { overlapsAny, placeHit } from '../entities/placeHit';
import type { Lexicon } from '../lexicon';
import { parseRules } from '../rules/load';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import { titleHits } from '../titleSides';
import type { EntityHit } from '../types';
import { conceptFor } from './thesaurus';

const lower = z.array(
  z
    .string()
    .min(1)
    .refine((word) => word === word.toLowerCase(), 'must be lowercase'),
);

const RULES = parseRules(
  'rules/pair-relations.json',
  z.object({
    heads: lower,
    ratingAdjectives: lower,
    shortNames: z.record(z.string(), z.string().min(1)),
  }),
  pairJson,
);

/** Adjectives that rate a relation ("strong", "close"), read by scopeRelation.ts too. */
export const RATING_ADJECTIVES: readonly string[] = RULES.ratingAdjectives;
const RATINGS = RULES.ratingAdjectives.map(escapeRegex).join('|');
const HEADS = RULES.heads.map(escapeRegex).join('|');
/** The word before a relation with no determiner that lets it open one ("…, and deep friendship"). */
const BARE_OPENER = /(?:^|\s)(?:and|or)$/;

/**
 * A determiner (possessive, "the", "the two countries’"; "a"/"an" only with a rating adjective,
 * checked below) or none (only before "between", checked below), rating adjectives, the head,
 * and what may follow a relation that has no field or other partners after it. "this
 * partnership" points back at one already named, and "the strength of our partnership" is the
 * frame noun's: neither is matched.
 */
const RELATION = new RegExp(
  `(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|in) )(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:(?:[Oo]ur|[Tt]heir|[Tt]he|(?:[Tt]he two|[Bb]oth|[Oo]ur two) (?:countries|nations)[’'])|(an?)|)` +
    `((?:,? (?:and )?(?:${RATINGS}))*) (${HEADS})` +
    `(?=[.,;:!?)]|$| (?:to|and|or|has|have|is|was|remains|will|that|which|as|at|by|through|across|also|based|grounded|rooted|founded|built|in pursuit)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])| (between) )`,
  'gu',
);

/** "between the two countries", "between both nations", "between us". */
const BETWEEN_PAIR =
  /^between (?:(?:the|our) two|both|our) (?:countries|nations)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^between us(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** "U.S.-X": the two parties' pair forms, the United States first when a party (alliance.ts). */
function pairName(lexicon: Lexicon, parties: readonly string[]): string | undefined {
  if (parties.length !== 2) return undefined;
  const pair = allianceName(lexicon, parties[0]!, parties[1]!, RULES.shortNames);
  return pair && `${pair.forms[0]}-${pair.forms[1]}`;
}

/** "between the United States and Tanzania": the first name, " and ", the second. */
const BETWEEN_OPEN = /^between (?:the )?$/;
const BETWEEN_AND = /^,? and (?:the )?$/;

/** The first two names after `from` when they read "between (the) A and (the) B", else undefined. */
function namedBetween(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  from: number,
): [EntityHit, EntityHit] | undefined {
  const start = sentence.start + from;
  const named = hits.filter((hit) => hit.start >= start && hit.type !== 'Topic').slice(0, 2);
  if (named.length < 2) return undefined;
  const [first, second] = named as [EntityHit, EntityHit];
  const text = (a: number, b: number) =>
    sentence.text.slice(a - sentence.start, b - sentence.start);
  return BETWEEN_OPEN.test(text(start, first.start)) &&
    BETWEEN_AND.test(text(first.end, second.start)) &&
    first.entityId !== second.entityId
    ? [first, second]
    : undefined;
}

/**
 * Whether "between …" after the head names the two parties: a phrase for both ("the two
 * countries"), or the parties' own two names joined by "and".
 */
export function betweenParties(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  from: number,
  parties: ReadonlySet<string>,
): boolean {
  if (BETWEEN_PAIR.test(sentence.text.slice(from))) return true;
  const named = namedBetween(sentence, hits, from);
  return named?.every((hit) => parties.has(hit.entityId)) === true;
}

/**
 * "the partnership between the United States and Ireland" in a statement of one party (or of two
 * others): the two states the text names are the relation's, "U.S.-Ireland partnership", as the
 * gold names a bilateral relation (CONVENTIONS 4 Naming: `U.S.-X partnership`).
 */
function explicitPair(
  lexicon: Lexicon,
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  from: number,
): string | undefined {
  const named = namedBetween(sentence, hits, from);
  const kinds = named?.every((hit) => hit.type === 'Country' || hit.type === 'Organization');
  if (!named || !kinds) return undefined;
  return pairName(lexicon, [named[0].entityId, named[1].entityId]);
}

/**
 * The two parties whose relation "our partnership" is. A statement of several parties has them
 * already; a statement of one state (a spokesperson's, a President's) speaks of its relation with
 * the one other state the title names ("… Call with National Security Advisor Meir Ben-Shabbat
 * of Israel", "… on the Occasion of Niger’s Independence Day", "Ethiopian"), or, when the title
 * names none, the one other state the text names. Two or more others leave it open.
 */
export function relationParties(
  lexicon: Lexicon,
  title: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
  signatories: readonly string[],
): readonly string[] {
  const [own] = signatories;
  if (signatories.length !== 1 || !own?.startsWith('country:')) return signatories;
  const others = (ids: Iterable<string>) => new Set([...ids].filter((id) => id !== own));
  let counterparts = others(
    titleHits(lexicon, title, (hit) => hit.type === 'Country').chosen.map((hit) => hit.entityId),
  );
  if (counterparts.size === 0) {
    const named = sentences.flatMap((sentence) => hitsBySentence.get(sentence.index) ?? []);
    counterparts = others(
      named.filter((hit) => hit.type === 'Country' && !hit.nested).map((hit) => hit.entityId),
    );
  }
  return counterparts.size === 1 ? [own, ...counterparts] : signatories;
}

/**
 * Adds a Topic hit "U.S.-X <head>" over each unnamed relation of the document's two parties, and
 * over a relation "between" two states the text names, whoever the document's parties are.
 */
export function findPairRelations(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: readonly string[],
): void {
  const pair = pairName(lexicon, signatories);
  const parties = new Set(signatories);
  for (const sentence of sentences) {
    // Only a sentence with a head can match (most have none).
    if (!RULES.heads.some((head) => sentence.text.includes(head))) continue;
    // Without the document's own pair, only a relation whose two parties are named.
    if (!pair && !sentence.text.includes(' between ')) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    RELATION.lastIndex = 0;
    for (let m = RELATION.exec(sentence.text); m; m = RELATION.exec(sentence.text)) {
      const [whole, indefinite, ratings = '', head] = m;
      const modifiers = ratings.split(/[\s,]+/).filter((word) => word && word !== 'and');
      // "a partnership" alone is any partnership; "an enduring partnership" is theirs.
      if (indefinite && modifiers.length === 0) continue;
      // No determiner: only a relation after "," or "and" whose "between" names its pair.
      const bare = whole.startsWith(' ') || whole.startsWith(',');
      const opened =
        /^(?:,| and )/.test(whole) ||
        BARE_OPENER.test(sentence.text.slice(Math.max(0, m.index - 4), m.index));
      if (bare && !(m[4] && opened)) continue;
      // "strategic partnership" is a concept of its own (the thesaurus knows it with the head).
      if (modifiers.some((word) => conceptFor(lexicon, `${word} ${head}`) !== undefined)) continue;
      const after = m.index + whole.length + 1;
      let named = pair;
      if (m[4]) {
        const own = pair !== undefined && betweenParties(sentence, hits, after, parties);
        named = own ? pair : explicitPair(lexicon, sentence, hits, after);
      }
      if (!named) continue;
      const local = modifiers.length ? whole.indexOf(modifiers[0]!) : whole.lastIndexOf(head!);
      const start = sentence.start + m.index + local;
      const end = sentence.start + m.index + whole.length;
      if (overlapsAny(hits, start, end)) continue;
      const name = `${named} ${head}`;
      const surface = sentence.text.slice(start - sentence.start, end - sentence.start);
      const hit = entityHit(entityIdFor('Topic', name), 'Topic', start, end, surface, name);
      placeHit(hitsBySentence, sentence.index, hits, hit);
    }
  }
}
