/**
 * "Following the leaders’ meeting, they will meet …" under "… on the Visit of Prime Minister
 * Benjamin Netanyahu to the White House": a description made only of format and level words, after
 * a definite determiner, stands for the gathering the statement's title names, not for a second
 * meeting (data/rules/names.json ownMeetingDescriptions says when, with the gold it rests on).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { bareMeetingHead } from './meetingPhrases';

const RULES = NAME_RULES.ownMeetingDescriptions;

const DEFINITE = new RegExp(
  `(?:^|[^\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?:${alternation(RULES.determiners)}) $`,
  'u',
);
const OTHER_OCCASION = new RegExp(
  `^ (?:(?:${alternation(RULES.otherOccasion)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])|(?:${alternation(RULES.datePrepositions)}) [\\p{Lu}0-9])`,
  'u',
);

/** The title words a description's head can stand for, as one pattern per head. */
const TITLE_HEADS = new Map(
  Object.entries(RULES.titleHeads).map(
    ([head, titleWords]) =>
      [
        head,
        new RegExp(
          `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(titleWords)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
          'u',
        ),
      ] as const,
  ),
);

/**
 * Whether the description `surface`, with `before` and `after` it in its sentence, is another
 * name of the title's gathering `titleName`.
 */
export function describesTitleMeeting(
  surface: string,
  before: string,
  after: string,
  titleName: string,
): boolean {
  const head = bareMeetingHead(surface);
  if (!head || !DEFINITE.test(before) || OTHER_OCCASION.test(after)) return false;
  return TITLE_HEADS.get(head)?.test(titleName) ?? false;
}
