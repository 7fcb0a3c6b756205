/**
 * Clause-level tests behind resolveSpeakers: a trigger's verb form, whether a subject is a party,
 * and the shapes of clauses that carry no stance of their own (perfects, relative and complement
 * clauses, meeting purposes).
 */

import { type ActorContext, type Subject, subjectBefore } from '../resolveActors';
import { OWN_PURPOSE } from '../rules/speakers';
import { STANCES_COMPILED } from '../rules/stanceRules';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { GROUPS } from './groups';
import { speakingBodies } from './ownBody';

/** Re-exported: the clause passes read these purpose patterns from here. */
export {
  DATED_PAST_MEETING,
  MEETING_PURPOSE,
  OCCASION_PURPOSE,
  PRESENCE_PURPOSE,
  TITLED_VISITOR_TO,
  VISIT_PURPOSE,
} from './purposePatterns';

export type Form = 'past' | 'ing' | 'base' | 'modal';

const LEADING_ADVERB =
  /^(?:strongly|firmly|fully|unequivocally|resolutely|jointly|once|again|newly|deeply|highly|also|further)$/;

/** "held detailed discussions … and called on …": irregular pasts a readout's verbs take. */
const IRREGULAR_PAST =
  /^(?:stood|undertook|had|held|met|spoke|sought|took|made|gave|told|lent|led|brought|sent|began|came|saw|set|shown|showed)$/;

const AWARE = /^(?:mindful|cognizant|conscious)$/;
/** "Dedicated to …, we …", "United in our resolve …, the leaders …": a fronted adjective of devotion. */
const DEVOTED = /^(?:dedicated|devoted|united|unified)$/;

export function verbForm(trigger: Trigger): Form {
  const words = trigger.text
    .toLowerCase()
    .split(/\s+/)
    // ("while ensuring": a concurrent undertaking is an -ing verb.)
    .filter((w, i) => !LEADING_ADVERB.test(w) && !(i === 0 && w === 'while'));
  const first = words[0] ?? '';
  if (first === 'will' || first === 'shall') return 'modal';
  // "the United States is to put in place …, establish …": the formal "be to" of an agreed
  // obligation is a modal, so the verbs it lists share it.
  if ((first === 'is' || first === 'are') && words[1] === 'to') return 'modal';
  if (first.endsWith('ed') || IRREGULAR_PAST.test(first)) return 'past';
  if (first.endsWith('ing')) return 'ing';
  // "…, in recognition that …": a nominal adjunct that stands where a participle would.
  if (first === 'in' && words[1] === 'recognition') return 'ing';
  // "Mindful of …, we will …": a fronted adjective of awareness stands there too.
  if (AWARE.test(first) && words[1] === 'of') return 'ing';
  // ("Dedicated to our pursuit of peace, we …": its frames match only at the sentence's start.)
  if (DEVOTED.test(first) && /^(?:to|in|by)$/.test(words[1] ?? '')) return 'ing';
  return 'base';
}

export function compatible(a: Form, b: Form, perfect: boolean): boolean {
  // "have committed to develop … and affirm …": a perfect and a present share the subject.
  if (perfect && ((a === 'past' && b === 'base') || (a === 'base' && b === 'past'))) return true;
  return a === b || a === 'modal' || b === 'modal';
}

/** "have/has/had (adverbs)" right before the verb: a perfect, usually past narrative. */
export const PERFECT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(has|have|had)(?:\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ly|also|long|already|together|jointly|since|each))*\s*$/i;
export const PRONOUN = /^(?:we|they|he|she|it|i)$/i;
export const HEDGE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:likely|probably|possibly|reportedly|presumably)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "over the PRC's continued support for …", "their strong support": a stance word after a
 * possessive (and a few adjectives) is a noun inside another clause's object, not a verb.
 */
export const POSSESSED =
  /(?:[’']s?|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:its|their|his|her))\s+(?:(?:continued|continuing|ongoing|strong|full|unwavering|steadfast|firm|robust|growing|deepening|military|economic|material|political|financial|lethal|public|tacit|direct)\s+){0,3}$/i;

/**
 * Whether a named subject speaks for the statement: a signatory (or one of its members), a meeting
 * official, any official (officials speak for their governments), or a country one of them
 * represents. "China will continue to expand …" in a US–Japan statement is a prediction.
 */
export function isParty(
  context: ActorContext,
  actors: readonly string[],
  hits: EntityHit[],
): boolean {
  if (context.signatories.length === 0 && context.officials.length === 0) return true;
  const parties = new Set([...context.signatories, ...context.officials]);
  for (const group of context.signatories)
    for (const id of context.members?.get(group) ?? []) parties.add(id);
  for (const country of context.represented ?? []) parties.add(country);
  // "The EU is preparing …" in a statement the European Commission signs: the union its
  // signing institution belongs to speaks for itself (gold README 2022-03-25: the subject decides).
  for (const id of context.signatories) {
    const union = GROUPS.institutions.get(id);
    if (union) parties.add(union);
  }
  for (const body of speakingBodies(context.bodies)) parties.add(body);
  for (const body of context.standing?.keys() ?? []) parties.add(body);
  // "The President will also call on …" in a fact sheet: an official of a side that speaks.
  const ownOfficial = (id: string) => parties.has(context.countryOf?.get(id) ?? '');
  // "the U.S. Department of Commerce and the European Commission are entering into …" in a U.S.-EU
  // statement: an institution of a speaking union acts in its own name (CONVENTIONS §7, the
  // European Commission and the European Council as actors; gold 2022-12-05, 2023-10-20).
  const ownInstitution = (id: string) => parties.has(GROUPS.institutions.get(id) ?? '');
  return actors.some(
    (id) =>
      parties.has(id) ||
      ownOfficial(id) ||
      ownInstitution(id) ||
      hits.some((hit) => hit.entityId === id && hit.type === 'Official'),
  );
}

/** Capitalised words ending the text: what leads a title's head ("U.S. Deputy National Security"). */
const TITLE_LEAD = /(?:(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+)+$/;

/**
 * The subject of a sentence's first finite past verb, when the trigger is coordinated with it
 * ("… approved …, underscored …"): no relative or complement clause between them, and after a
 * bare comma only another past verb.
 */
export function openingSubject(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  byComma: boolean,
): Subject | undefined {
  const form = verbForm(trigger);
  if (form !== 'past' && (byComma || form !== 'modal')) return undefined;
  // The subject opens the sentence or its first clause, so its verb is near that clause's start:
  // count the bound from the first comma, or a long fronted adjunct ("During separate meetings
  // with members of the … Council (TPC) and Prime Minister …, Mr. X expressed … and reiterated")
  // hides the verb.
  const comma = sentence.text.indexOf(',');
  const head = sentence.text.slice(0, Math.min(trigger.start, Math.max(comma, 0) + 120));
  // "Vice President Harris met … with President Marcos and reaffirmed …": irregular pasts too;
  // a perfect's or a negation's auxiliary before a verb of any form ("Argentina has taken action
  // … and will continue to …", "Australia does not seek and will not acquire …": gold 2025-11-13,
  // 2022-09-23), only before a modal stance ("has … and reaffirmed" keeps the past rule).
  const verb =
    form === 'modal'
      ? /(?:^|\s)([a-zß-öø-ɏḀ-ỿ]+ed|met|held|spoke|took|made|gave|sent|stood|has|have|does|do)\s/g
      : /(?:^|\s)([a-zß-öø-ɏḀ-ỿ]+ed|met|held|spoke|took|made|gave|sent|stood)\s/g;
  for (let match = verb.exec(head); match; match = verb.exec(head)) {
    const at = match.index + match[0].indexOf(match[1]!);
    const between = sentence.text.slice(at, trigger.start);
    if (
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|who|whom|whose|while|when|after|before|because)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
        between,
      )
    )
      return undefined;
    const subject = subjectBefore(context, sentence, hits, at);
    if (!subject || subject.actors.length === 0) continue;
    // Only a subject that opens the sentence or its first clause ("On X, the leaders …").
    // (A title before the name, "President Biden", still opens it, with the capitalised words
    // that lead its head: "Principal Deputy National Security Advisor Finer".)
    const before = sentence.text.slice(0, subject.start);
    const opener = TITLE_BEFORE.test(before)
      ? before.replace(TITLE_BEFORE, '').replace(TITLE_LEAD, '')
      : before;
    return /^(?:[^,]*,)?\s*$/.test(opener) ? subject : undefined;
  }
  return undefined;
}

/**
 * "a commitment that the Vice President announced earlier this year": a past verb in a relative
 * clause (a noun, then "that"/"which", then the subject) recalls what was done: narrative. Gives
 * the position of "that"/"which", or undefined when the clause is no such relative clause.
 */
export function relativeClauseAt(before: string, form: Form): number | undefined {
  if (form !== 'past') return undefined;
  // "a historic meeting in which the leaders discussed …": what was said at the meeting reported,
  // not a recollection (a non-restrictive ", at which …" after a named past summit still is).
  if (MEETING_WHERE.test(before)) return undefined;
  const relative =
    /(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]+)(\s+)(?:that|which)\s+$/.exec(
      before,
    );
  if (!relative) return undefined;
  const word = relative[1]!.toLowerCase();
  // "noted that", "said that", "is clear that": a complement clause, not a relative one.
  if (/(?:ed|s)$/.test(word) || NOT_NOUN.has(word) || STANCES_COMPILED.forms.has(word))
    return undefined;
  // Where the relative clause starts: the stance before it ends there.
  return relative.index + relative[1]!.length + relative[2]!.length;
}

/** A restrictive "meeting in/during which": the clause reports the meeting itself. */
const MEETING_WHERE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:meeting|call|summit|talks|conversation|dialogue|session|consultations?|discussions?)\s+(?:in|during|at)\s+which\s+$/i;

/**
 * "an Economic Framework that provides … and will drive …": a relative clause (a noun, then
 * "that", or "which"/"who", then a singular present or past verb) between a verb and a "will"
 * joined to it by a bare "and": the "will" goes on the relative clause, its subject the noun.
 * Only "will": a plural or past verb after the "and" ("… funding that has co-benefits and are
 * working …") agrees with the main subject, not with the noun.
 */
export function relativeBetween(between: string): boolean {
  const relative =
    /(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]+),?\s+(that|which|who)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?(?!(?:this|its|his|thus|us|as)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:is|has|was|[a-zß-öø-ɏḀ-ỿ]+(?![su])[\wÀ-ÖØ-öø-ɏḀ-ỿ]s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;
  for (let match = relative.exec(between); match; match = relative.exec(between)) {
    if (match[2]!.toLowerCase() !== 'that') return true;
    const word = match[1]!.toLowerCase();
    if (!/(?:ed|s)$/.test(word) && !NOT_NOUN.has(word) && !STANCES_COMPILED.forms.has(word))
      return true;
  }
  return false;
}

export const CLAUSE_WORD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|who|whom|whose|while|when|after|before|because|if)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** A subject that opens its clause ("…, but Pyongyang must"), not one inside a noun phrase. */
export const OPENS_CLAUSE =
  /(?:^|[,;:]\s*|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:but|and|that|while|why)\s+)(?:the\s+)?$/i;

/** "that" opening a complement clause whose subject follows: no new clause between them. */
export const COMPLEMENT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![^;]*,\s*(?:and|but)\s)[^;]{0,120}$/i;

const NOT_NOUN = new Set(['say', 'is', 'was', 'clear', 'so', 'such', 'now', 'and', 'but', 'given']);

/**
 * Whether a complement's subject is the speaker's own side (an actor or a signatory); an
 * official counts as the country it represents ("They noted that the two sides plan to …": the
 * two officials' sides are the two countries speaking).
 */
export function ownSide(
  context: ActorContext,
  inner: readonly string[],
  outer: readonly string[],
): boolean {
  const side = (id: string) => context.countryOf?.get(id) ?? id;
  const own = new Set(outer.map(side));
  return inner.some((id) => own.has(side(id)) || context.signatories.includes(id));
}

/** The carried-over "They"/"He" subjects, to restore after a subject that speaks no stance. */
export function remembered(context: ActorContext): Partial<ActorContext> {
  const { lastPlural, lastSingular, lastPerson } = context;
  return { lastPlural, lastSingular, lastPerson };
}

/**
 * A purpose verb whose object is one side's own commitment ("stress his commitment"), or the
 * U.S. side's support or commitment it restates ("to reiterate unwavering U.S. support for
 * Israel", "to reaffirm the United States' strong support": gold 2023-10-14, 2021-05-20,
 * 2023-12-12); not one the two discuss ("to discuss U.S. support for …" is both sides').
 */
const OWN_COMMITMENT =
  /^(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+(?:his|her|our)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?commitments?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?:reaffirm|reiterate|underscore|affirm|emphasize|stress|highlight|convey|express|demonstrate)\s+(?:the\s+)?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,3}?(?:U\.S\.|United\s+States[’']|American)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:support|commitments?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

/** A trigger that receives an update or briefing ("receive an update", "get regular updates"). */
const RECEIVED_UPDATE = /^(?:receive|get)\s/i;

/** A host's verb before its guests ("welcomed", "hosted", "called", "will welcome"). */
const GUESTS_AFTER =
  /^\s+(?:welcomed|welcomes|(?:co-)?hosted|hosts|called|(?:will|shall)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?(?:welcome|host))\s/i;

/**
 * "President Biden met with Prime Minister Kishida … to advance …": the officials met with share
 * the purpose; not when it is done to them ("spoke with President-elect Yoon to congratulate him").
 */
export function partners(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  purpose: RegExpExecArray,
  trigger: Trigger,
): string[] {
  if (/^\s+(?:him|her|them)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence.text.slice(trigger.end))) return [];
  // "spoke with President Zelenskyy to receive an update on …": an update or briefing received
  // is the receiver's alone (gold 2022-03-03, 2 of 2), the official met is who gives it.
  if (RECEIVED_UPDATE.test(trigger.text)) return [];
  // "spoke with President Moon to stress his commitment", "to reinforce our ironclad
  // commitment": one side's own commitment is its speaker's alone (gold 2021-02-03, 2022-10-04).
  if (OWN_COMMITMENT.test(sentence.text.slice(trigger.start))) return [];
  // "spoke with Prime Minister Truss to offer his congratulations", "to express gratitude for
  // Kuwait's support": the caller's own act toward the one met (gold 15 of 15, speakers.json).
  if (OWN_PURPOSE.test(sentence.text.slice(trigger.start))) return [];
  // The guests met "with", or the guests a host welcomes, hosts or calls ("welcomed Prime
  // Minister Oyun-Erdene to Washington … to celebrate": gold 2023-08-02).
  const withAt = /\swith\s/i.exec(purpose[0]) ?? GUESTS_AFTER.exec(purpose[0]);
  if (!withAt) return [];
  const from = sentence.start + purpose.index + withAt.index;
  const to = sentence.start + purpose.index + purpose[0].length;
  return hits
    .filter((hit) => hit.type === 'Official' && !hit.nested && hit.start >= from && hit.end <= to)
    .map((hit) => hit.entityId);
}
