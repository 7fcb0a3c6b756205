/**
 * "World AIDS Day", "on Earth Day", "Labor Day": a name ending in "Day" is an observance (an
 * Event), but "Day" is also a surname ("vice Ramsey Coats Day", a nominee list) and ends a law
 * firm's name ("a partner at Jones Day"). Where the words before say it could be a person or a
 * workplace ("at", "vice", "the law firm": names.json personDayContexts), the name must show it
 * is an observance: an observance word in it ("World AIDS Day"), a possessive ("Mother’s Day") or
 * an observance context right before it ("on", "This", "mark"). Archive (sealed out, 265 "… Day"
 * Events in 242 statements): asking that of every "… Day" dropped 45 right observances ("Today,
 * Arbor Day reflects …") for 13 wrong names; a given name opening the name as the trigger dropped
 * 5 right ("Martin Luther King Jr. Day") for 4 wrong; these contexts drop the 5 wrong ones (Jones
 * Day, Ramsey Coats Day) and one right ("celebrated victories at Acceptance Day").
 */
import { caseless } from '../letters';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';

const CONTEXT_BEFORE = new RegExp(
  caseless(`(?:^|\\s)(?:${alternation(NAME_RULES.observanceContexts)})(?: the)? $`),
  'i',
);
const PERSON_CONTEXT_BEFORE = new RegExp(
  `(?:^|\\s)(?:${alternation(NAME_RULES.personDayContexts)}) $`,
  'u',
);

export function observedDay(text: string, at: number, name: string): boolean {
  if (!/ Day$/.test(name)) return true;
  const words = name.split(' ');
  if (words.some((word) => NAME_RULES.observanceModifiers.has(word) || /[’']s?$/.test(word)))
    return true;
  const before = text.slice(Math.max(0, at - 30), at);
  if (!PERSON_CONTEXT_BEFORE.test(before)) return true;
  return CONTEXT_BEFORE.test(before);
}
