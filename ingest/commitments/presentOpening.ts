/**
 * The subject of a sentence's opening present verb, for a stance joined to it by "and": "The two
 * Presidents share common values … and commit to …", "France and the United States co-chair the
 * coalition … and intend to …", "The United States and India stand together to counter … and
 * unequivocally condemn …". Long joint statements open many sentences with a plain present verb
 * that carries no stance; the stance after "and" is still the subject's.
 */
import { type ActorContext, type Subject, subjectBefore } from '../resolveActors';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { CLAUSE_WORD } from './clauses';

/**
 * An infinitive between two verbs: the later verb may be one more verb of it ("agreed to work
 * together and support …": what was agreed). A word after "to" that is a determiner, a name, an
 * -ing form or has a noun's ending ("to diplomacy", "to the region") is a preposition's object.
 */
export const INFINITIVE_BETWEEN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+(?!(?:the|a|an|our|their|its|his|her|all|this|these|that|those|any|each|every|both|such|further|greater|more)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ\d]|[\wÀ-ÖØ-öø-ɏḀ-ỿ]+(?:ing|tion|sion|ment|ness|ance|ence|acy|cy|ity|ty|ism|ship|ure|ics|ies|s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]/;

/** Words that follow a subject's first word without being its verb ("France and …", "the …"). */
const NOT_VERB =
  /^(?:and|or|the|a|an|of|in|on|at|for|with|to|as|by|from|our|their|its|two|three|four|both|all|each|other|new|own)$/;

/**
 * A trigger opening with a finite "is", "are" or "has" ("… and is undertaking a process", "… and
 * are taking joint steps"): an infinitive never continues with one, so an infinitive between
 * ("has taken strong action to promote … and is undertaking …") does not take the verb.
 */
const FINITE_TRIGGER = /^(?:is|are|has)\s/i;

/** "continue to be supportive of … and commend …": a copula's complement is no verb's object. */
const TO_BE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+be(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/g;

export function presentOpeningSubject(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
): Subject | undefined {
  const head = sentence.text.slice(0, Math.min(trigger.start, 160));
  const word =
    /(?:^|\s)([a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*)(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))/g;
  for (let match = word.exec(head); match; match = word.exec(head)) {
    if (NOT_VERB.test(match[1]!)) continue;
    const at = match.index + match[0].indexOf(match[1]!);
    const subject = subjectBefore(context, sentence, hits, at);
    if (!subject || subject.actors.length === 0) continue;
    // Only a subject that opens the sentence or its first clause ("On X, the leaders …").
    const opener = sentence.text.slice(0, subject.start).replace(TITLE_BEFORE, '');
    if (!/^(?:[^,]*,)?\s*$/.test(opener)) return undefined;
    const between = sentence.text.slice(at, trigger.start).replace(TO_BE, '');
    if (CLAUSE_WORD.test(between)) return undefined;
    if (INFINITIVE_BETWEEN.test(between) && !FINITE_TRIGGER.test(trigger.text)) return undefined;
    return subject;
  }
  return undefined;
}
