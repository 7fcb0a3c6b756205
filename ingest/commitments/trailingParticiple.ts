/**
 * "All three countries joined the Net Zero Government Initiative, committing to achieving …",
 * "The United States remains the largest contributor …, while also supporting …": a participle
 * that trails a main clause which itself takes no stance is the stance of that clause's subject,
 * when a party of the statement opens the sentence (gold README: participial stance phrases count;
 * session 10: a trailing "while V-ing" of the actors' own is a commitment of its own). After a
 * stance verb the participle is handled by sharedSubject.ts (a plain "…, supporting" continuing a
 * stance stays part of it).
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { CLAUSE_WORD, isParty, verbForm } from './clauses';
import type { Accepted } from './decision';

/** What sets the participle off from the main clause: a comma or dash, or ", while". */
const SET_OFF = /(?:,|\s[—–])(?:\s+while)?$/;

/**
 * The main clause's finite verb: a past form (regular or a common irregular one), or a present
 * verb of being, remaining or joining ("remains the largest contributor", "joins the call").
 */
const MAIN_VERB =
  /(?:^|\s)(\p{Ll}+ed|met|held|spoke|took|made|gave|sent|stood|led|brought|began|became|is|are|was|were|remains?|joins?|stands?|continues?)\s/gu;

export function trailingParticiple(
  sentence: SegmentedSentence,
  hits: EntityHit[],
  context: ActorContext,
  trigger: Trigger,
  left: string,
): Accepted | undefined {
  if (verbForm(trigger) !== 'ing' || !SET_OFF.test(left)) return undefined;
  const cut = left.search(SET_OFF);
  const head = sentence.text.slice(0, Math.min(cut, 160));
  MAIN_VERB.lastIndex = 0;
  for (let match = MAIN_VERB.exec(head); match; match = MAIN_VERB.exec(head)) {
    const at = match.index + match[0].indexOf(match[1]!);
    // The main clause runs on to the comma with no clause of its own in between ("…, which
    // joined …, committing" belongs to the relative clause).
    if (CLAUSE_WORD.test(sentence.text.slice(at, cut))) return undefined;
    const subject = subjectBefore(context, sentence, hits, at);
    if (!subject || subject.actors.length === 0) continue;
    // Only a subject that opens the sentence, after at most one fronted adjunct ("In April
    // 2024, President Biden hosted …"); a title before the name still opens it.
    const opener = sentence.text.slice(0, subject.start).replace(TITLE_BEFORE, '');
    if (!/^(?:[^,]*,)?\s*$/.test(opener)) return undefined;
    if (!isParty(context, subject.actors, hits)) return undefined;
    return { trigger, subject, actors: subject.actors, trailing: true };
  }
  return undefined;
}
