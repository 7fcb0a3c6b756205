/**
 * The purpose of an undertaking, when its verb carries another stance: "Australia will allocate
 * $219 million to support last-mile vaccine rollouts", "The U.S. plans to join six … Hubs to
 * support … projects" (gold README, sessions 14 A and 15 A: a purpose clause of a different
 * stance is its own commitment, the actors those of the governing clause; one of the same stance
 * stays folded in). Not after joint work ("They committed to close coordination to support their
 * nationals", "will work with our partners … to support"): the infinitive says what the work is
 * (CONVENTIONS §5, s34 ruling).
 */
import { STANCES_COMPILED } from '../rules/stanceRules';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import { CLAUSE_WORD, verbForm } from './clauses';
import { type Accepted, type Decision, skipWith } from './decision';

/**
 * A noun or verb that governs the infinitive after it, so the infinitive is its object, not a
 * purpose: "commitment to support", "efforts to support", "continue to support", "work to
 * support" ("help to support" is what is helped); so with a manner adverb between ("work
 * jointly to support", "work together to support").
 */
const GOVERNS_INFINITIVE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:commitments?|efforts?|endeavou?rs?|intent(?:ion)?s?|plans?|pledges?|resolve|resolution|determination|readiness|willingness|ability|abilities|capacity|capacities|opportunit(?:y|ies)|need|needs|obligations?|responsibilit(?:y|ies)|desire|wish|goal|objective|mission|mandate|decision|agreement|way|ways|time|continue[sd]?|continuing|work(?:s|ed|ing)?|help(?:s|ed|ing)?|seek(?:s|ing)?|sought|strive[sd]?|striving|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|agree[sd]?|agreeing|decided?|committed|commit(?:s|ting)?|pledged?|vow(?:s|ed)?|resolved?|ready|prepared|able|willing|determined|eager|keen|going|used|designed|intended|expected|set|poised)(?:\s+(?:together|[a-zß-öø-ɏḀ-ỿ]+ly))?\s+to$/i;

const STANCE_NOUN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:commitments?|pledges?|undertakings?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

const GOVERNS_ACROSS_OF =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:ability|abilities|capacity|capacities|efforts?|resolve|determination|readiness|willingness)\s+of\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){1,3}to$/i;

/** A verb of working together first in the undertaking: its infinitive says what the work is. */
const JOINT_WORK =
  /^\s*(?:(?:continue|further|also|closely|jointly)\s+)*(?:work|cooperate|collaborate|partner|coordinate|engage)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** The same work anywhere in the undertaking, in any form, or its noun ("close coordination"). */
const JOINT_WORK_IN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:work(?:s|ed|ing)?|cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|partner(?:s|ed|ing)?|coordinat(?:e|es|ed|ing)|team(?:s|ed|ing)?\s+up|(?:close|continued|joint)\s+(?:coordination|cooperation|collaboration))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:of|on)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

const ASPECT_CHAIN = /\s+to\s+(?:begin|start)\s+$/i;

/** Stances a purpose carries apart from the undertaking: support of someone, opposition. */
const PURPOSE_STANCES: ReadonlySet<string> = new Set(['support', 'oppose', 'welcome']);

/**
 * A meeting the actors undertake to hold ("will reconvene with Member States", "plan to convene a
 * forum", "will meet again within two months"): its purpose ("to discuss", "to review") is an
 * exchange of its own, `other` (gold README s15 A, s17 B, s24 D). Only after a meeting verb: an
 * exchange infinitive after any other object says what the object is for ("procedures to review").
 */
const MEETING_UNDERTAKING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:re)?(?:convene|meet|gather)s?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** "looks forward to participating in the upcoming … Summit to support …": a meeting looked forward to. */
const LOOK_FORWARD = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])look(?:s|ed|ing)?\s+forward\s+to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "plans to join six … Hubs to support …", "expand the number of investigators to support
 * prosecutions": a purpose of a folded stance after the undertaking's own object says what the
 * undertaking is for (CONVENTIONS §5, s39 ruling: 14 folded vs 5 split). Still split: after "look
 * forward to" a meeting the actors attend, whose purpose is a stance of its own (s38 ruling).
 */
function foldedPurpose(trigger: Trigger, governed: string, gap: readonly string[]): boolean {
  if (!STANCES_COMPILED.foldedPurposeStances.has(trigger.stance) || gap.length < 2) return false;
  if (!LOOK_FORWARD.test(governed)) return true;
  return !gap.some((word) => STANCES_COMPILED.backdropEvents.has(word.toLowerCase()));
}

export function undertakingPurpose(
  sentence: SegmentedSentence,
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  const previous = accepted[accepted.length - 1];
  if (previous?.trigger.stance !== 'commit') return undefined;
  if (verbForm(trigger) !== 'base') return undefined;
  const exchange = trigger.stance === 'other';
  if (!PURPOSE_STANCES.has(trigger.stance) && !exchange) return undefined;
  if (!/\sto$/.test(left) || GOVERNS_INFINITIVE.test(left)) return undefined;
  // The undertaking's object stands between: "allocate $219 million", "join six … Hubs" (not a
  // clause of its own, nor a further "to" whose verb the purpose would belong to).
  // "are deploying quickly to begin to support …": an aspect verb before the purpose's own verb
  // ("to begin to", "to start to") is part of the purpose.
  const between = sentence.text
    .slice(previous.trigger.end, trigger.start - 3)
    .replace(ASPECT_CHAIN, ' ');
  if (CLAUSE_WORD.test(between) || /[;:]/.test(between)) return undefined;
  if (
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+(?!(?:the|a|an|our|their|its|all|this|these)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ\d])[a-zß-öø-ɏḀ-ỿ]+\s/.test(
      between,
    )
  )
    return undefined;
  // An object between, or a manner adverb of a verb with none ("are deploying quickly to …").
  const gap = between.trim().split(/\s+/);
  if (gap.length < 2 && !/^[a-zß-öø-ɏḀ-ỿ]{3,}ly$/.test(gap[0] ?? '')) return undefined;
  // "pledges a new $200M commitment … to support", "reinforce the commitments they each made …
  // to support": what a stance noun commits to is its content; "the ability of each to
  // support": a noun governing the infinitive across its "of".
  const governed = `${previous.trigger.text}${between}`;
  if (STANCE_NOUN.test(governed) || GOVERNS_ACROSS_OF.test(left)) return undefined;
  // "pledge to work closely with ASEAN partners to support …": the joint work is the purpose;
  // so when the undertaking's own verb is that work ("will work with our partners … to
  // support", "committed to working with our partners to support", "committed to close
  // coordination to support": CONVENTIONS §5, s34 ruling).
  if (JOINT_WORK.test(between) || JOINT_WORK_IN.test(governed)) return undefined;
  // "promote and align initiatives to support …", "mobilize humanitarian relief to support …": a
  // means noun right before the infinitive is what does it (CONVENTIONS §5: folded).
  const head = /([a-zß-öø-ɏḀ-ỿ]+)\s*$/i.exec(between)?.[1]?.toLowerCase();
  if (head && STANCES_COMPILED.describedMeans.has(head)) return undefined;
  // "intend to refrain from imposing … and to support …": one more infinitive of the same "to"
  // head, folded into its one commitment (CONVENTIONS §5, s19 C to s23 C).
  if (
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to$/i.test(previous.trigger.text) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/i.test(between.trim())
  )
    return undefined;
  if (exchange && !MEETING_UNDERTAKING.test(governed)) return undefined;
  if (foldedPurpose(trigger, governed, gap)) return skipWith('complement-clause');
  return { accept: { trigger, actors: previous.actors, subject: previous.subject } };
}
