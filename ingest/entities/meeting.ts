/**
 * The meeting a statement reports, when it is named: in the title ("Joint Statement from the
 * Trilateral Meeting of the United States of America, Japan, and the Republic of Korea in New York
 * City") or as an event in the sentence saying who met.
 */
import type { Lexicon } from '../lexicon';
import { MONTHS } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { isMeetingPhrase } from './meetingPhrases';
import { describesTitleMeeting } from './ownMeetingDescriptions';
import type { EntityRegistry } from './registry';
import { meetingOfTitleForm } from './titleMeetingForms';

let pattern: RegExp | undefined;

function meetingPattern(lexicon: Lexicon): RegExp {
  if (pattern) return pattern;
  const countries = lexicon.aliases
    .filter(
      (alias) => !alias.adjectival && lexicon.entities.get(alias.entityId)?.type === 'Country',
    )
    .map((alias) => alias.alias)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const country = `(?:the )?(?:${countries})`;
  // The countries end a word: "Meeting of the U.S.-Israel Strategic Consultative Group" names a
  // body's meeting, not a "Meeting of the U.S." (holdout S, 2024-04-01).
  pattern = new RegExp(
    `((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]* )*(?:Meeting|Summit|Dialogue|Talks|Consultations|Conference|Ministerial)) (?:of|between|among) (${country}(?:(?:, and |, | and )${country})*)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-]|\\.[\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  );
  return pattern;
}

/**
 * A readout's title names the meeting it reports: "Readout of Vice President Harris's Meeting with
 * President Yoon …", "Joint Readout of Trilateral Meeting Between …": an Event even when the body
 * only says who met (gold conventions: declared with no alias then). So is the call or the
 * trilateral it reports ("Readout of President Biden's Call with President-Elect Yoon …",
 * "… Biden's Trilateral with President Yoon … and Prime Minister Kishida"): a conversation between
 * the named officials, whatever the medium. "… Sullivan’s Meetings with President Abbas" (gold
 * 2023-12-15) is one Event named by the title; a bare plural ("AUKUS Joint Steering Group
 * Meetings", gold 2021-12-17) lists separate meetings, so only "Meetings with" counts. Who gives
 * the readout may come first: "Readout by NSC Spokesperson Emily Horne of … Sullivan’s Meeting
 * with …" (gold 2021-07-20).
 */
const READOUT_OF_MEETING =
  /^(?:Joint )?Readout (?:(?:by|from) .+? )?of (?:the )?(.*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Meeting(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?:Meetings|Call|Trilateral|Bilateral) with(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])).*)$/i;

/**
 * "Readout of White House Roundtable on Increasing Tribal Access to Capital", "… of Vice President
 * Harris’s Dinner with Business Executives …", "… of First Convening of Lawyers …", "… of
 * First-Ever White House Summit on Extreme Heat": a readout reports the gathering its title names,
 * whatever its format (gold conventions: the meeting a readout's title names is its Event). Only
 * capitalised words (and "and", "of", "for") before the head: "Participation in the U.S.-ASEAN
 * Summit" reports the official's part in a summit named in its own words. Archive sample: 14
 * such titles, all 14 readouts of that gathering.
 */
const READOUT_OF_GATHERING =
  /^(?:Joint )?Readout (?:of|from) (?:the )?((?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'&+-]*|and|of|for) ){0,10}(?:Roundtable(?: Discussion)?|Convening|Listening Session|Summit|Dinner|Engagement with)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).*)$/;

/**
 * A spokesperson's statement or readout on an official's meeting or call ("Statement by NSC
 * Spokesperson … on National Security Advisor Jake Sullivan’s Meeting with …", "Readout from NSC
 * Spokesperson … on …", "Joint Statement on … Sullivan’s Meeting with …") reports it like a
 * readout "of" it (gold 2021-05-10, 2021-05-24: the title phrase is the Event), a call by its
 * medium too ("… Sullivan’s Phone Call with Kuwaiti Prime Minister …", gold 2022-08-11).
 */
const STATEMENT_ON_MEETING =
  /^(?:(?:Joint )?Statement|Readout)(?: (?:by|from) .+?)? on (.*[’']s (?:(?:Phone|Telephone|Video) )?(?:Meeting|Call|Trilateral|Bilateral)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).*)$/i;

/**
 * The same without the possessive "’s": "… on President Joe Biden and Vice President Kamala
 * Harris’ Meeting with Republican Senators", "… on Vice President Kamala Harris Meeting With
 * Private Sector Leaders", "Readout from NSC Spokesperson on National Security Advisor Jake
 * Sullivan Meeting with …", "… on Meeting with the Family of George Floyd". Only capitalised words
 * (and "and") before the head, so "on Support for Ukraine and Call with …" is no meeting
 * statement. Archive sample: 4 such titles, all 4 statements on that meeting. A press secretary's
 * "… on the Bilateral Meeting Between President Joe Biden and President …" announces the meeting
 * it names (gold 2022-06-28, 2023-11-07, 2023-11-13: the title phrase is the Event, 3 of 3).
 */
const ON_UNPOSSESSED_MEETING =
  /^(?:Statement|Readout) (?:[Bb]y|[Ff]rom) .+? on (?:the )?((?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*|and) )*?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*[’'] )?(?:Meeting|Call|Trilateral|Bilateral) (?:[Ww]ith|[Bb]etween) .+)$/;

/**
 * "Joint Statement Following the Meeting Between President Biden and President Macron", "Joint
 * Statement from Canada, Mexico and the United States following the First North America
 * Trilateral Fentanyl Committee Meeting" (gold 2023-04-14): a joint statement issued after the
 * meeting its title names (between officials, not countries); who issues it may come first.
 */
const STATEMENT_FOLLOWING_MEETING =
  /^Joint Statement (?:(?:by|from|of) .+? )?(?:[Ff]ollowing|[Aa]fter) (?:the )?((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]* )*Meeting(?: (?:Between|of|with) .+)?)$/;

/**
 * "Joint Statement by President Joe Biden and President Luiz Inácio Lula da Silva Following Call":
 * the call has no title phrase of its own, so it is named by who spoke, "Call between President
 * Joe Biden and President …" (gold 2023-01-09, session 8's title call).
 */
const STATEMENT_FOLLOWING_CALL =
  /^Joint Statement (?:by|from) (.+? and .+?) (?:Following|After) (?:the |Their )?((?:Phone |Telephone |Video )?Call)$/i;

/**
 * "Joint Statement on the Meeting of the U.S.-Israel Strategic Consultative Group", "… on the
 * Phone Call between President Biden and President Macron", "… on the Second Round of U.S.-Germany
 * Economic Dialogue", "… on Meeting of …" with no article (gold 2024-04-01): a joint statement on
 * the meeting, call or round its title names reports it (gold 2023-03-06, 2021-09-22, 2023-09-28:
 * the title phrase is the Event). A few capitalised
 * words before the head ("Virtual", "Second"), then who met; "the Anniversary of the … Summit"
 * and "the Strategic Third Neighbor Partnership between …" name no meeting of the statement.
 * A named meeting and its venue, "… on U.S.-China Economic and Trade Meeting in Stockholm" (gold
 * 2025-08-11), is the meeting the statement reports too, and so is one named by its parties
 * alone, "… on United States-Ukraine Meeting" (gold 2025-11-23; title-final "Meeting" only).
 */
const STATEMENT_ON_THE_MEETING =
  /^(?:Joint )?(?:Press )?Statement on (?:the )?((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]* ){0,3}(?:Meeting|Call|Round|Talks|Consultations) (?:of|between|with|among) .+|(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]* (?:and )?){1,5}Meeting(?: in [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ].+)?)$/;

let readoutOfBody: RegExp | undefined;

/**
 * "Readout of U.S.-Israel Strategic Consultative Group": a readout titled by a standing body alone
 * reports its meeting, "Meeting of the U.S.-Israel Strategic Consultative Group" (gold 2024-04-18,
 * 2024-07-15; names.json `readoutBodyHeads`). Capitalised words (and "of", "on", "for", "and")
 * only, so "Readout of … Meeting with … of the European Commission" is the meeting rule's.
 */
function bodyReadout(title: string): string | undefined {
  readoutOfBody ??= new RegExp(
    `^(?:Joint )?Readout of (?:the )?((?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'&-]*|of|on|for|and) ){0,8}(?:${NAME_RULES.readoutBodyHeads.map(escapeRegex).join('|')}))$`,
  );
  const body = readoutOfBody.exec(title)?.[1];
  return body && `Meeting of the ${body}`;
}

/** The meeting's name as the title writes it, or undefined. */
export function meetingInTitle(lexicon: Lexicon, title: string): string | undefined {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const readout =
    READOUT_OF_MEETING.exec(oneLine) ??
    READOUT_OF_GATHERING.exec(oneLine) ??
    STATEMENT_ON_MEETING.exec(oneLine) ??
    ON_UNPOSSESSED_MEETING.exec(oneLine) ??
    STATEMENT_FOLLOWING_MEETING.exec(oneLine) ??
    STATEMENT_ON_THE_MEETING.exec(oneLine);
  if (readout) return readout[1];
  const form = meetingOfTitleForm(oneLine);
  if (form) return form;
  const body = bodyReadout(oneLine);
  if (body) return body;
  const call = STATEMENT_FOLLOWING_CALL.exec(oneLine);
  if (call) return `${call[2]} between ${call[1]}`;
  const match = meetingPattern(lexicon).exec(oneLine);
  return match ? match[0] : undefined;
}

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
