/**
 * "Principal Deputy National Security Advisor Jon Finer traveled … Jon Finer also met with
 * students …": an official the document has named in full (with a title, so the finders read him)
 * is the same person when the full name comes back without a title. The officials' finders need a
 * title and the lexicon knows only standing officials, so the untitled repeat named no one while
 * "Mr. Finer" did (via the surname merge). Only names of two or more words that a finder already
 * read as an Official are repeated, verbatim, so a given name or a surname alone adds nothing here;
 * a repeat that runs on into another capitalised word ("Jon Finer Institute") is another name.
 */
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityHit } from './hit';

/** Right after the name: another capitalised word or hyphen means a longer name, not this one. */
const RUNS_ON = /^(?:[ -][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|[\p{L}\p{N}])/u;
/** Right before the name: a letter or digit glued to it means it sits inside another word. */
const GLUED = /[\p{L}\p{N}]$/u;

/** The Official hits of two or more words (a name read with its title), in document order. */
function* fullNames(hitsBySentence: Map<number, EntityHit[]>): Generator<EntityHit> {
  for (const hits of hitsBySentence.values())
    for (const hit of hits) if (hit.type === 'Official' && hit.text.includes(' ')) yield hit;
}

export function repeatFullNames(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  // The first hit read for each multi-word name, keyed by its text.
  const named = new Map<string, EntityHit>();
  for (const hit of fullNames(hitsBySentence)) if (!named.has(hit.text)) named.set(hit.text, hit);
  placeRepeats(sentences, hitsBySentence, named);
}

/**
 * Every verbatim repeat of a named hit (keyed by its text) where no other hit stands, as a hit of
 * the same entity and type: officials' full names here, companies in privateBodies.ts. A repeat
 * that runs on into another capitalised word or sits inside another word is another name.
 */
export function placeRepeats(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  named: ReadonlyMap<string, EntityHit>,
): void {
  if (named.size === 0) return;
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    let added = false;
    for (const first of named.values()) {
      let at = sentence.text.indexOf(first.text);
      for (; at >= 0; at = sentence.text.indexOf(first.text, at + first.text.length)) {
        const after = sentence.text.slice(at + first.text.length, at + first.text.length + 2);
        if (RUNS_ON.test(after) || GLUED.test(sentence.text.slice(Math.max(0, at - 1), at)))
          continue;
        const start = sentence.start + at;
        const end = start + first.text.length;
        if (hits.some((hit) => hit.start < end && hit.end > start)) continue;
        // One hit shape for every hit (hit.ts): the steps reading hits stay compiled for it.
        hits.push(entityHit(first.entityId, first.type, start, end, first.text, first.name));
        added = true;
      }
    }
    // Not placeHit: one sort after the loop, the list stored only when a name was added.
    if (added) {
      hits.sort((a, b) => a.start - b.start);
      hitsBySentence.set(sentence.index, hits);
    }
  }
}

/**
 * "Deputy National Security Advisor … Daleep Singh will be in New Delhi … Singh will meet with
 * …": after the full name, the surname alone opening a sentence before a lowercase word (its
 * verb) is that official. Releases write "Mr. Singh" as often; the titled form is read by the
 * officials' finder, the bare one by no one, so the travel preview's clauses had no subject.
 * Only the last word of a name read with a title, one official to a word, no other hit there.
 */
export function repeatSurnameSubjects(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const byWord = new Map<string, EntityHit | null>();
  for (const hit of fullNames(hitsBySentence)) {
    const word = hit.text.slice(hit.text.lastIndexOf(' ') + 1);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const seen = byWord.get(word);
    byWord.set(word, seen === undefined || seen?.entityId === hit.entityId ? hit : null);
  }
  for (const sentence of sentences) {
    const word = SURNAME_SUBJECT.exec(sentence.text)?.[1];
    const person = word ? byWord.get(word) : undefined;
    if (!word || !person || person.start >= sentence.start) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const end = sentence.start + word.length;
    if (hits.some((hit) => hit.start < end)) continue;
    hits.unshift(entityHit(person.entityId, 'Official', sentence.start, end, word, person.name));
    hitsBySentence.set(sentence.index, hits);
  }
}

/** A capitalised word opening the sentence, then a lowercase word (the verb or an adverb). */
const SURNAME_SUBJECT =
  /^(\p{Lu}\p{Ll}+) (?=(?:also |then |will |has |had )?\p{Ll}+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/u;
