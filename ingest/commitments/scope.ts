/**
 * Where a commitment's scope (the stretch of the sentence whose entities it is about) starts and
 * ends, beyond "from its trigger to the next one": the next clause's own subject and the meeting
 * a readout opens with are not what the stance is about.
 */
import { TITLE_BEFORE } from '../rules/titles';
import { occasionEnd } from '../stances';
import type { Accepted } from './decision';
import { heldStart } from './heldStance';

/**
 * A title ending the text, with the capitalised words before its head word: titles.json lists
 * head words ("Advisor"), and "National Security Advisor" is the title as a whole.
 */
const TITLED_SUBJECT = new RegExp(
  `(?:(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\\s+)*(?:${TITLE_BEFORE.source})`,
);

/** ", and President Biden affirms …", "; the ROK commits …": a clause coordinated after another. */
const CLAUSE_OPENS =
  /(?:[,;]\s*(?:and|but|while|whereas)?|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and)\s+(?:the\s+)?$/i;

/**
 * Where commitment k's scope ends: at the next stance's trigger, or before it at that stance's
 * own subject when a coordinated clause opens with it ("reaffirm their commitment to the defense
 * of the ROK, and President Biden affirms …": President Biden is who speaks next, not what the
 * reaffirmation is about). A subject inside a complement ("underscored that the United States
 * remains committed to …") stays in the clause it completes.
 */
export function nextClauseStart(accepted: readonly Accepted[], k: number, text: string): number {
  const next = accepted[k + 1];
  if (!next) return text.length;
  // ("discussed their shared concern about X": the discussion is about X too.)
  if (next.object) return nextClauseStart(accepted, k + 1, text);
  // "… and underscored that U.S. support for Israel’s security … is unwavering": the held
  // stance's noun phrase is its own.
  const held = heldStart(next, text, accepted[k]!.trigger.end);
  if (held !== undefined) return held;
  const subject = next.subject;
  if (!subject || next.complement || subject.start <= accepted[k]!.trigger.end)
    return next.trigger.start;
  // "…, and Prime Minister Kishida welcomed …", "… and National Security Advisor Jake Sullivan
  // reinforced …": the title opens the subject its name ends.
  const before = text.slice(0, subject.start).replace(TITLED_SUBJECT, '');
  if (subject.start < next.trigger.start && CLAUSE_OPENS.test(before)) return before.length;
  return next.trigger.start;
}

/**
 * "met today in Manila with", "spoke with", "held a call with": who met whom ("will be met with a
 * swift response" is no meeting; nor is "the talks with", a noun).
 */
const MEETING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])be(?:en)?\s)(?:met|meets|spoke|speaks|talked|held\s+(?:a|an|his|her|their)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}(?:call|meeting|conversation))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^;:]*?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])with(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "Vice President Harris met today with President Marcos of the Philippines and reaffirmed …",
 * "… met with his counterparts X of Japan, Y of the ROK …, where he discussed …": the ones met
 * are who the stance is spoken with, not what it is about (a meeting's purpose, "met with X to
 * discuss", is scoped from its verb already). The start of that stretch, before `triggerStart`.
 */
export function meetingStretch(
  text: string,
  trigger: { start: number; end: number },
): number | undefined {
  // "spoke with President-elect Yoon … to congratulate him": the one met is the object.
  if (/^\s+(?:him|her|them)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(text.slice(trigger.end))) return undefined;
  return MEETING.exec(text.slice(0, trigger.start))?.index;
}

/** ", where the leaders condemned …", ", during which we intend to …": a relative clause's opener. */
const RELATIVE_FRAME = /,\s+(?:where|during\s+which|at\s+which|in\s+which)\s+(?=[^,;]*$)/gi;

/**
 * "It follows President Biden's trilateral meeting last month with …, where the leaders condemned
 * …": the stance of a relative clause is about what follows its verb; the meeting or occasion it
 * hangs on is the frame, not what the stance is about (gold: none of six such clauses keeps it).
 * Where that clause opens, before `triggerStart`; undefined when the stance is in no such clause.
 */
export function relativeFrameEnd(text: string, triggerStart: number): number | undefined {
  const before = text.slice(0, triggerStart);
  let end: number | undefined;
  RELATIVE_FRAME.lastIndex = 0;
  for (let match = RELATIVE_FRAME.exec(before); match; match = RELATIVE_FRAME.exec(before))
    end = match.index + match[0].length;
  return end;
}

/** "Beyond the Indo-Pacific,", "Aside from trade,": an opening that turns away from what it names. */
const TURNING_AWAY = /^(?:Beyond|Outside(?:\s+of)?|Aside\s+from|Apart\s+from)\s+[^,;:]{1,60},\s*/;

/**
 * "Beyond the Indo-Pacific, the leaders strongly condemned …": where the first clause's scope
 * starts when the sentence opens by turning away from what it names (gold 2022-05-31 leaves the
 * Indo-Pacific out), or by the occasion it stands on ("As our Nation commemorates this legendary
 * battle, we honor the grit of our servicemen": gold 2025-06-04 leaves the battle out); 0 otherwise.
 */
export function turningAwayEnd(text: string): number {
  return Math.max(
    TURNING_AWAY.exec(text)?.[0].length ?? 0,
    BACKGROUND.exec(text)?.[0].length ?? 0,
    OCCASION_OPENING.exec(text)?.[0].length ?? 0,
    occasionEnd(text),
  );
}

/**
 * "Building on their January conversation,", "During his visit,", "Alongside the European
 * Union,", "United across the Atlantic and Pacific oceans,", "Today in Tokyo,": an opening that
 * sets the clause against its background (what came before, the occasion, the company kept) names
 * no part of what the stance is about (gold: 2 of 47 entities in such openings are in the
 * clause's `about`). A bare "Following …" is left alone: "Following the DPRK's launch, we
 * condemn …" names what is condemned. A sentence adverb may come first ("Finally, building on
 * …,"), and "As reconfirmed by leaders at …," / "As stated in the … Communiqué," cite where the
 * stance was said before, as "As discussed at" (gold 2023-11-01, 2024-09-25: not in `about`).
 * "From Rome, President Biden will travel to Glasgow …": where an itinerary leg starts is no part
 * of where it goes (gold 2021-10-14, 2022-01-26); "From Ukraine to Gaza," names a span, left alone.
 */
const BACKGROUND =
  /^(?:(?:Finally|Also|Further(?:more)?|Additionally|In\s+addition|Moreover|Lastly),\s+)?(?:[Bb]uilding\s+(?:on|upon)|[Ff]ollowing[\s-]+up\s+on|[Dd]uring|[Aa]longside|Notwithstanding|United\s+across|Today\s+in|When|Guided\s+by|From(?=\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])(?![^,;:]*\sto\s)|[Aa]s\s+(?:discussed|reconfirmed|reaffirmed|confirmed|stated|agreed|noted|outlined|announced|set\s+out)\s+(?:at|in|by|during))\s[^,;:]{1,160},\s*/;

/**
 * "In addition to doses financed through COVAX,", "Following consultations with the United
 * States,", "Following the June visit of …,", "At the PGII event at the G20 Summit,": an opening
 * that names what the stance adds to or the meeting it follows or is announced at, as BACKGROUND
 * (gold: none of nine entities in such openings is in the clause's `about`). "Following" takes
 * only a meeting, a visit or consultations: "Following the DPRK's launch, we condemn …" names
 * what is condemned, "Following the UN Climate Conference (COP26)" what is pledged for. A list
 * the opening names ("in Solomon Islands, Tonga and Kiribati,") belongs to it whole. "In the
 * meeting with Prime Minister X," dates the clause to a meeting (gold README: a time frame, in no
 * about); built after holdout U joined (tuned on U: 2022-04-22).
 */
const OCCASION_OPENING =
  /^(?:In\s+addition\s+to|In\s+(?:the|their|his|her)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){0,3}?(?:meetings?|calls?|conversations?|talks)\s+with\s|In\s+support\s+of|Delivering\s+on|Following\s+(?:consultations|(?:the|our|their|his|her)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){0,8}?(?:visit|meeting|call|conversation|summit|talks|trip)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))|(?:That\s+is\s+why\s+)?[Aa]t\s+(?:the|this|that|our|their)\s+(?:[^,;:]{0,80}?\s)?(?:[Ee]vent|[Mm]eeting|[Ss]ummit|[Cc]onference|[Mm]inisterial|[Ff]orum)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[^,;:]{0,160}(?:(?:,\s(?:the\s)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*){0,3}){1,6},?\s(?:and|or)\s(?:the\s)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*){0,3})?,\s*/;

/** "as we seek to …", "while they work to …": a stance in an adverbial clause after another's object. */
const ADVERBIAL_CLAUSE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:as|while|because|since|when)\s+(?:we|they|he|she|it)\s+(?:(?:also|further|will|can|continue\s+to)\s+)*$/i;

/**
 * "We also welcome additional support others have approved as we seek to close Ukraine’s
 * financing gap, as well as Japan’s swift delivery of its budget support": what follows ", as
 * well as" after an adverbial clause's stance is another object of the main verb, not of the
 * clause (gold 2024-02-24). The stretch of commitment k's scope (ending at `scopeEnd`) that goes
 * back to commitment k - 1; undefined when there is none.
 */
export function returnedObject(
  accepted: readonly Accepted[],
  k: number,
  text: string,
  scopeEnd: number,
): { start: number; end: number } | undefined {
  const previous = accepted[k - 1];
  const trigger = accepted[k]!.trigger;
  // "will continue to (1) modify …, while retaining …, and (2) adopt …": a "while" clause ends at
  // the next numbered item of the main verb's list (gold 2025-08-11). (A bare ", and" may close a
  // list inside the clause: "among Americans, Koreans, and the people of Southeast Asia".)
  if (previous && trigger.concurrent) {
    const back = /[,;]\s+and\s+\((?:\d+|[a-h]|[ivx]+)\)/i.exec(text.slice(trigger.end, scopeEnd));
    if (back) return { start: trigger.end + back.index, end: scopeEnd };
  }
  // "agreed to pursue X, including through supporting Y; to collaborate on Z; and to oppose …":
  // the example ends at the ";", after which the main verb's list goes on (gold 2022-03-11).
  if (previous && accepted[k]!.included) {
    const back = /;/.exec(text.slice(trigger.end, scopeEnd));
    if (back) return { start: trigger.end + back.index, end: scopeEnd };
  }
  if (!previous || !ADVERBIAL_CLAUSE.test(text.slice(previous.trigger.end, trigger.start)))
    return undefined;
  const asWellAs = /,\s+as\s+well\s+as\s/i.exec(text.slice(trigger.end, scopeEnd));
  if (!asWellAs) return undefined;
  return { start: trigger.end + asWellAs.index, end: scopeEnd };
}
