/**
 * Title forms naming the meeting a statement reports that meeting.ts's own forms miss (gold
 * conventions 3.6: the meeting, call or round a title names is an Event named by the title
 * phrase). The words that vary are data (data/rules/names.json `titleMeetingForms`):
 *   - a modifier between the official's possessive and the head: "Statement by Press Secretary …
 *     on President Biden’s Virtual Meeting with Prime Minister Modi of India";
 *   - a statement "on" talks, consultations or a dialogue session: "Statement from NSC
 *     Spokesperson … on the U.S.-PRC Talks on AI Risk and Safety", "Joint Statement on U.S.-UK
 *     Consultations on the Indo-Pacific", and a spokesperson's "on the First Round of …";
 *   - a joint statement issued after a summit, a dialogue's session or a call: "Joint Statement
 *     Following the Summit of the Leaders of …", "Joint Press Statement Following a Call between …".
 */
import { NAME_RULES } from '../rules/names';
import { escapeRegex } from '../rules/titles';
import { UPPER } from './officialPatterns';

const FORMS = NAME_RULES.titleMeetingForms;
const alternatives = (words: readonly string[]) => words.map(escapeRegex).join('|');
const WORD = `\\wÀ-ÖØ-öø-ɏḀ-ỿ`;
/** One capitalised word (or a number: "2022 U.S.-Mexico …"), with the space after it. */
const NAME_WORD = `[${UPPER}0-9][${WORD}.’'&-]* `;
/** Who speaks, up to the first " on ": the phrase after it is what the statement is on. */
const SPEAKER = `(?: (?:[Bb]y|[Ff]rom) (?:(?! on ).)+)?`;

/** "… on President Biden’s Virtual Meeting with …": the possessive, modifiers, the head. */
const MODIFIED_MEETING = new RegExp(
  `^(?:(?:Joint )?Statement|Readout)${SPEAKER} on (?:the )?(.*[’']s? (?:(?:${alternatives(FORMS.modifiers)}) ){1,2}(?:Meeting|Call)(?![${WORD}]).*)$`,
);

/**
 * "… on the U.S.-Lithuania Strategic Dialogue on the Indo-Pacific", "… on U.S. Consultations with
 * Australia, Japan, and New Zealand in Honolulu": up to four capitalised words before the head.
 * A gerund ("on Launching Strategic High-Level Dialogue …", gold 2022-07-13) creates a dialogue,
 * a Program, and reports no meeting.
 */
const ON_TALKS = new RegExp(
  `^(?:Joint )?(?:Press )?Statement${SPEAKER} on (?:the )?((?:(?![${UPPER}][${WORD}]*ing )${NAME_WORD}){1,4}(?:${alternatives(FORMS.talkHeads)})(?: (?:on|with|in) .+)?)$`,
);

/**
 * "Statement by NSC Spokesperson … on the First Round of U.S.-Germany Economic Dialogue": a
 * spokesperson's statement on a round, a meeting or talks "of/between/with" its parties, as
 * meeting.ts reads the same phrase in a joint statement without a speaker.
 */
const SPOKEN_ON_ROUND = new RegExp(
  `^(?:Joint )?(?:Press )?Statement (?:[Bb]y|[Ff]rom) (?:(?! on ).)+ on (?:the )?((?:${NAME_WORD}){0,3}Round of .+)$`,
);

/**
 * "Joint Statement Following the Summit of the Leaders of the United States and the Gulf
 * Cooperation Council (GCC) Countries", "… Following the 2022 U.S.-Mexico High-Level Economic
 * Dialogue", "Joint Press Statement Following a Call between the President …". A bare "Following
 * Call" has no phrase of its own (meeting.ts names it by who spoke), so a call needs its parties.
 */
const FOLLOWING = new RegExp(
  `^Joint (?:Press )?Statement (?:(?:by|from|of) .+? )?(?:[Ff]ollowing|[Aa]fter) (?:the |an? )?((?:${NAME_WORD})*(?:${alternatives(FORMS.followingHeads)})(?: (?:[Bb]etween|of|with) .+)?|Call (?:[Bb]etween|[Ww]ith) .+)$`,
);

/** Format and rank words ("Trilateral", "First"): they say how parties met, not who. */
const FORMAT_WORDS: ReadonlySet<string> = new Set(
  [...NAME_RULES.meetingNamers, ...NAME_RULES.meetingRanks].map((w) => w.toLowerCase()),
);

/**
 * "Statement on the Trilateral Talks" names talks by their format alone, a generic description
 * and no meeting of its own (gold conventions 3.6: "The meeting", "in a bilateral meeting" are no
 * names); talks named by a party ("U.S.-PRC", "U.S.") or with a tail ("… with Australia") are.
 */
const TALKS_AT_END = new RegExp(`^(.*?)(?:${alternatives(FORMS.talkHeads)})$`);

function namesItsTalks(phrase: string): boolean {
  const before = TALKS_AT_END.exec(phrase)?.[1];
  if (before === undefined) return true;
  return before.split(' ').some((word) => word !== '' && !FORMAT_WORDS.has(word.toLowerCase()));
}

/** The meeting phrase one of these title forms names, or undefined. */
export function meetingOfTitleForm(oneLine: string): string | undefined {
  const modified = MODIFIED_MEETING.exec(oneLine)?.[1];
  if (modified) return modified;
  const talks = ON_TALKS.exec(oneLine)?.[1];
  if (talks) return namesItsTalks(talks) ? talks : undefined;
  return SPOKEN_ON_ROUND.exec(oneLine)?.[1] ?? FOLLOWING.exec(oneLine)?.[1];
}
