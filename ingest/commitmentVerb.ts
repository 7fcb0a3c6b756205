/**
 * Cuts a "{verb} {possessive} commitment" trigger back to its verb when the commitment is the
 * subject of a clause of its own; separate from stances.ts, which finds the triggers.
 */
import { STANCES_COMPILED } from './rules/stanceRules';
import type { Trigger } from './stances';

/** The noun a "{verb} {possessive} commitment" frame ends in. */
const COMMITMENT_NOUN = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:commitments?|determination|resolve)$/i;
/**
 * A finite verb later in the clause: the noun phrase is the subject of a clause of its own. Not
 * one inside a relative clause ("… to ensure a region that is free"): that verb has its own subject.
 * Nor the noun "remains" ("our commitment to … bring home the remains of those deceased": gold
 * 2024-04-23 keeps the commitment).
 */
const FINITE_LATER =
  /^(?:(?!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|who)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[^;,])*?\s(?:is|are|(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|their|his|her|its)\s)remains?(?!\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))|was|were|has been|have been)\s/i;

/**
 * "highlighted the U.S. commitment to extend deterrence … is backed by …": a "that"-less
 * complement clause whose subject is the commitment; the verb keeps its own stance.
 */
export function zeroThatComplement(trigger: Trigger, sentence: string): void {
  if (trigger.stance !== 'commit' || !COMMITMENT_NOUN.test(trigger.text)) return;
  if (!FINITE_LATER.test(sentence.slice(trigger.end))) return;
  const verb = verbOnly(trigger);
  if (verb) Object.assign(trigger, verb);
}

/**
 * The trigger cut back to its stance verb with the verb's own stance ("highlighted Myanmar's
 * commitment" → "highlighted", recognize), or undefined when the phrase has no stance verb.
 */
export function verbOnly(trigger: Trigger): Trigger | undefined {
  const words = trigger.text.split(' ');
  const verbAt = words.findIndex((word) => STANCES_COMPILED.forms.has(word.toLowerCase()));
  const verb = STANCES_COMPILED.forms.get(words[verbAt]?.toLowerCase() ?? '');
  if (!verb) return undefined;
  const text = words.slice(0, verbAt + 1).join(' ');
  return { ...trigger, stance: verb.stance, text, end: trigger.start + text.length };
}
