/**
 * A comma list of bare ideals closed by "and": "the noble causes of safety, stability, prosperity,
 * and peace", "in defense of our freedom, values and democracy". Each item names an ideal of its
 * own, as the gold expands coordinated heads; alone most of them are no topic (a single word the
 * thesaurus does not know, or vacuous alone: "security", "peace"), and the chunker stops at each
 * comma. Three items at least, every one an ideal (data/rules/topic-quality.json `valueNouns`),
 * unless all are of the peace-and-stability family (`vacuousAlone`): "peace, security and
 * stability" is one stock objective, named whole as the gold keeps it. A list the thesaurus
 * knows whole is its concept already.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

export interface ValueList {
  /** Sentence-relative span of the list. */
  start: number;
  end: number;
  /** Every item, lowercased; or the whole list, for the peace-and-stability family. */
  names: string[];
}

const WORD = /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/i;

/** One ideal: a single word of `valueNouns`, a noun, no article or pronoun. */
function ideal(term: TaggedTerm | undefined): term is TaggedTerm {
  if (!term || !WORD.test(term.text) || !Q.valueNouns.has(term.text.toLowerCase())) return false;
  const { tags } = term;
  return !tags.has('Determiner') && !tags.has('Pronoun') && !tags.has('Adjective');
}

/** The item closes the phrase: punctuation after it, or no noun or adjective follows. */
function closes(terms: readonly TaggedTerm[], k: number): boolean {
  const next = terms[k + 1];
  if (terms[k]!.post.trim() !== '') return true;
  return !next || !(next.tags.has('Noun') || next.tags.has('Adjective'));
}

/**
 * The items' indexes from `i`: ", X" items and a last "and X" (", and X"); none when the list is
 * not one of ideals closed by "and" and ending the phrase.
 */
function items(terms: readonly TaggedTerm[], i: number): number[] {
  const out = [i];
  let k = i;
  for (;;) {
    const post = terms[k]!.post.trim();
    if (post !== '' && post !== ',') return [];
    if (terms[k + 1]?.text === 'and') {
      if (terms[k + 1]!.post.trim() !== '' || !ideal(terms[k + 2]) || !closes(terms, k + 2))
        return [];
      return [...out, k + 2];
    }
    if (post !== ',' || !ideal(terms[k + 1])) return [];
    k++;
    out.push(k);
  }
}

/** The lists of ideals between `from` and `to` (sentence-relative). */
export function valueLists(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): ValueList[] {
  const out: ValueList[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.start < from) continue;
    if (term.start >= to) break;
    // The cheap test first: this runs for every word of every commitment.
    if (term.post.trim() !== ',' || !ideal(term)) continue;
    // A list starts after a word that is no item of it ("of safety, …").
    if (ideal(terms[i - 1]) && terms[i - 1]!.post.trim() === ',') continue;
    const found = items(terms, i);
    if (found.length < 3 || terms[found[found.length - 1]!]!.end > to) continue;
    const names = found.map((k) => terms[k]!.text.toLowerCase());
    const last = found[found.length - 1]!;
    i = last;
    const head = names.slice(0, -1).join(', ');
    if (known(`${head} and ${names[names.length - 1]}`) || known(`${head}, and ${names.at(-1)}`))
      continue;
    const end = terms[last]!.end;
    // "peace, security and stability": one stock objective, named whole as the gold does.
    const whole = names.every((name) => Q.vacuousAlone.has(name));
    out.push({ start: term.start, end, names: whole ? [`${head} and ${names.at(-1)}`] : names });
  }
  return out;
}
