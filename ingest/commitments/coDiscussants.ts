/**
 * Who a discussion is held with. "Finer discussed with President Saied the urgent need …", "I spoke
 * with Prime Minister Netanyahu about …", "which she discussed with Prime Minister Kishida": the
 * official right after the verb's "with" is a co-discussant, an actor of the `other` beside its
 * subject, as the one met is in a meeting's purpose ("spoke with X to discuss …", clauses.ts
 * `partners`; CONVENTIONS §7 Readouts: a recalled discussion is `other` of both named leaders).
 * Gold 4 of 4 such sentences (2021-08-13, 2023-01-13, 2023-10-07, 2023-10-14). Only an official
 * counts: a body consulted is consulted, no co-actor ("We continue to consult with the IAEA", gold
 * 2023-03-13, 2024-09-17), and a "with" after the object ("discussed his plans … with President
 * Putin", "discussed ongoing efforts with allies") is the object's, not the verb's.
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../trigger';
import type { EntityHit } from '../types';

/** The discussion verbs whose "with" names who takes part (a bare trigger: no object between). */
const DISCUSSION_VERB = /^(?:(?:also|further)\s+)?(?:discussed|spoke|talked|conferred)$/i;

/** "with" right after the verb, past a few adverbs ("spoke today by phone with"). */
const WITH_NEXT =
  /^(?:\s+(?:today|also|again|yesterday|separately|further|briefly|virtually|by\s+(?:phone|telephone|video(?:\s*conference)?)))*\s+with\s+/i;

/** What may stand between "with" and the official's name: a title, "His Majesty", "the". */
const TITLE_LEAD = /^(?:(?:the|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)\s+){0,5}$/;

/** Between two co-discussants: "of France and Chancellor …", ", and President …". */
const NEXT_OFFICIAL =
  /^(?:\s+of\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s*){1,4})?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)\s+){0,5}$/;

/** The officials a discussion verb's "with" names, in order; none for any other trigger. */
export function coDiscussants(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  trigger: Trigger,
): string[] {
  if (trigger.stance !== 'other' || !DISCUSSION_VERB.test(trigger.text.trim())) return [];
  const withNext = WITH_NEXT.exec(sentence.text.slice(trigger.end));
  if (!withNext) return [];
  const officials = hits
    .filter((hit) => hit.type === 'Official' && !hit.nested)
    .map((hit) => ({ ...hit, at: hit.start - sentence.start }))
    .filter((hit) => hit.at >= trigger.end + withNext[0].length)
    .sort((a, b) => a.at - b.at);
  const found: string[] = [];
  let from = trigger.end + withNext[0].length;
  for (const hit of officials) {
    const gap = sentence.text.slice(from, hit.at);
    if (!(found.length === 0 ? TITLE_LEAD : NEXT_OFFICIAL).test(gap)) break;
    found.push(hit.entityId);
    from = hit.end - sentence.start;
  }
  return [...new Set(found)];
}
