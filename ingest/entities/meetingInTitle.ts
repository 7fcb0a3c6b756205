/**
 * The meeting a statement's title names ("Readout of … Meeting with …", "Joint Statement from the
 * Trilateral Meeting of …", "Statement following the call between …"), as the title writes it.
 * Split from meeting.ts, which declares it and finds the body's mentions of it.
 */
import type { Lexicon } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
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
