/**
 * Who a pronoun subject is ("we", "they", "it", "he", "I") and which body opens a clause for a
 * clause-initial "it": the context lookups subjectBefore's pronoun branch needs, also used by
 * sharedSubject. Separate from resolveActors.ts, which finds where a subject is.
 */
import type { Gender } from './personGender';
import type { ActorContext } from './resolveActors';
import type { EntityHit } from './types';

/**
 * The country or body opening the clause a semicolon before `at` ends, at the sentence's start
 * or after a fronted phrase's comma ("Full of potential, the Quad looks forward …; it seeks to …").
 */
export function clauseOpener(
  sentence: { text: string; start: number },
  hits: EntityHit[],
  at: number,
): string | undefined {
  const clause = sentence.text.slice(0, at).replace(/;\s*$/, '');
  const first = hits.find(
    (hit) =>
      !hit.nested &&
      !hit.adjectival &&
      (hit.type === 'Country' || hit.type === 'Organization') &&
      hit.end - sentence.start < clause.length &&
      CLAUSE_START.test(clause.slice(0, hit.start - sentence.start)),
  );
  return first?.entityId;
}

/** Where a clause's subject starts: the sentence's start, or after a fronted phrase's comma. */
const CLAUSE_START = /(?:^|,\s+)(?:[Tt]he\s+)?$/;

/**
 * Who a pronoun stands for; `named` are the officials named before it in its sentence, nearest
 * first, among whom a "she" or "he" finds its person when the usual one is of the other gender.
 */
export function pronounActors(
  context: ActorContext,
  word: string,
  opensSentence = false,
  named: readonly string[] = [],
): string[] {
  // "I am announcing …" in a statement from an official is that official; "we" is the country.
  if (word === 'i') return context.speakers?.length ? context.speakers : context.signatories;
  if (word === 'we' || word === 'us') return context.signatories;
  if (word === 'they')
    return (
      context.lastPlural ?? (context.officials.length ? context.officials : context.signatories)
    );
  // "It" is a country or a body, never a person ("… President Biden … It will also generate …").
  if (word === 'it')
    return (
      context.lastSingular ?? (context.signatories.length === 1 ? context.signatories : [])
    ).filter((id) => !id.startsWith('official:'));
  return gendered(context, word, usualPerson(context, opensSentence), named);
}

/** What "she" and "he" say of the person they stand for. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['she', 'female'],
  ['he', 'male'],
]);

/**
 * `usual`, unless it holds a person the document shows to be of the other gender than the
 * pronoun's (personGender.ts): then the nearest person named before the pronoun in its sentence,
 * else the meeting's official, else the opening subject, not shown to be of the other gender;
 * none if there is no such person (a "she" of an appointee the text names with no title is no
 * undertaking of the President named before her). An unknown gender changes nothing. Also the
 * traveller of "his trip" / "her visit" (commitments/tripSubject.ts).
 */
export function gendered(
  context: ActorContext,
  word: string,
  usual: string[],
  named: readonly string[],
): string[] {
  const gender = PRONOUN_GENDERS.get(word);
  const genders = context.genders;
  if (!gender || !genders) return usual;
  if (!usual.some((id) => genders.has(id) && genders.get(id) !== gender)) return usual;
  const candidates = [...named, ...context.officials, ...(context.openingPerson ?? [])];
  // (A person shown to be of its gender first; else one whose gender the document does not
  // show: "She" in a readout of a call between a man and a man whose name says nothing.)
  const found =
    candidates.find((id) => genders.get(id) === gender) ??
    candidates.find((id) => !genders.has(id));
  return found ? [found] : [];
}

/**
 * "He" is a person: the last official named alone, else the meeting's first official — never a
 * country ("If Putin does not pay the price …, he will keep going" is no undertaking of Ukraine).
 */
function usualPerson(context: ActorContext, opensSentence: boolean): string[] {
  if (context.lastPerson) return context.lastPerson;
  if (context.officials.length > 0) return context.officials.slice(0, 1);
  // ("…, and shortly, he will sign …" after "The President has prioritized …": a pronoun inside
  // a sentence follows that sentence's own subject, not the opening one.)
  if (opensSentence && context.openingPerson) return context.openingPerson;
  return (context.lastSingular ?? []).filter((id) => id.startsWith('official:'));
}

/**
 * "Vice President Kamala Harris today joined leaders of … for the annual U.S.-ASEAN Summit. She
 * reaffirmed …" (gold 2023-09-06): a readout whose opening sentence has an official as its subject
 * but no meeting verb (so no officials who met) leaves "She" with no one; the opening subject is
 * who a sentence-initial "He" / "She" is until another official is named alone. Only the opening
 * sentence, opening with the official's name (titles before it) and a lowercase verb after it.
 */
export function openingPerson(
  officials: readonly string[],
  sentences: readonly { index: number; text: string; start: number }[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): string[] | undefined {
  const first = sentences[0];
  if (officials.length > 0 || !first) return undefined;
  const hit = (hitsBySentence.get(first.index) ?? []).find(
    (h) => h.type === 'Official' && !h.nested,
  );
  if (!hit) return undefined;
  const before = first.text.slice(0, hit.start - first.start);
  const after = first.text.slice(hit.end - first.start);
  if (!/^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+){0,4}$/.test(before)) return undefined;
  if (
    !/^,?\s+(?:(?:today|also|then|on [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ]+),?\s+)?[a-zß-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(
      after,
    )
  )
    return undefined;
  return [hit.entityId];
}
