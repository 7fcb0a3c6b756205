/**
 * "attacks against civil facilities in Jizan, Najran, and Dhahran", "engagements in Dublin,
 * County Louth, and County Mayo", "meetings in Honolulu, Palm Springs, Detroit, and Seattle": a
 * list a locative opens with a known place names places throughout, also the towns no lexicon
 * or gazetteer holds (gold: 5 of 5 such items declared as `Region`s, none of them found before).
 */
import { candidateAt, isPlace } from './candidateAt';
import { type ListItem, listItems } from './listItems';
import { LOCATOR_ENDS, NOT_PLACE, overlapping, PLACE } from './locators';
import type { Candidate } from './matchLexicon';
import type { OfficialFinding } from './officials';

/**
 * Three items or more after a locative, the last after "and". "of" and "to" are left out: "the
 * Departments of State, Interior, Defense" and "the counties of Boyd, Breathitt, …" list no
 * places of a narrative (helpers' sample), and two items are the gazetteer's coordination.
 */
const LIST = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at|near|outside|around) (${PLACE}(?:, ${PLACE})+,? and ${PLACE})`,
  'gu',
);
const SEPARATOR = /,? and |, /g;

export function listedPlaces(
  text: string,
  offset: number,
  matched: readonly Candidate[],
  lexical: readonly Candidate[],
  officials: readonly OfficialFinding[],
): Candidate[] {
  const out: Candidate[] = [];
  // Most sentences hold no list or no place at all: nothing to try the pattern on.
  if (!text.includes(' and ') || !lexical.some(isPlace)) return out;
  LIST.lastIndex = 0;
  for (let match = LIST.exec(text); match; match = LIST.exec(text)) {
    const listStart = match.index + match[0].length - match[1]!.length + offset;
    const items = listItems(match[1]!, listStart, SEPARATOR);
    const last = items[items.length - 1]!;
    // "in Aqaba, Jordan and Sharm el-Sheikh": the last item must end where the clause goes on,
    // unless a serial comma closes the list ("attacks … in Jizan, Najran, and Dhahran are acts of
    // terrorism", gold 2022-03-25): no located place ends one so, and the verb is the clause's.
    const serial = text.slice(last.start - offset - 6, last.start - offset) === ', and ';
    if (!serial && !LOCATOR_ENDS.test(text.slice(last.end - offset))) continue;
    const hitsOf = (item: ListItem) =>
      matched.filter((hit) => hit.type !== 'Topic' && overlapping(hit, item));
    // The list opens with a known place, whole: "in Latin American, Caribbean, and Iberian
    // Studies" opens with none.
    if (
      !lexical.some(
        (hit) => isPlace(hit) && hit.start === items[0]!.start && hit.end === items[0]!.end,
      )
    )
      continue;
    // A known body or person among the items makes a list of anything ("in Washington, NATO,
    // and …"), not of places.
    if (items.some((item) => hitsOf(item).some((hit) => !isPlace(hit)))) continue;
    for (const item of items.slice(1)) {
      // A name kept is found as one already (and a city it follows may take it for its locator);
      // a gazetteer name out of place alone after a bare comma ("Najran") is a place here.
      if (lexical.some((hit) => overlapping(hit, item)) || NOT_PLACE.test(item.text)) continue;
      if (officials.some((official) => overlapping(official.span, item))) continue;
      out.push(candidateAt('Region', item.text, item.start, 'listed'));
    }
  }
  return out;
}
