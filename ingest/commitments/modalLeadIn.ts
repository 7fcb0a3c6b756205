/**
 * Modal lead-ins: "Together, the United States and Japan will: / Strengthen … / Support …", "With
 * the above in mind, we will:", "Over the next year, the United States will:". The lead-in ends on
 * its modal and leaves the verb to each item, as "We intend to:" leaves its infinitive (CONVENTIONS
 * §5 By genre, joint statements: each item is a commitment of the lead-in's actors). No stance
 * verb stands in the lead-in, so none decides for the items: each reads as "the United States
 * will support …" does, its own verb deciding (support, encourage; any other verb commit), the
 * operative items' reading (operative.ts). Only a party's "will:" is its undertaking: a plan's,
 * law's, framework's or new body's ("The Bipartisan Infrastructure Framework will:", "It will:")
 * is a remit, no commitment (CONVENTIONS §5), and opens nothing. Which words are modals is data
 * (data/rules/action-lists.json).
 */
import { type ActorContext, subjectBefore } from '../resolveActors';
import { ACTION_LISTS } from '../rules/actionLists';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import type { LeadIn } from './listItems';

const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';
const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** "… will:", "… shall also:", "… will continue to:": the modal and what may follow it. */
const MODAL_END = new RegExp(
  `(?<![${LETTER}])(${words(ACTION_LISTS.modals)})(?:\\s+(?:${words(ACTION_LISTS.modalAdverbs)}))*\\s*:["'”’)]*\\s*$`,
  'i',
);

/** "… a new Working Group, which will:": a relative clause's modal is the antecedent's remit. */
const RELATIVE_BEFORE = /(?:^|[\s,])(?:that|which|who|whose)\s*$/i;

/**
 * What may stand before the subject: nothing, a fronted phrase closed by a comma ("Together,",
 * "Over the next year,") or the "that" of a complement ("… announced that the Administration
 * will:"), a determiner the subject's hit may leave out. "… standards proposed today by the Biden-Harris Administration will:" has the
 * standards as subject, the Administration only their agent.
 */
const SUBJECT_OPENS =
  /(?:^|,|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that)\s*(?:(?:the|our|my|his|her|its|their)\s+)?$/i;

/** Actor ids a party's undertaking can have: a country (or a grouping's members) or an official. */
const PARTY_ID = /^(?:country|official):/;

/**
 * The lead-in a sentence ending on "<party> will:" opens, when the sentence found no commitment
 * of its own (a stance verb's lead-in, "We intend to:", is listItems.ts's). Its items take their
 * own verbs' stances (`declared`), their subject the lead-in's.
 */
export function modalLeadIn(
  sentence: SegmentedSentence,
  context: ActorContext,
  hits: EntityHit[],
): LeadIn | undefined {
  const modal = MODAL_END.exec(sentence.text);
  if (!modal) return undefined;
  const before = sentence.text.slice(0, modal.index);
  if (RELATIVE_BEFORE.test(before)) return undefined;
  // Who "They"/"He" stands for next is this subject only when it speaks (subjectBefore carries it).
  const { lastPlural, lastSingular, lastPerson } = context;
  const subject = subjectBefore(context, sentence, hits, modal.index);
  const actors = subject?.actors ?? [];
  const party = (id: string) => PARTY_ID.test(id) || context.signatories.includes(id);
  const opens = subject !== undefined && SUBJECT_OPENS.test(before.slice(0, subject.start));
  if (!opens || actors.length === 0 || !actors.every(party)) {
    Object.assign(context, { lastPlural, lastSingular, lastPerson });
    return undefined;
  }
  return {
    stance: 'commit',
    actors: [...actors],
    paragraph: sentence.paragraph,
    taken: false,
    passed: 0,
    declared: true,
    modal: true,
  };
}
