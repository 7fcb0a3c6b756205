/**
 * A second verb under one modal, of another stance than the first ("We must stand with workers and
 * empower them to …"), as a commitment of its own: pushed onto a sentence's triggers by
 * findTriggers (stances.ts).
 */
import { hasVerbReading } from './entities/wordReadings';
import { STANCES_COMPILED } from './rules/stanceRules';
import type { Trigger } from './trigger';
import { MODAL_SECOND_PARTNER, MODAL_SECOND_VERB } from './undertakingPatterns';

/** A personal pronoun as the object right after a verb ("provide them", "help us"). */
const PRONOUN_OBJECT = /^\s+(?:them|him|her|us|it)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "We must stand with workers and empower them to …": one modal governs two verbs of different
 * stance, so the second is a commitment of its own (gold README session 15 C, 2023-09-20). Only
 * where the modal's frame is no undertaking (a commit already covers the series, sharedModal.ts),
 * and only a word with a verb reading before a determiner or pronoun object, so "stand with
 * workers and their families" stays one support.
 */
export function coordinatedUndertakings(found: Trigger[], sentence: string): void {
  const count = found.length;
  for (let k = 0; k < count; k++) {
    const trigger = found[k]!;
    const stance = trigger.ownStance ?? trigger.stance;
    if (!/^(?:will|shall|must)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text)) continue;
    // ("will continue to support refugees and protect those in need" stays one: a continuation
    // carries its series, gold 2024-02-24; but a second verb that takes the first one's object
    // up again as a pronoun is an act of its own, "will continue to support the Ukrainian people
    // and provide them with security assistance", gold 2022-09-23.)
    const continued = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])continue(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text);
    if (stance === 'commit' || stance === 'call' || stance === 'other') continue;
    const rest = sentence.slice(trigger.end);
    // (A verb of working together is one by the list, "partner" having no verb reading alone.)
    const partner = MODAL_SECOND_PARTNER.exec(rest);
    const listed = partner && STANCES_COMPILED.partnerVerbs.has(partner[1]!.toLowerCase());
    const match = MODAL_SECOND_VERB.exec(rest) ?? (listed ? partner : null);
    const verb = match?.[1];
    if (!match || !verb || (match !== partner && !hasVerbReading(verb.toLowerCase()))) continue;
    const start = trigger.end + match.index + match[0].length - verb.length;
    if (continued && !PRONOUN_OBJECT.test(sentence.slice(start + verb.length))) continue;
    if (found.some((other) => other.start < start + verb.length && other.end > start)) continue;
    found.push({
      stance: 'commit',
      start,
      end: start + verb.length,
      text: verb,
      needsSubject: true,
    });
  }
}
