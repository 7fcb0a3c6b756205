/**
 * A declaration's operative part (data/rules/declarations.json): "WE, the Member States of ASEAN
 * and the United States of America, …, / RECOGNIZING …; / WE HEREBY DECLARE TO: / ESTABLISH a …;
 * / SUPPORT the …;". The formula ending in ":" opens a list whose items have no subject: each
 * item is a commitment of the declaring subject (the formula's own, "The Ministers:", or the
 * parties the statement opens with), its stance decided by its own verb as any clause's is
 * ("SUPPORT" support, "ENCOURAGE" encourage, "CONTINUE to support" support; a verb of no stance,
 * "ESTABLISH", "PROMOTE", "ENHANCE", commit). The formula itself takes no stance (CONVENTIONS §2:
 * "WE HEREBY DECLARE:" is no sentence of the gold's). Not ASEAN's alone: a UN-style communiqué's
 * "The Ministers: / 1. Reaffirm …;" is the same form.
 */
import { tagTexts } from '../entities/tagger';
import { type ActorContext, subjectBefore } from '../resolveActors';
import { DECLARATIONS } from '../rules/declarations';
import { alternation } from '../rules/stanceFramePatterns';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import type { Accepted } from './decision';
import { expandMembers, GROUPS } from './groups';
import type { LeadIn } from './listItems';

const END = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
const WORD = "[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'/-]+";

/** "We", or "the" and up to three words before a group noun ("The Foreign Ministers"). */
const SUBJECT = `(we|the\\s+(?:${WORD}\\s+){0,3}?(?:${alternation([...GROUPS.officialNouns, ...GROUPS.countryNouns])}))`;
const PERFORMATIVES = `(?:(?:${alternation(DECLARATIONS.performatives)})\\s+)*`;
const forms = (verbs: readonly string[]) =>
  `(?:${verbs.map((verb) => `${verb}(?:s|d|ed)?`).join('|')})${END}`;
/**
 * A declaring verb, or a resolving one after "hereby" ("HEREBY AGREE TO:") or before "as
 * follows" ("Have agreed as follows:").
 */
const VERB = `(?:${forms(DECLARATIONS.declaringVerbs)}|(?<=hereby\\s+(?:${WORD}\\s+)?)${forms(DECLARATIONS.resolvingVerbs)}|${forms(DECLARATIONS.resolvingVerbs)}(?=\\s+as\\s+follows))`;
const AFTER = `(?:\\s+(?:${alternation(DECLARATIONS.performatives)}))*`;

/**
 * The formula: a subject and a declaring verb ("WE HEREBY DECLARE:", "The Ministers hereby
 * decide to:"), the verb alone ("Hereby decide to:", "DO HEREBY AGREE TO:"), or the subject
 * alone ("The Ministers:", "We:"). Group 1 or 2 is the subject.
 */
const FORMULA = new RegExp(
  `^(?:${SUBJECT}\\s*,?\\s+)?${PERFORMATIVES}${VERB}${AFTER}\\s*:$|^${SUBJECT}\\s*:$`,
  'i',
);

/** The lead-in a declaration's operative formula opens, whose items are its subject's. */
export function operativeLeadIn(
  sentence: SegmentedSentence,
  context: ActorContext,
  hits: EntityHit[],
): LeadIn | undefined {
  // (Most sentences end otherwise: the formula is not tried on them.)
  if (!sentence.text.trimEnd().endsWith(':')) return undefined;
  const formula = FORMULA.exec(sentence.text.trim());
  if (!formula) return undefined;
  const subject = formula[1] ?? formula[2];
  const named = subject ? subjectBefore(context, sentence, hits, subject.length)?.actors : [];
  // ("Hereby decide to:": the subject is the one the statement opens with, its parties.)
  const actors =
    named && named.length > 0 ? named : expandMembers(context.signatories, context.members);
  if (actors.length === 0) return undefined;
  return {
    stance: 'commit',
    actors: [...actors],
    paragraph: sentence.paragraph,
    taken: false,
    passed: 0,
    declared: true,
  };
}

/** The opening word: capitalised, or in capitals ("ESTABLISH"), with a word after it. */
const OPENING = /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?:[a-zß-öø-ɏḀ-ỿ]{2,}|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}))(?=,?\s+\S)/;

/** The adverbs an item's verb may follow. */
const ADVERB = /^(?:further|also)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/i;

/** Openers that tag as verbs in title case but open no item: prepositions, adverbs, pronouns. */
const NOT_A_VERB =
  /^(?:Over|Under|After|Before|Since|During|Through|Within|Without|Among|Amid|Despite|Upon|Toward|Towards|Against|Between|Like|Via|Once|Today|Now|Then|Here|There|Also|Still|Finally|Further|Moreover|Together|Adopted|Done|Signed)$/i;

/**
 * An item of a declaration's operative part: a sentence opening with a verb in its base form and
 * no subject ("Support ASEAN's vision …;", "ESTABLISH a …;"). Its trigger is that verb, a commit
 * unless a stance trigger opens the sentence (extractCommitments.ts, `operativeTriggers`).
 */
export function operativeItem(sentence: SegmentedSentence, leadIn: LeadIn): Accepted | undefined {
  // "FURTHER REAFFIRM that …", "Also decide to …": the adverb before the verb, as a preamble's
  // "FURTHER REAFFIRMING".
  const adverb = ADVERB.exec(sentence.text)?.[0] ?? '';
  const rest = sentence.text.slice(adverb.length);
  const word = OPENING.exec(rest)?.[1];
  if (!word || NOT_A_VERB.test(word)) return undefined;
  // Read as the verb of "We …" (the declaring subject the item leaves out): a title-case or
  // capitalised word alone is often read as a noun or an acronym ("Reaffirm", "EXPRESS").
  const clause = `We ${word.toLowerCase()}${rest.slice(word.length)}`;
  const verb = tagTexts([clause])[0]?.[1];
  if (!verb?.tags.has('Infinitive')) return undefined;
  const trigger: Trigger = {
    stance: 'commit',
    start: adverb.length,
    end: adverb.length + word.length,
    text: word,
    needsSubject: false,
  };
  return { trigger, actors: [...leadIn.actors], operative: true };
}

/**
 * The triggers of an operative item: the one opening it is said by the declaring subject, or,
 * when its verb takes no stance ("PROMOTE the use of …"), the verb itself is that subject's
 * commit. The triggers after it resolve as in any sentence (a coordinated verb shares it).
 */
export function operativeTriggers(triggers: Trigger[], item: Accepted | undefined): Trigger[] {
  if (!item?.operative) return triggers;
  const opening = triggers.find((trigger) => trigger.start <= item.trigger.start);
  if (opening) {
    opening.operative = item.actors;
    return triggers;
  }
  return [{ ...item.trigger, operative: item.actors }, ...triggers];
}
