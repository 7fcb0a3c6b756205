/**
 * "met with President Sisi … to reaffirm …, consult on …, and advance the U.S.-Egypt
 * relationship", "will be in New Delhi to continue our consultations …, and advance …": an
 * undertaking verb joined by "and" to a meeting's or trip's purpose is one more purpose of the
 * travellers, a commitment of its own (CONVENTIONS §5: "met … to reaffirm …, consult on …, and
 * advance …" → three). The verbs are data (stances.json `purposeSeriesVerbs`); the verb is no
 * stance word of the vocabulary, so no other pass finds it. Only when no other "to" stands between
 * the purpose and the verb: "to discuss opportunities to strengthen …, enhance …" continues the
 * inner infinitive (gold 5 of 5 folded into the discussion).
 */
import { MEETING_PURPOSE, PRESENCE_PURPOSE } from './commitments/purposePatterns';
import { STANCES_COMPILED } from './rules/stanceRules';
import type { Trigger, Word } from './trigger';

/** "…, and advance", "… and further strengthen": the "and" before the verb, with an adverb. */
const JOINED = /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ])and\s+(?:also\s+|further\s+|[a-zß-öø-ɏḀ-ỿ]+ly\s+)?$/;

/**
 * An infinitive "to": not before a determiner, a name, a number or a word with a noun's ending
 * ("to the region", "to diplomacy", "to Tokyo"). Unlike presentOpening's INFINITIVE_BETWEEN, a
 * verb ending in "ss" or "ure" is a verb ("to discuss", "to address", "to ensure").
 */
const INFINITIVE =
  /^to\s+(?!(?:the|a|an|our|their|its|his|her|all|this|these|that|those|any|each|every|both|such|further|greater|more|date)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ\d]|[\wÀ-ÖØ-öø-ɏḀ-ỿ]+(?:ing|tion|sion|ment|ness|ance|ence|acy|ity|ism|ship|ics|ies|[^s]s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]/;

/** A "to": the infinitives' and the prepositions' alike. */
const TO = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/g;

/**
 * Where the last infinitive "to" of `left` ends (after "to"), or -1: "commitment to the U.S.-Egypt
 * strategic partnership" is a preposition (INFINITIVE's test of the word after it).
 */
function lastInfinitive(left: string): number {
  let last = -1;
  TO.lastIndex = 0;
  for (let match = TO.exec(left); match; match = TO.exec(left)) {
    if (INFINITIVE.test(left.slice(match.index, match.index + 60))) last = match.index + 2;
  }
  return last;
}

export function purposeSeriesTriggers(found: Trigger[], sentence: string, words: Word[]): void {
  const verbs = STANCES_COMPILED.purposeSeriesVerbs;
  for (const word of words) {
    if (!verbs.has(word.lower)) continue;
    const left = sentence.slice(0, word.start);
    if (!JOINED.test(left)) continue;
    const to = lastInfinitive(left);
    if (to < 0) continue;
    const purpose = left.slice(0, to);
    if (!MEETING_PURPOSE.test(purpose) && !PRESENCE_PURPOSE.test(purpose)) continue;
    if (found.some((other) => other.start < word.end && other.end > word.start)) continue;
    found.push({
      stance: 'commit',
      start: word.start,
      end: word.end,
      text: sentence.slice(word.start, word.end),
      needsSubject: true,
    });
  }
}
