/**
 * "The Forum reaffirmed …", "The Summit highlighted …", "Participants in the Forum committed to
 * …": a held forum, summit, dialogue or conference (data/rules/groups.json `forumHeads`) opening
 * its clause stands for its participants, as a meeting does (theMeeting; CONVENTIONS §7 "Bodies,
 * meetings and events as actors" and its s31 ruling; gold 2022-12-13 U.S.-Africa Space Forum,
 * 2022-12-15 "The Summit reaffirmed our resolve"): the officials who met where two or more, else
 * the statement's parties, even one (a statement of the country that hosted it). What it will do
 * is its remit, no stance ("The Summit will build on …", "The dialogue will also reinforce …":
 * none in gold 2022-04-18, 2022-07-13); a forum that is a statement's own joint body speaks
 * earlier (ownBody.ts).
 */
import type { ActorContext, Subject } from '../resolveActors';
import { metSubject } from './groupSubject';
import { GROUPS } from './groups';

/**
 * A modal or aim between the forum and its verb, or opening the verb: what the forum is to do, its
 * remit ("This forum, the Partnership for Atlantic Cooperation, will provide …", gold 2023-09-18).
 */
const REMIT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|would|shall|aims?|seeks?|is\s+to|is\s+expected)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const REMIT_VERB =
  /^(?:(?:also|further|then)\s+)?(?:will|would|shall|aims?|seeks?|is\s+to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

export function forumSubject(
  context: ActorContext,
  trimmed: string,
  left: string,
  after: string,
): Subject | undefined {
  const match = GROUPS.forumSubject.exec(trimmed);
  if (!match) return undefined;
  // (The verb may follow an appositive naming the forum: "This forum, the Partnership for …, will".)
  const verb = after.replace(/^\s*,[^,;]*,\s*/, '');
  if (REMIT.test(left.slice(trimmed.length)) || REMIT_VERB.test(verb)) return undefined;
  return metSubject(context, trimmed, match[1]!, 1);
}
