/**
 * "discussed the steps we are taking to fulfill them", "recognized steps that Mexico is taking to
 * expand …", "reviewed progress towards … the goals Mexico announced at COP27": an undertaking in
 * a relative clause on the object of a discussion or recognition (stances.json
 * `objectFoldingStances`) describes what is discussed or noted; it is folded into that verb's
 * commitment, no commitment of its own (CONVENTIONS §5: "A progressive or 'will' undertaking
 * inside a discussed or noted object is folded", s23 A, s28 B, s29 D; gold 2022-10-21,
 * 2023-01-09, 2023-05-02, 2023-07-27, 2023-11-17, 2023-12-28, 2024-06-03 all fold it, and no
 * gold commitment stands in such a clause). A "that" complement of the verb itself ("noted that
 * the U.S. will continue to provide …") has no head noun before "that" and keeps its stance.
 * A reduced relative whose verb's object is gapped ("The steps we announce today will help …") is
 * no commitment either (`inReducedRelative`).
 */
import { STANCES_COMPILED } from './rules/stanceRules';
import type { Trigger } from './trigger';
import { REDUCED_RELATIVE_AFTER, REDUCED_RELATIVE_BEFORE } from './undertakingPatterns';

/**
 * The undertakings a relative clause states: a progressive ("is taking", "are working"), a past
 * "-ed" verb ("announced"), "will V" or "plan(s) to"; not a stance verb's own frame ("agreed
 * to", "committed to"), which a coordinated main clause opens.
 */
const UNDERTAKING =
  /^(?:(?:is|are|am|has been|have been)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+|also\s+|now\s+|already\s+)?[a-zß-öø-ɏḀ-ỿ]+ing(?: to)?|will\s+[a-zß-öø-ɏḀ-ỿ]+|[a-zß-öø-ɏḀ-ỿ]+ed|plans? to)$/;

/**
 * The end of the text between the outer verb and the undertaking: a lowercase head noun (no
 * -ing form, which would be a participle of its own: "underscoring that …"; no function word:
 * "noted that the United States is …" is the verb's own complement), an optional
 * "that"/"which" ("in which", "for which" …), then the clause's subject, a pronoun or a name
 * ("the United States", "Allies", "the Biden administration", "G20 nations"), and adverbs.
 */
const RELATIVE_TAIL =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?![a-zß-öø-ɏḀ-ỿ]+ing\s)(?!(?:that|which|and|or|but|to|of|as|if|than|on|in|for|with|by|at|from|how|what|whether|when|where|while|the|a|an|this|these|those|its|their|our|his|her|my|your)\s)[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ’'-]*\s+(?:(?:that|which)\s+|(?:in|on|for|through|by|to|toward|towards)\s+which\s+)?(?:we|they|(?:(?:the|our|my)\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*|and|of|the))*(?:\s+(?:administration|government|nations|countries))?)\s+(?:(?:also|now|already|jointly|currently)\s+)?$/;

/** Whether `trigger` is an undertaking in a relative clause on the object of an earlier verb. */
export function inObjectRelative(sentence: string, trigger: Trigger, chosen: Trigger[]): boolean {
  if (trigger.stance !== 'commit' || !UNDERTAKING.test(trigger.text)) return false;
  // The nearest trigger before it: the verb whose object the clause describes.
  let outer: Trigger | undefined;
  for (const other of chosen) if (other.end <= trigger.start) outer = other;
  if (!outer || !STANCES_COMPILED.objectFoldingStances.has(outer.stance)) return false;
  const between = sentence.slice(outer.end, trigger.start);
  // (The tail is a head noun and a short subject: its last 120 characters bound the search.)
  return !between.includes(';') && RELATIVE_TAIL.test(between.slice(-120));
}

/**
 * "Even beyond the measures we are announcing today, we are …", "The steps we announce today
 * will help …": a reduced relative clause (no "which"/"that") whose verb has its object gapped
 * identifies a thing by the act already stated; it is no commitment of its own (gold README
 * 2022-02-26 and 2023-03-13: 24 C). A time noun before "we" ("In the coming days we will …")
 * is an adverbial, not a head noun.
 */
export function inReducedRelative(sentence: string, trigger: Trigger): boolean {
  const left = sentence.slice(Math.max(0, trigger.start - 80), trigger.start);
  // Most triggers follow no bare "we"/"they": skip the pattern (a bounded window keeps it linear).
  if (!/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:we|they)\s+$/i.test(left)) return false;
  if (!REDUCED_RELATIVE_BEFORE.test(left)) return false;
  return REDUCED_RELATIVE_AFTER.test(sentence.slice(trigger.end));
}
