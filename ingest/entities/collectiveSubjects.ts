/**
 * Unnamed collectives that act for themselves (gold CONVENTIONS 3.4, 7): "UAE-based companies
 * are exploring …", "Donors committed to …", "141 countries — from every continent — voted …",
 * "An overwhelming majority of nations … condemn …". No finder declares them (no name, no
 * lexicon entry), so their own stance clauses had no actor and were dropped. A plural subject
 * opening its clause whose head is a collective of data/rules/collectives.json becomes an
 * `Organization` named as written (leading article dropped), its surface the alias the gold
 * keeps; state heads ("countries") only after a count, since bare or after "the two", "our",
 * "all" they are the statement's parties (groups.json countryNouns) or those it calls on.
 */
import { z } from 'zod';
import type { Commitment, Entity, Mention } from '../../contract/extraction';
import collectivesJson from '../../data/rules/collectives.json';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { insertHit, overlapsAny } from './placeHit';

const Words = z
  .array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ -]*$/, 'lowercase words only'))
  .min(1);
const RULES = parseRules(
  'rules/collectives.json',
  z.object({
    selfHeads: Words,
    countedHeads: Words,
    counts: Words,
    numberPrefixes: Words,
  }),
  collectivesJson,
);

const L = 'a-zß-öø-ɏḀ-ỿ';
const U = 'A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ';
const W = `A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ`;
/** Where a word ends: no letter of the Latin script follows. */
const END = `(?![${W}])`;
/** A fronted adjunct before the subject ("A year into this conflict, …"), or "And". */
const OPENING = `^(?:[${U}][^,;:—–]{0,120},\\s+|And\\s+)?`;
/**
 * Words that end a noun phrase's modifiers: a clause word before the subject ("while many
 * American businesses", "Shipt will prioritize businesses", "oil and gas companies").
 */
const NOT_MODIFIER = `(?!(?:while|when|and|or|but|if|as|at|of|in|to|for|with|by|on|from|that|which|who|will|would|can|could|may|must|should|shall|also|are|is|was|were|be|been|have|has|had|not|many|most|some|all|more|thousands|millions|hundreds|dozens)${END})`;
/** Up to three modifiers: words, hyphenated or dotted forms ("UAE-based", "U.S.", "sector"). */
const MODIFIERS = `(?:${NOT_MODIFIER}[${W}][${W}.’'-]*\\s+){0,3}?`;
/** The heads, longest first, each open to a capital (it may open the sentence). */
const heads = (words: readonly string[]) =>
  alternation(words)
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
/**
 * A determiner other than an article makes the phrase an anaphor or a part ("These firms", "our
 * companies", "Many companies"): someone else's, or none of the collective's own.
 */
const DETERMINER = `(?![Tt]hese${END}|[Tt]hose${END}|[Ss]uch${END}|[Oo]ur${END}|[Tt]heir${END}|[Ii]ts${END}|[Aa]ll${END}|[Bb]oth${END}|[Oo]ther${END}|[Ee]ach${END}|[Mm]any${END}|[Mm]ost${END}|[Ss]ome${END}|[Ss]everal${END}|[Tt]wo${END}|[Tt]hree${END})`;
const SELF = `(?:[Tt]he\\s+|[Aa]n?\\s+)?${DETERMINER}${MODIFIERS}(?:${heads(RULES.selfHeads)})`;
const NUMBER = `(?:(?:${alternation(RULES.numberPrefixes)})\\s+)?\\d[\\d,]*`;
const COUNTED = `(?:${heads(RULES.counts)}|${NUMBER})\\s+(?:[${L}][${L}-]*\\s+)?(?:${alternation(RULES.countedHeads)})`;
/**
 * The subject, then its verb: an optional dashed aside and adverbs, then a lowercase word that
 * no preposition or relative opens (a postmodifier would make the head another's).
 */
const SUBJECT = new RegExp(
  `${OPENING}((${SELF}|${COUNTED})(?:\\s+and\\s+(${SELF}))?)(?![${W}])` +
    `(?=(?:\\s+[—–][^—–]{1,120}[—–])?(?:\\s+around the world)?\\s+(?:(?:[${L}]+ly|also|now|today)\\s+)*` +
    `(?!(?:of|in|from|and|or|that|who|which|with|for|to|on|at|by|as|across|within|such)${END})` +
    // A modal is a call or a possibility, not the collective's own stance: "The international
    // community should come together …" is the speaker's call (gold 4 of 5 such subjects).
    `(?!(?:should|must|can|could|may|might|ought)${END})` +
    // A participle opening a postmodifier ("companies based in the Asia-Pacific invested …";
    // not "voted in favor", a verb).
    `(?!(?:based|located|headquartered|operating|registered|incorporated)${END})[${L}]+${END})`,
);

/** A capitalised word of lowercase letters opening the phrase ("Donors", "Private"). */
const LOWERED_OPENING = new RegExp(`^[${U}][${L}-]+(?:\\s|$)`);
/** A demonym ("Indian", "Japanese", "British", "Israeli"): a name, kept capitalised. */
const DEMONYM_OPENING = new RegExp(`^[${U}][${L}]+(?:an|ese|ish|i)\\s`);

/** The collective's name: the surface without its article, its first word lowercase unless a name. */
function nameOf(surface: string): string {
  // "U.S.-supported humanitarian partners": who backs them is no part of the collective's name.
  const bare = surface.replace(/^\S+-(?:supported|backed|funded|led)\s+/, '');
  // A demonym stays a name ("Indian companies"); "Private sector …", "Donors" open a sentence.
  return LOWERED_OPENING.test(bare) && !DEMONYM_OPENING.test(bare)
    ? bare.charAt(0).toLowerCase() + bare.slice(1)
    : bare;
}

/**
 * Adds an Organization hit for each collective subject (module comment); returns their ids, which
 * `dropIdleCollectives` removes where no clause of theirs is a commitment.
 */
export function findCollectiveSubjects(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): Set<string> {
  const ids = new Set<string>();
  for (const sentence of sentences) {
    const m = SUBJECT.exec(sentence.text);
    if (!m) continue;
    const whole = m[1]!;
    const at = m.index + m[0].length - whole.length;
    const parts = m[3] ? [m[2]!, m[3]] : [whole];
    const hits = hitsBySentence.get(sentence.index) ?? [];
    let offset = at;
    for (const part of parts) {
      const from = sentence.text.indexOf(part, offset);
      offset = from + part.length;
      const surface = part.replace(/^(?:the|an?)\s+/i, '');
      // "The firms seek …": a bare head after "the" is the firms the text named before.
      if (surface !== part && !/\s/.test(surface)) continue;
      const start = sentence.start + from + (part.length - surface.length);
      const end = start + surface.length;
      // A name inside the phrase other than a country's adjective ("Indian companies", not an
      // alias of India: CONVENTIONS 3.3) makes it that body's ("CRI members").
      if (overlapsAny(hits, start, end, (hit) => hit.type !== 'Country' && hit.type !== 'Topic'))
        continue;
      const name = nameOf(surface);
      const id = entityIdFor('Organization', name);
      ids.add(id);
      insertHit(
        hits,
        entityHit(id, 'Organization', start, end, surface, name),
        // A topic hit stays ("international community" as a topic), for the collective is
        // dropped again where it does not act; a country's adjective is no alias here.
        (hit) => hit.type === 'Country' && hit.start < end && hit.end > start,
      );
    }
    hitsBySentence.set(sentence.index, hits);
  }
  return ids;
}

/**
 * A collective is declared only as the actor of its own stance: the gold declares none that just
 * describes ("Companies are leaving Russia …", "small businesses are …"), so one no commitment
 * has as actor is dropped with its mentions and its place in any `about`.
 */
export function dropIdleCollectives(
  collectives: ReadonlySet<string>,
  entities: Entity[],
  mentions: Mention[],
  commitments: Commitment[],
): { entities: Entity[]; mentions: Mention[] } {
  const acting = new Set(commitments.flatMap((c) => c.actors));
  const idle = new Set([...collectives].filter((id) => !acting.has(id)));
  if (idle.size === 0) return { entities, mentions };
  for (const c of commitments) {
    c.about = c.about.filter((id) => !idle.has(id));
    c.targets = c.targets.filter((id) => !idle.has(id));
    if (c.implicitAbout) c.implicitAbout = c.implicitAbout.filter((id) => !idle.has(id));
  }
  return {
    entities: entities.filter((e) => !idle.has(e.id)),
    mentions: mentions.filter((m) => !idle.has(m.entityId)),
  };
}
