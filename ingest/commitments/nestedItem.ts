/**
 * "Lay the groundwork for deeper collaboration …, within which the United States and the ROK
 * intend to launch a forum …": a subjectless list item whose own later clause takes a stance is
 * still the lead-in's item (its opening verb under the lead-in's stance), and the nested stance
 * stands beside it (gold 2023-12-08 U.S.-ROK CET fact sheet, where both are gold). Without the
 * item, the nested stance was read as the sentence's only one and the list ended there, so every
 * later item lost the lead-in (21 of that fact sheet's gold items).
 */
import type { Accepted } from './decision';

/**
 * Whether `item` (listItems.ts) stands beside the sentence's own stances: none of them opens the
 * sentence (then it is the item's own verb, "Support …", which decides), and no operative item
 * (operative.ts folds its verb into the triggers already).
 */
export function nestedInItem(
  item: Accepted | undefined,
  accepted: readonly Accepted[],
  text: string,
): boolean {
  if (!item || item.operative || accepted.length === 0) return false;
  if (accepted.some((own) => own.trigger.start < item.trigger.end)) return false;
  // "Subject to available resources, we intend to …", "Recognizing …, the leaders committed …":
  // the first stance's subject right after a comma is the main clause a fronted phrase leads
  // into, so the opening word is no verb of an item; a subject after a relative ("within which
  // the United States …") or a coordinator (", and the two sides …") is a clause inside it.
  // "Founding Alliance partners each commit …": a subject opening the sentence takes the
  // opening word into it, no verb.
  const subject = accepted[0]!.subject;
  if (!subject) return true;
  return subject.start >= item.trigger.end && !FRONTED_END.test(text.slice(0, subject.start));
}

/** The text before a subject ends in a comma, no relative word or coordinator between. */
const FRONTED_END = /,\s*$/;
