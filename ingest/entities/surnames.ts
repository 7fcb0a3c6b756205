/**
 * A bare surname or family name ("Sullivan", "Kishida") after an official's full name was given
 * ("Jake Sullivan", "Kishida Fumio") is that official: one entity, not two. Names are matched on
 * their first or last word, as releases write family names first or last; an ambiguous word (two
 * officials share it) is left alone. "Luther Story" after "Luther H. Story" is the same person
 * too: a name equal to another once its middle initials are dropped is merged first, so that the
 * two do not make its surname ambiguous. A joined Arabic article may be dropped ("Sudani").
 */
import type { Lexicon } from '../lexicon';
import { foldAccents } from '../normalise';
import { TITLE_RULES } from '../rules/titles';
import type { EntityHit } from '../types';
import { findOfficials, type OfficialFinding } from './officials';

export function mergeSurnames(
  lexicon: Lexicon,
  hitsBySentence: Map<number, EntityHit[]>,
  officials: OfficialFinding[],
  title = '',
): void {
  const hits = [...hitsBySentence.values()].flat().filter((hit) => hit.type === 'Official');
  const merged = withoutInitials(lexicon, hits);
  for (const [id, known] of intoKnownNames(lexicon, hits)) merged.set(id, known);
  const fullNames = titleNames(lexicon, title);
  for (const hit of hits) hit.entityId = merged.get(hit.entityId) ?? hit.entityId;
  const byWord = new Map<string, Set<string>>();
  for (const hit of hits) {
    const name = lexicon.entities.get(hit.entityId)?.name ?? hit.text;
    for (const key of shortForms(withoutSuffix(name))) {
      const ids = byWord.get(key) ?? new Set();
      ids.add(hit.entityId);
      byWord.set(key, ids);
    }
  }
  dropShortNames(hits, byWord);
  for (const hit of hits) {
    if (lexicon.entities.has(hit.entityId)) continue;
    const ids = byWord.get(foldAccents(hit.text));
    if (hit.text.includes(' ') && (ids?.size !== 1 || ids.has(hit.entityId))) continue;
    if (ids?.size === 1) {
      const [full] = ids;
      merged.set(hit.entityId, full!);
      continue;
    }
    // "Readout of … Meeting with … President Joko Widodo", then "President Widodo" only: the
    // title gave the full name the body never writes (gold names people in full).
    const full = ids ? undefined : fullNames.get(hit.text);
    if (full) {
      merged.set(hit.entityId, full.entityId);
      hit.name = full.text;
    }
  }
  if (merged.size === 0) return;
  for (const hit of hits) hit.entityId = merged.get(hit.entityId) ?? hit.entityId;
  for (const official of officials) {
    const id = official.candidate.entityId;
    official.candidate.entityId = merged.get(id) ?? id;
  }
}

/**
 * Titled officials the document's title names in full, by their first and last words; a word
 * two of them share names neither. Lexicon officials are left to the lexicon.
 */
function titleNames(
  lexicon: Lexicon,
  title: string,
): Map<string, { entityId: string; text: string }> {
  const byWord = new Map<string, { entityId: string; text: string } | null>();
  // A lexicon official's surname is left to the lexicon; its given name is not there ("First
  // Lady Jill Biden" in the title, "Jill and I" in the body: gold 2021-04-09 names one person),
  // unless an official no lexicon knows has that word too ("Joe" of "Senator Joe Manchin").
  const knownGiven = new Map<string, { entityId: string; text: string } | null>();
  for (const { candidate } of findOfficials(lexicon, title.replace(/\s+/g, ' '), 0)) {
    const words = candidate.text.split(' ');
    if (words.length < 2) continue;
    if (lexicon.entities.has(candidate.entityId)) {
      const seen = knownGiven.get(words[0]!);
      knownGiven.set(
        words[0]!,
        seen === undefined || seen?.entityId === candidate.entityId ? candidate : null,
      );
      continue;
    }
    for (const word of new Set([words[0]!, words[words.length - 1]!])) {
      const seen = byWord.get(word);
      byWord.set(
        word,
        seen === undefined || seen?.entityId === candidate.entityId ? candidate : null,
      );
    }
  }
  for (const [word, found] of knownGiven) if (!byWord.has(word)) byWord.set(word, found);
  const names = new Map<string, { entityId: string; text: string }>();
  for (const [word, found] of byWord) if (found) names.set(word, found);
  return names;
}

/**
 * The short forms a full name is written by, folded: its first and last words, its last two or
 * more words ("López Obrador" of "Andrés Manuel López Obrador") and the word after a particle
 * ("Crown Prince Salman" of "Mohammed bin Salman Al Saud"). Accents fold ("Lopez" = "López").
 */
function shortForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const forms = [words[0]!, words[words.length - 1]!];
  for (let from = 1; from < words.length - 1; from++) {
    // "Mr. van Leeuwen" of "Geoffrey van Leeuwen": the particle stays with the family name.
    forms.push(words.slice(from).join(' '));
    if (PARTICLES.has(words[from]!)) forms.push(words[from + 1]!);
    // "President Bongo" of "Ali Bongo Ondimba", "Secretary Bárcena" of "Alicia Bárcena Ibarra",
    // "Lula" of "Luiz Inácio Lula da Silva": a double surname is shortened to its first half.
    else if (!INITIAL.test(words[from]!)) forms.push(words[from]!);
  }
  // "Prime Minister Sudani" of "Mohammed Shia’a Al-Sudani", "President Sisi" of "Abdel Fattah
  // El-Sisi": a family name is written with or without its joined Arabic article.
  const family = ARABIC_ARTICLE.exec(words[words.length - 1]!);
  if (family) forms.push(family[1]!);
  // "Mohamed bin Zayed" of "Mohamed bin Zayed Al Nahyan": the name without its family's "Al …"
  // (gold 2022-07-16, 2024-09-23 alias it so), once a particle chain names the person.
  if (words.length >= 4 && /^[Aa]l$/.test(words[words.length - 2]!) && PARTICLES.has(words[1]!))
    forms.push(words.slice(0, -2).join(' '));
  return [...new Set(forms.map(foldAccents))];
}

/**
 * "Mohamed bin Zayed" after "Mohamed bin Zayed Al Nahyan": a name that is itself a short form of
 * one other name joins it below, so its own words ("Mohamed") make no second owner of a bare name.
 */
function dropShortNames(hits: readonly EntityHit[], byWord: Map<string, Set<string>>): void {
  const short = new Set<string>();
  for (const hit of hits) {
    const ids = hit.text.includes(' ') ? byWord.get(foldAccents(hit.text)) : undefined;
    if (ids?.size === 1 && !ids.has(hit.entityId)) short.add(hit.entityId);
  }
  if (short.size === 0) return;
  for (const ids of byWord.values()) {
    if ([...ids].some((id) => !short.has(id))) for (const id of short) ids.delete(id);
  }
}

const ARABIC_ARTICLE = /^(?:[Aa]l|[Ee]l)-([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{2,})$/;

const PARTICLES: ReadonlySet<string> = new Set(TITLE_RULES.nameParticles);

const INITIAL = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\.$/;
/**
 * "Lloyd J. Austin III", "Joseph R. Biden, Jr.": a generational suffix is no surname, so "Secretary
 * Austin" and "Lloyd Austin" are that official (archive, sealed out: 10 uses of "Lloyd J. Austin
 * III", each with a bare "Austin" later).
 */
const SUFFIX = /,? (?:Jr\.|Sr\.|II|III|IV)$/;

function withoutSuffix(name: string): string {
  return name.replace(SUFFIX, '');
}

/** Ids of names written without the middle initials another name has → that name's id. */
function withoutInitials(lexicon: Lexicon, hits: EntityHit[]): Map<string, string> {
  const nameOf = (hit: EntityHit) => lexicon.entities.get(hit.entityId)?.name ?? hit.text;
  const initialled = new Map<string, Set<string>>();
  for (const hit of hits) {
    const words = withoutSuffix(nameOf(hit)).split(' ');
    if (words.length < 3 || !words.some((word) => INITIAL.test(word))) continue;
    const key = words.filter((word) => !INITIAL.test(word)).join(' ');
    const ids = initialled.get(key) ?? new Set();
    ids.add(hit.entityId);
    initialled.set(key, ids);
  }
  const merged = new Map<string, string>();
  for (const hit of hits) {
    const ids = initialled.get(withoutSuffix(nameOf(hit)));
    if (ids?.size !== 1 || lexicon.entities.has(hit.entityId)) continue;
    const [full] = ids;
    if (full !== hit.entityId) merged.set(hit.entityId, full!);
  }
  return merged;
}

/** A name's words, folded, without middle initials and a generational suffix. */
function nameWords(name: string): string[] {
  return foldAccents(withoutSuffix(name))
    .split(' ')
    .filter((word) => !INITIAL.test(word));
}

/** Whether `short`'s words occur in `long` in order, both opening on the same (given) name. */
function opensWithin(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length > long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/**
 * "President Gustavo Petro Urrego" where the lexicon knows "Gustavo Petro" (and the body's later
 * "President Petro" is his): the fuller form the text writes is the known official, not a second
 * person ("Claudia Sheinbaum Pardo", "William S. Ruto"). Only a known official the document names
 * too, and only one: the text's name joins it, its title and country kept from the lexicon.
 */
function intoKnownNames(lexicon: Lexicon, hits: readonly EntityHit[]): Map<string, string> {
  const known = new Map<string, string[]>();
  for (const hit of hits) {
    const name = lexicon.entities.get(hit.entityId)?.name;
    if (name) known.set(hit.entityId, nameWords(name));
  }
  const merged = new Map<string, string>();
  if (known.size === 0) return merged;
  for (const hit of hits) {
    if (lexicon.entities.has(hit.entityId) || merged.has(hit.entityId)) continue;
    const words = nameWords(hit.name ?? hit.text);
    const into = [...known].filter(([, short]) => opensWithin(short, words));
    if (into.length === 1) merged.set(hit.entityId, into[0]![0]);
  }
  return merged;
}
