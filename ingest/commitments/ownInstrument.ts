/**
 * "The Bicentennial Framework reaffirmed our commitment to …", "Today’s framework reaffirms the
 * countries’ commitment to …": the parties' framework, statement or announcement opening the
 * sentence states *their* commitment, named by the possessive after the verb; the signatories
 * speak (gold 2022-10-14, 2026-02-06). Only before a stance noun the parties own: what a framework
 * "will focus on" or "will ensure" is its remit, no commitment (gold README, session 8).
 */
import type { Subject, SubjectSite } from '../resolveActors';

/** The document or instrument as the opening subject, up to four words of name before its head. */
const OWN_TEXT =
  /^((?:[Tt]his|[Tt]he|[Tt]oday[’']s)\s+(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\s+){0,4}(?:[Ff]ramework|[Jj]oint [Ss]tatement|[Ss]tatement|[Dd]eclaration|[Aa]nnouncement|[Rr]oadmap|[Aa]rrangement))\s*$/u;

/** The verb, then the parties' own stance noun: "reaffirms our commitment", "the countries’ resolve". */
const PARTIES_STANCE =
  /^\p{Ll}+\s+(?:our|their|the\s+(?:two\s+|three\s+|four\s+)?(?:countries|nations|governments|sides|parties)[’'])\s+(?:\p{Ll}+\s+)?(?:commitment|resolve|determination|dedication)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

export function ownInstrumentSubject(site: SubjectSite): Subject | undefined {
  const { context, sentence, at, trimmed } = site;
  if (context.signatories.length === 0) return undefined;
  const match = OWN_TEXT.exec(trimmed);
  if (!match || !PARTIES_STANCE.test(sentence.text.slice(at))) return undefined;
  return { actors: [...context.signatories], start: 0, end: match[1]!.length };
}
