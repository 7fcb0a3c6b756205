/**
 * Whether the parties, not their joint body, are who met. "Australia, the United Kingdom and the
 * United States … held the inaugural meetings of the … Joint Steering Groups": the countries hold
 * the body's meeting, so its "participants" are the countries (gold 2021-12-17). "The Task Force
 * … met in Brussels": the body meets as itself, and its participants are the body (gold
 * 2023-07-27, README session 14). The subject of the sentence saying the meeting was held decides.
 */
import type { EntityHit } from '../types';
import { GROUPS } from './groups';

/** The verb saying a meeting took place; the subject is the text before it. */
const MEETING_VERB =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:held|hold|holds|convened|convene|convenes|met|meet|meets)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * What a subject made of the parties may hold besides their names: ", the", "and", "recently",
 * and a head for their people ("Officials of X and Y met …").
 */
const PARTIES_FILLER =
  /^(?:\s|,|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|the|recently|jointly|today|(?:senior\s+)?(?:officials|delegations|representatives)\s+(?:of|from))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))*$/i;

/**
 * After a hold/convene verb, the body's meeting: "the (inaugural) meeting(s) of the <Name>"; the
 * name, capitalised, is read from the text (the recogniser may not know a plural "… Groups").
 */
const HELD_MEETING_OF =
  /^\s+(?:the\s+|their\s+)?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,3}?meetings?\s+of\s+(?:the\s+)?((?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+)*\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)/u;

/** After "met"/"meet", the body they met in: "in the <Name>", "as the <Name>". */
const MET_IN =
  /^\s+(?:in|as|within)\s+(?:the\s+)?((?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+)*\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)/u;

/** A sentence whose subject is two or more signatory parties holding a body's meeting. */
function partiesHoldMeeting(
  text: string,
  sentenceStart: number,
  hits: readonly EntityHit[],
  signatories: ReadonlySet<string>,
): boolean {
  const verb = MEETING_VERB.exec(text);
  if (!verb) return false;
  const verbEnd = verb.index + verb[0].length;
  const subjectHits = hits.filter((hit) => hit.end - sentenceStart <= verb.index);
  const parties = new Set(subjectHits.map((hit) => hit.entityId));
  if (parties.size < 2 || [...parties].some((id) => !signatories.has(id))) return false;
  // The subject is only the parties: the text left when their names are taken out is filler.
  let rest = '';
  let at = 0;
  for (const hit of subjectHits) {
    rest += text.slice(at, hit.start - sentenceStart);
    at = hit.end - sentenceStart;
  }
  rest += text.slice(at, verb.index);
  if (!PARTIES_FILLER.test(rest)) return false;
  const object = (/^me/.test(verb[0]) ? MET_IN : HELD_MEETING_OF).exec(text.slice(verbEnd));
  // A plural name ("the … Joint Steering Groups") names bodies of the same head.
  return object !== null && GROUPS.bodyHead.test(object[1]!.replace(/s$/, ''));
}

/** Whether any sentence of the document has the parties hold (or meet in) a body's meeting. */
export function partiesMet(
  sentences: readonly { index: number; start: number; text: string }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
  signatories: readonly string[],
): boolean {
  if (signatories.length < 2) return false;
  const parties = new Set(signatories);
  return sentences.some((sentence) =>
    partiesHoldMeeting(
      sentence.text,
      sentence.start,
      [...(hitsBySentence.get(sentence.index) ?? [])].sort((a, b) => a.start - b.start),
      parties,
    ),
  );
}
