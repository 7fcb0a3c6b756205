/**
 * The meeting a statement reports, when it is named: in the title ("Joint Statement from the
 * Trilateral Meeting of the United States of America, Japan, and the Republic of Korea in New York
 * City") or as an event in the sentence saying who met.
 */
import { MONTHS } from '../rules/months';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { isMeetingPhrase } from './meetingPhrases';
import { describesTitleMeeting } from './ownMeetingDescriptions';
import type { EntityRegistry } from './registry';

/**
 * "Readout of … Meeting with Prime Minister Kishida (May 23, 2022)": the same title phrase names
 * different meetings over the years, so the name of the meeting a title reports carries the
 * statement's date (ISO `YYYY-MM-DD`); without a date the title phrase alone.
 */
function datedEventName(name: string, isoDate: string | undefined, through?: number): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  const month = parts ? MONTHS[Number(parts[2]) - 1] : undefined;
  if (!parts || !month) return name;
  const days = through ? `${Number(parts[3])}-${through}` : `${Number(parts[3])}`;
  return `${name} (${month} ${days}, ${parts[1]})`;
}

/**
 * Declares the meeting a title names. One occurrence, one node: the same title recurs for
 * different meetings ("President Joe Biden's Meeting with President Xi Jinping …" in Bali 2022 and
 * Lima 2024), so the statement's date is part of the id, and of the name too, "… (May 23, 2022)",
 * so two such nodes read apart in the explorer (gold ruling, session 14); the title's own wording
 * stays an alias.
 */
export function declareTitleMeeting(
  registry: EntityRegistry,
  name: string | undefined,
  isoDate: string | undefined,
  through?: number,
): { id: string; name: string } | undefined {
  if (!name) return undefined;
  const id = entityIdFor('Event', isoDate ? `${name} ${isoDate}` : name);
  const meeting = registry.ensure(id, 'Event', name);
  // A meeting held over days is named by them all, "(January 26-27, 2024)" (meetingDays).
  meeting.name = datedEventName(meeting.name, isoDate, through);
  meeting.aliases.add(name);
  return { id, name };
}

/**
 * Sentences that say who met: the first one carries the meeting's participants. "attended the
 * East Asia Summit" names the one official a multilateral readout reports on.
 */
export const MEETING_VERB =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:met|meet|meets|gathered|convened|held talks|attended|participated in|took part in)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** "met … for a …", "held their …", "This was a …", "During this …": the meeting reported. */
const OWN_IN_MEETING_SENTENCE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:for|held|hold|holds) (?:an?|their|the) $/;
const OWN_ANYWHERE =
  /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ’'])(?:[Tt]his|[Tt]his was (?:an?|the)|[Tt]he meeting was (?:an?|the)) $/;

/**
 * "hosted the Taoiseach for a virtual bilateral meeting", "met in a bilateral meeting", "following
 * a trilateral meeting yesterday", "held a virtual quadrilateral meeting with their counterparts"
 * (gold conventions 3.6: "held a call" is no Event; 2023-01-19): an indefinite description in an adjunct tells the format of a
 * meeting, it does not name one as a thing (gold conventions: no Event, 2021-03-01, 2021-03-17,
 * 2022-07-16). Unless it is the title's meeting, it is dropped; "will hold an in-person summit"
 * (an object) still names the summit to come, and "during a …" the occasion it was.
 */
const FORMAT_ONLY =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:for|in|at|to|following|after|with|via|by|held|hosted) (?:an?) $/i;
/** A meeting's format, not a visit: "during a historic state visit to Hanoi" is that trip. */
const FORMAT_HEAD =
  /^[^A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:meeting|summit)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/**
 * "invited the Prime Minister for an official state visit at a time to be agreed": a visit one is
 * invited for is a purpose, no visit named (gold 2023-05-16: no Event).
 */
const FOR_VISIT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for an?(?: [a-zß-öø-ɏḀ-ỿ]+)? $/i;

function formatOnly(surface: string, before: string): boolean {
  if (FORMAT_ONLY.test(before) && FORMAT_HEAD.test(surface)) return true;
  return FOR_VISIT.test(before) && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])visit$/.test(surface);
}

/**
 * "met … for a trilateral national security advisors meeting", "This was a historic trilateral
 * meeting", "During this NCG meeting": a lowercase description of the statement's own meeting is
 * another name of the meeting its title names (gold: an alias of that Event, not a second
 * meeting), so those hits are re-pointed to `meetingId` when there is one. The meeting reported
 * frames its sentences rather than being what they are about (gold: never in `about`), so the
 * hits are nested: declared, not put in `about`.
 */
export function ownMeetingMentions(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  meeting: { id: string; name: string } | undefined,
  meetingSentence: number | undefined,
): void {
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    for (const hit of [...hits]) {
      if (hit.type !== 'Event' || hit.nested) continue;
      if (meeting && repeatsTitleName(hit.text, meeting.name)) {
        hit.entityId = meeting.id;
        hit.nested = true;
        continue;
      }
      if (!isMeetingPhrase(hit.text)) continue;
      const before = sentence.text.slice(0, hit.start - sentence.start);
      const repeated = meeting ? titleWordsIn(hit.text, meeting.name) : undefined;
      const after = sentence.text.slice(hit.end - sentence.start);
      const own =
        repeated !== undefined ||
        OWN_ANYWHERE.test(before) ||
        (sentence.index === meetingSentence && OWN_IN_MEETING_SENTENCE.test(before)) ||
        (meeting !== undefined && describesTitleMeeting(hit.text, before, after, meeting.name));
      if (formatOnly(hit.text, before) && !(meeting && own)) {
        hits.splice(hits.indexOf(hit), 1);
        continue;
      }
      if (!own) continue;
      if (meeting) hit.entityId = meeting.id;
      if (repeated !== undefined && repeated.length < hit.text.length) {
        hit.text = repeated;
        hit.end = hit.start + repeated.length;
      }
      hit.nested = true;
    }
  }
}

/** The kind of gathering a title names: the head word that both names must share. */
const TITLE_HEAD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Meeting|Summit|Roundtable|Convening|Listening Session|Dinner|Call|Round|Talks|Consultations|Trilateral|Bilateral|Travel|Trip|Visit|Engagement)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * "Readout of First-Ever White House Summit on Extreme Heat" … "the White House Summit on Extreme
 * Heat brought together …": a capitalised name in the text that the title's meeting name contains,
 * word for word and with the same head, is that meeting, not a second one ("U.S.-Germany Economic
 * Dialogue" inside "Second Round of U.S.-Germany Economic Dialogue" is the dialogue, a Program).
 */
function repeatsTitleName(surface: string, meetingName: string): boolean {
  const head = TITLE_HEAD.exec(surface)?.[0];
  if (!head || head !== TITLE_HEAD.exec(meetingName)?.[0]) return false;
  return new RegExp(`(?:^|\\s)${escapeRegex(surface)}(?=\\s|$)`).test(meetingName);
}

/** "… summit at Camp David", "… meeting in Washington": where it is held, after the description. */
const VENUE = / (?:at|in) (?:the )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ].*$/;

/**
 * "for a trilateral leaders summit at Camp David" under the title "… on the Upcoming Trilateral
 * Leaders Summit of the United States, Japan, and the Republic of Korea": a lowercase description
 * whose every word the title's meeting name has, in order, is that meeting (gold 2023-07-28: an
 * alias "trilateral leaders summit"). The venue after it is where the meeting is held, which the
 * title does not say, so the alias is the description without it. Returns the words the title
 * repeats, or undefined. "the next trilateral summit" is not the title's "Trilateral Summit".
 */
function titleWordsIn(surface: string, meetingName: string): string | undefined {
  const bare = surface.replace(VENUE, '');
  const words = new RegExp(`(?:^|\\s)${escapeRegex(bare)}(?=\\s|$)`, 'i');
  return words.test(meetingName) ? bare : undefined;
}
