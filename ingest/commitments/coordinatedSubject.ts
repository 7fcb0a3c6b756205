/**
 * A coordinated subject whose last conjunct no shape reads: "Mr. Sullivan and the ASEAN
 * ambassadors discussed …", "The Vice President and the Second Gentleman will participate …",
 * "The United States, the European Union, and other early supporters will continue …". The
 * conjunct left over (unnamed officials, a group noun, a spouse, a body the lexicon lacks) cannot
 * be named, but the conjuncts before it can, and they do speak: the commitment is theirs too, and
 * is not lost whole for want of its last member (CONVENTIONS s7: "the United States, our Allies,
 * and our partners" is the United States; "the United States and partners intend" likewise).
 *
 * Only a subject: what stands before the read conjuncts must open a clause (the sentence's start,
 * a fronted phrase's comma, "…, and"), so that the objects of a verb ("met with the Emir and
 * senior officials to discuss …") and a clause of its own ("Russia invaded Ukraine and the world
 * condemned …") are never read as one. The conjunct dropped must be a short noun phrase: no
 * pronoun, no verb or clause word (data/rules/coordinated-subjects.json).
 */
import type { Subject, SubjectSite } from '../resolveActors';
import { COORDINATED_SUBJECTS } from '../rules/coordinatedSubjects';
import { expandMembers } from './groups';
import { actorHitsEndingAt } from './namedList';

/** A word of a noun phrase (a name's dots, hyphens and apostrophes included). */
const WORD = "[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&-]+";

/**
 * The last joiner and the conjunct after it, up to eight words with no "and", ending the text
 * before the verb.
 */
const LAST_CONJUNCT = new RegExp(
  `(,?\\s+(?:and|as\\s+well\\s+as)|,\\s+(?:together|along)\\s+with)\\s+((?:(?!and\\s)${WORD}\\s+){0,7}${WORD})$`,
);

/** Whether the conjunct reads as a noun phrase no shape named (not a clause, not a pronoun). */
function unreadPhrase(conjunct: string): boolean {
  const words = conjunct.split(/\s+/);
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => COORDINATED_SUBJECTS.clauseWords.has(word))) return false;
  if (words.length === 1 && COORDINATED_SUBJECTS.pronouns.has(lower[0]!)) return false;
  // A lowercase participle makes it a clause ("Finland and Sweden joining the Alliance will …").
  if (words.some((word) => /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*ing$/.test(word))) return false;
  const last = words[words.length - 1]!;
  // A lowercase head ending in "-ly" or "-ed" is an adverb or a verb, not a noun ("… and
  // recently", "… and agreed").
  if (/^[a-zß-öø-ɏḀ-ỿ].*(?:ly|ed)$/.test(last)) return false;
  // A preposition may join the phrase's words ("officials from the Department"), not end it.
  return !COORDINATED_SUBJECTS.innerWords.has(lower[lower.length - 1]!);
}

/** A new clause's opening before a subject: a clause joiner, or nothing at all. */
const NEW_CLAUSE = /(?:^|[;:–—]\s*|,\s*(?:and|but|while|whereas)\s+)$/i;

/** A fronted phrase's closing comma before a subject ("In meetings in Washington, "). */
const FRONTED_COMMA = /,\s*$/;

/** A capitalised participle or adverb opening a fronted phrase ("Building on …", "Separately"). */
const OPENER_FORM = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:ing|ly)$/;

/**
 * Whether the text before the read conjuncts lets them open a clause: a clause joiner, or a
 * fronted phrase ("In meetings in Washington, including at Blair House,"), alone or after a
 * clause's "and" ("The IPP attended …, and at the Washington Summit, NATO and …").
 */
function opensClause(before: string): boolean {
  if (NEW_CLAUSE.test(before)) return true;
  if (!FRONTED_COMMA.test(before)) return false;
  const clause = before
    .split(/[;:–—]/)
    .pop()!
    .trimStart();
  const afterAnd = /\s(?:and|but)\s((?:(?!\s(?:and|but)\s).)*)$/.exec(clause)?.[1];
  return frontedPhrase(clause) || (afterAnd !== undefined && frontedPhrase(afterAnd));
}

/**
 * A fronted phrase: it opens with a preposition, a participle or an adverb, holds no verb ("the
 * Vice President will meet with leaders in Manama, Bahrain and visit …"), and no list a
 * preposition or a relative opens that goes on into the read conjuncts ("a new collaboration
 * among A, B, and C will …"; "Following the meeting between A and B, Sullivan and Talo …" has
 * closed its list with "and").
 */
function frontedPhrase(phrase: string): boolean {
  const first = /^[^\s,]+/.exec(phrase)?.[0] ?? '';
  if (!OPENER_FORM.test(first) && !COORDINATED_SUBJECTS.frontedOpeners.has(first.toLowerCase()))
    return false;
  const words = phrase.toLowerCase().split(/[^a-zß-öø-ɏḀ-ỿ]+/);
  if (words.some((word) => COORDINATED_SUBJECTS.auxiliaries.has(word))) return false;
  const held = words.findLastIndex((word) => COORDINATED_SUBJECTS.objectWords.has(word));
  return held < 0 || words.slice(held + 1).includes('and');
}

/** A possessive inside the read part: "United States’ assistance" is a thing, not a party. */
const POSSESSIVE = /[’']s?\s+\S/;

/**
 * The read conjuncts of a coordinated subject whose last conjunct is an unread noun phrase.
 * `resolve` reads the subject ending at a position of the sentence (subjectBefore, one level down).
 */
export function coordinatedSubject(
  site: SubjectSite,
  resolve: (at: number) => Subject | undefined,
): Subject | undefined {
  const { context, trimmed, depth } = site;
  if (depth > 0) return undefined;
  const last = LAST_CONJUNCT.exec(trimmed);
  if (!last || !unreadPhrase(last[2]!)) return undefined;
  const cut = last.index;
  const conjunct = { from: trimmed.length - last[2]!.length, text: last[2]! };
  // The conjuncts read alone are not who "They", "He" or "It" is next: the subject is the whole
  // coordination, which no one can name (a "They" after it keeps what it stood for before).
  const { lastSingular, lastPerson, lastPlural } = context;
  const read = readConjuncts(site, last[1]!, cut, resolve);
  Object.assign(context, { lastSingular, lastPerson, lastPlural });
  if (!read || read.actors.length === 0) return undefined;
  if (POSSESSIVE.test(trimmed.slice(read.start, cut))) return undefined;
  if (!opensClause(opening(trimmed.slice(0, read.start)))) return undefined;
  const counterparts = counterpartsOf(site, conjunct.from, conjunct.text);
  // "U.S. and Australian research partnership continues …": a demonym after "and" shares the
  // head with the name before it, which then names no party, unless the head is officials.
  if (!counterparts.heads && demonymOpens(site, conjunct.from)) return undefined;
  return {
    actors: [...new Set([...read.actors, ...counterparts.ids])],
    start: read.start,
    end: trimmed.length,
  };
}

/** Whether the conjunct opens with a demonym (an adjectival country or body: "Australian"). */
function demonymOpens(site: SubjectSite, from: number): boolean {
  const at = site.sentence.start + from;
  return site.hits.some((hit) => hit.start === at && hit.adjectival === true);
}

/**
 * "Mr. Sullivan and the ASEAN ambassadors": unnamed officials stand for the country or body
 * their phrase names (CONVENTIONS s7: "The National Security Advisor and Mexican leaders" =
 * [Jake Sullivan, Mexico]; unnamed counterparts stand for their countries), when the conjunct's
 * head is one of `counterpartHeads`.
 */
function counterpartsOf(
  site: SubjectSite,
  from: number,
  conjunct: string,
): { heads: boolean; ids: string[] } {
  const head = ` ${conjunct.toLowerCase()}`;
  if (![...COORDINATED_SUBJECTS.counterpartHeads].some((noun) => head.endsWith(` ${noun}`)))
    return { heads: false, ids: [] };
  const start = site.sentence.start + from;
  const end = site.sentence.start + site.trimmed.length;
  const ids = site.hits
    .filter(
      (hit) =>
        hit.start >= start &&
        hit.end <= end &&
        (hit.type === 'Country' || hit.type === 'Organization'),
    )
    .map((hit) => hit.entityId);
  return { heads: true, ids };
}

/**
 * The subject ending where the dropped conjunct's joiner begins. "The United States, the European
 * Union, and other early supporters": the serial comma makes the read part a list of its own.
 */
function readConjuncts(
  site: SubjectSite,
  joiner: string,
  cut: number,
  resolve: (at: number) => Subject | undefined,
): Subject | undefined {
  const serial = joiner.startsWith(',') && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(joiner);
  const listed = serial
    ? actorHitsEndingAt(site.hits, site.sentence.start, cut, site.left, true)
    : undefined;
  if (!listed) return resolve(cut);
  const actors = expandMembers(
    listed.list.map((hit) => hit.entityId),
    site.context.members,
  );
  return { actors, start: listed.start, end: cut };
}

/** An honorific the name read after it leaves out ("Mr. Sullivan"). */
const HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

/** The text before a subject, without an honorific and an opening adverb ("Today", "Separately"). */
function opening(text: string): string {
  const before = text.replace(HONORIFIC, (match) => (/^\s/.test(match) ? ' ' : ''));
  const adverb = /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)\s+$/.exec(before);
  return adverb && COORDINATED_SUBJECTS.openingAdverbs.has(adverb[1]!.toLowerCase()) ? '' : before;
}
