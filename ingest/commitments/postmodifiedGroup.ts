/**
 * "Members from around the world reaffirmed our joint commitment …", "Countries within available
 * resources intend to make …", "Officials from the four countries represented also shared
 * concerns …": a group head opening its sentence, then a lowercase postmodifier (a preposition of
 * data/rules/groups.json `headPostmodifiers`) right before the verb. The postmodifier narrows
 * where the group's members are or come from, not who they are: the head speaks as it would
 * alone (groupHeadSubject), and the subject runs to the verb, so the postmodifier is no `about`.
 * (Gold 3 of 3 such subjects are the head's actors; none of the gold's skipped triggers after such
 * a subject is a non-commitment.) A quantified head ("Some countries from …") stays others. A head
 * for people ("Leaders", "Representatives") is the parties' only where its postmodifier names
 * countries ("Officials from the four countries represented"): "Leaders from the financial and
 * philanthropic sectors" at a roundtable are others, not the officials who met (helpers' sample).
 */
import type { Subject, SubjectSite } from '../resolveActors';
import { groupHeadSubject } from './groupSubject';
import { GROUPS } from './groups';

export function postmodifiedGroup(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, depth, trimmed } = site;
  // (Most texts before a verb hold none of the prepositions: a plain search rules them out first.)
  if (depth > 0 || !GROUPS.postmodifierWord.test(trimmed)) return undefined;
  const match = GROUPS.postmodified.exec(trimmed);
  if (!match) return undefined;
  const noun = match[2]!.toLowerCase().replace(/\s+/g, ' ');
  if (!GROUPS.countryNouns.has(noun) && !GROUPS.countryNounIn.test(match[3]!)) return undefined;
  const headEnd = match[1]!.length;
  const head = groupHeadSubject(context, trimmed.slice(0, headEnd), hits, sentence.start, headEnd);
  if (!head || head.actors.length === 0) return undefined;
  return { ...head, end: trimmed.length };
}
