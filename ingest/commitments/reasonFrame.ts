/**
 * A leading reason or cause frame ("In response to the entry of North Korean soldiers into this
 * war, the President has decided …", "Given the deteriorating security environment in Europe, we
 * reaffirm …"): why the parties act, not what their stance is about, so its entities and topics
 * stay out of the main clause's `about` (CONVENTIONS §5 Context, §8 Not in `about`; the frame
 * openers and the gold count are in data/rules/reason-frames.json).
 */

import { z } from 'zod';
import framesJson from '../../data/rules/reason-frames.json';
import { caseless } from '../letters';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';

const words = z.array(z.string().min(1)).min(1);

const RULES = parseRules(
  'rules/reason-frames.json',
  z.object({ leads: words, sentenceAdverbs: words }),
  framesJson,
);

/** A word list as an alternation whose words may be split by any run of white space. */
const spaced = (items: readonly string[]): string => alternation(items).replace(/ /g, '\\s+');

/** "In light of ", "Today, in the face of ": a frame opener at the sentence start. */
const LEAD = new RegExp(
  caseless(`^(?:(?:${spaced(RULES.sentenceAdverbs)}),\\s+)?(?:${spaced(RULES.leads)})\\s`),
  'i',
);

/** Whether the sentence opens with a reason frame (its opening adjunct then gives no topics). */
export function opensWithReason(sentence: string): boolean {
  return LEAD.test(sentence);
}

/**
 * Where a leading reason frame ends, for the clause whose trigger starts at `triggerStart`: after
 * the frame's first comma, or, when the clause's subject starts later, after the last comma
 * before that subject (a frame with a list of its own: "Given the arrests, the silencing of the
 * media, and …, we will …"; but "In view of these developments, President Biden and President
 * Yoon send a message that the United States and the ROK will …" ends at its first comma); 0 when
 * the sentence opens with no such frame or the trigger is inside it (a stance of the frame's own).
 */
export function reasonFrameEnd(
  sentence: string,
  triggerStart: number,
  subject?: { start: number },
): number {
  const lead = LEAD.exec(sentence);
  if (!lead) return 0;
  const comma = sentence.indexOf(',', lead[0].length);
  if (comma < 0 || comma >= triggerStart) return 0;
  if (subject && subject.start > comma && subject.start <= triggerStart)
    return sentence.lastIndexOf(',', subject.start) + 1;
  return comma + 1;
}
