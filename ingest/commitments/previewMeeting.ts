/**
 * A travel preview's meeting with its hosts: "While in Brazil, the delegation will meet with
 * leaders to discuss …", "Singh will meet with Government of India officials to deepen
 * cooperation …". The meeting only carries its purpose, which is the stance, held by the
 * traveller and the hosts (gold 2021-08-02, 2022-01-26, 2022-03-29, 2023-05-09: none of the four
 * counts "will meet"; CONVENTIONS §5 By genre: a preview's agenda carries its verbs). A "will
 * meet with …" with no purpose stays an undertaking ("will also meet with the leaders of the
 * Quad", "will also meet separately with Prime Minister Netanyahu": gold 2022-04-27, 2024-07-24).
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';

/** "will meet", "will also meet" (the trigger of the meeting undertaking). */
const WILL_MEET = /^(?:will|shall)\s+(?:also\s+)?meet$/i;

/**
 * True when `meeting` is the "will meet" whose purpose `trigger` states ("will meet with … to
 * discuss"): the purpose then takes its place (meetingPurpose.ts).
 */
export function purposeOfMeeting(
  sentence: SegmentedSentence,
  meeting: Trigger,
  trigger: Trigger,
): boolean {
  if (!WILL_MEET.test(meeting.text) || meeting.end > trigger.start) return false;
  const between = sentence.text.slice(meeting.end, trigger.start);
  return (
    /^\s+with\s+[^;:]{1,200}?\s+to\s+$/.test(between) &&
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:who|which|that)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(between)
  );
}

/** Unnamed hosts: "leaders", "senior government officials", "counterparts" (no name among them). */
const UNNAMED_HOSTS =
  /^\s+with\s+(?:(?:senior|top|government|local|national|regional|host|[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+-level)\s+)*(?:leaders|officials|counterparts|authorities|government\s+officials)\s+to$/i;

/** "While in Brazil,", "In Argentina,", "When in Kinshasa,": where the preview's meeting is. */
const FRONTED_PLACE = /^(?:While|When|Once)?\s*[Ii]n\s+(?:the\s+)?\p{Lu}[^,;]{0,60},/u;

/**
 * The country hosting the traveller: a country named in "with Government of India officials"
 * ("with senior Haitian officials" has no hit), or, where the guests are unnamed officials or
 * leaders, the country of a fronted "While in X," (CONVENTIONS §7: generic officials stand for
 * their country). `guests` is the stretch from "with" to the purpose's "to".
 */
export function hostCountries(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  guests: { start: number; end: number },
): string[] {
  const within = countriesIn(hits, sentence.start + guests.start, sentence.start + guests.end);
  if (within.length > 0) return within;
  if (!UNNAMED_HOSTS.test(sentence.text.slice(guests.start, guests.end))) return [];
  const place = FRONTED_PLACE.exec(sentence.text);
  if (!place) return [];
  return countriesIn(hits, sentence.start, sentence.start + place[0].length);
}

/** The countries named (not inside a longer name) between two document offsets. */
function countriesIn(hits: readonly EntityHit[], start: number, end: number): string[] {
  return hits
    .filter((hit) => hit.type === 'Country' && !hit.nested && hit.start >= start && hit.end <= end)
    .map((hit) => hit.entityId);
}
