/**
 * A comma list of modifiers before a head they share: "political, economic, security, and
 * people-to-people ties", "chemical, biological, and nuclear weapons". Each item names a thing of
 * its own with the head ("political ties"), as "nuclear and missile programs" does for one "and"
 * (coordination.ts `distribute`); the chunker stops at each comma, so the items alone would be
 * fragments. The head must be one lists share (data/rules/topic-quality.json `sharedHeads`).
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import { PREPOSITION } from './coordination';
import { kindList } from './kindList';

export interface ModifierList {
  /** Sentence-relative span of the list, its head included. */
  start: number;
  end: number;
  /** "political ties", …: every item before the last conjunct, with the head. */
  names: string[];
  /** The names cover every conjunct, the last included (kindList.ts): the span's chunks add nothing. */
  covers?: true;
}

/** A single-word item of the list: a noun or adjective closed by a comma, nothing else. */
function isItem(term: TaggedTerm | undefined): term is TaggedTerm {
  if (term?.post.trim() !== ',') return false;
  const { tags } = term;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Value')) return false;
  // A plural is a head of its own ("artillery, rockets, and air defense capabilities"): a
  // modifying noun is singular, as in `distribute` (coordination.ts).
  if (/[^s]s$/.test(term.text)) return false;
  return (
    /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(term.text) &&
    (tags.has('Adjective') || tags.has('Noun'))
  );
}

/**
 * The last conjunct, "and D H" (a few words before the head, a hyphenated word counting as its
 * parts: "people-to-people"): the head's index, or -1. `classifiers`: the comma items are all
 * adjectives that say what kind of thing the head is, so any head they share is one
 * (`kindHead`), as `distribute` (coordination.ts `classifierPair`) reads "solar and geothermal
 * energy" for one "and".
 */
function headAfter(terms: readonly TaggedTerm[], and: number, classifiers: boolean): number {
  if (terms[and]?.text !== 'and') return -1;
  // "political, economic, and cultural relationship": one classifier, then the head.
  if (classifiers && kindWord(terms[and + 1]) && kindHead(terms[and + 2], terms[and + 3]))
    return and + 2;
  for (let k = and + 1; k <= and + 4 && k < terms.length; k++) {
    const term = terms[k]!;
    // "travel for business, tourism, and professional and technical exchanges": a second "and"
    // makes the last conjunct a list of its own; the comma items are no modifiers of its head.
    if (term.text === 'and') return -1;
    // "the centrality, agency, and leadership of regional institutions": a preposition makes the
    // last conjunct a head with its complement; the comma items are heads sharing that
    // complement, no modifiers of the complement's noun ("centrality institutions").
    // ("people-to-people ties": a hyphenated word's "to" is no preposition.)
    if (PREPOSITION.test(term.text) && term.post !== '-' && terms[k - 1]!.post !== '-') return -1;
    if (k > and + 1 && Q.sharedHeads.has(term.text.toLowerCase())) return k;
    if (!/^-?$/.test(term.post.trim()) || !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(term.text))
      return -1;
  }
  return -1;
}

/**
 * An adjective that names a kind ("economic", "cultural", "technical"), not a quality of one
 * thing ("peaceful", "stable": attributeAdjectives), an amount or scope (weakModifiers) or an
 * ideal. Nouns are left out: a noun item is as often a head of its own ("trade, health, and
 * cultural partnerships").
 */
function kindAdjective(term: TaggedTerm): boolean {
  const word = term.text;
  return (
    term.tags.has('Adjective') &&
    !term.tags.has('Noun') &&
    !term.tags.has('Verb') &&
    !NOUN_ENDING.test(word) &&
    !Q.attributeAdjectives.has(word) &&
    !Q.weakModifiers.has(word) &&
    !Q.vacuousAlone.has(word) &&
    !Q.valueNouns.has(word)
  );
}

/**
 * The last conjunct's modifier: a kind adjective or a bare singular noun ("security", an ideal
 * alone but a domain before a head: "security relationship").
 */
function kindWord(term: TaggedTerm | undefined): boolean {
  if (term?.post !== ' ' || !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(term.text)) return false;
  if (kindAdjective(term)) return true;
  return (
    term.tags.has('Noun') &&
    !term.tags.has('Verb') &&
    !/[^s]s$/.test(term.text) &&
    !Q.weakModifiers.has(term.text)
  );
}

/**
 * A lowercase noun ending the phrase that kinds may share: not a head vacuous without a domain
 * ("issues", "challenges": domainSharedHeads), an ideal, a vacuous head ("steps") or who acts
 * ("partners": agentHeads, never a topic).
 */
function kindHead(term: TaggedTerm | undefined, next: TaggedTerm | undefined): boolean {
  if (!term || !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(term.text) || !term.tags.has('Noun'))
    return false;
  const word = term.text.toLowerCase();
  if (
    Q.domainSharedHeads.has(word) ||
    Q.valueNouns.has(word) ||
    Q.vacuousHeads.has(word) ||
    Q.agentHeads.has(word)
  )
    return false;
  // "economic, political, and security cooperation efforts": the phrase goes on past the word.
  return !(term.post.trim() === '' && next?.tags.has('Noun'));
}

/**
 * "a range of bilateral, regional, and global issues": a head no list shares is still shared
 * when the thesaurus knows it with every modifier ("bilateral issues", "regional issues",
 * "global issues"), as `bothKnown` (coordination.ts) reads two: concepts a domain expert keeps
 * apart. The last conjunct is one word before the head, and the head ends the phrase.
 */
function knownHead(
  terms: readonly TaggedTerm[],
  from: number,
  and: number,
  known: ((phrase: string) => boolean) | undefined,
): number {
  const [last, head, next] = [terms[and + 1], terms[and + 2], terms[and + 3]];
  if (!known || terms[and]?.text !== 'and' || !last || !head) return -1;
  if (last.post !== ' ' || !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(head.text)) return -1;
  if (head.post.trim() === '' && next?.tags.has('Noun')) return -1;
  const words = [...terms.slice(from, and), last].map((term) => term.text);
  return words.every((word) => known(`${word} ${head.text}`)) ? and + 2 : -1;
}

/**
 * "regional and global issues", "bilateral and global issues": one modifier and the last
 * conjunct before a head the thesaurus knows with each, and not whole. The chunker finds the last
 * conjunct's concept ("global issues") and leaves "regional and" a fragment: the first is named
 * here.
 */
function knownPair(
  terms: readonly TaggedTerm[],
  i: number,
  to: number,
  known: ((phrase: string) => boolean) | undefined,
): ModifierList | undefined {
  const first = terms[i]!;
  if (!known || terms[i + 1]?.text !== 'and' || first.post !== ' ') return undefined;
  if (!/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(first.text) || isItem(terms[i - 1]))
    return undefined;
  // An adjective: a noun, or a concept alone ("deterrence and response capabilities"), heads a
  // phrase of its own, as in `distribute` (coordination.ts).
  if (!first.tags.has('Adjective') || first.tags.has('Noun') || known(first.text)) return undefined;
  // "regional economic and security cooperation": a modifier before the pair scopes both, and the
  // pair alone would drop it (a weak one, "other regional and global issues", says nothing).
  const before = terms[i - 1];
  if (
    before?.post === ' ' &&
    /^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(before.text) &&
    (before.tags.has('Adjective') || before.tags.has('Noun')) &&
    !Q.weakModifiers.has(before.text)
  )
    return undefined;
  const head = knownHead(terms, i, i + 1, known);
  if (head < 0 || terms[head]!.end > to) return undefined;
  const word = terms[head]!.text;
  if (known(`${first.text} and ${terms[i + 2]!.text} ${word}`)) return undefined;
  return { start: first.start, end: terms[head]!.end, names: [`${first.text} ${word}`] };
}

/** Words the tagger may read as adjectives that are nouns in a list ("public", "republic"). */
const NOUN_ENDING = /^(?:public|republic|pandemic|epidemic|chemical|commercial)$/;

/** The modifier lists of a sentence's terms between `from` and `to` (sentence-relative). */
export function modifierLists(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  sentence?: string,
  // A list the thesaurus knows whole ("environmental, social, and governance standards": ESG) is
  // one concept, not a list of kinds.
  known?: (phrase: string) => boolean,
): ModifierList[] {
  const out: ModifierList[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.start < from) continue;
    // Every list kept ends in a head by `to`, at or after its first item: none opens past it
    // (an opening clause's range ends at its comma, long before the sentence does).
    if (terms[i]!.start >= to) break;
    const pair = knownPair(terms, i, to, known);
    if (pair) {
      out.push(pair);
      i += 3;
      continue;
    }
    if (!isItem(terms[i])) continue;
    // A list starts after a word that is no item ("deepen U.S.-ROK political, …").
    if (isItem(terms[i - 1])) continue;
    let k = i;
    while (isItem(terms[k])) k++;
    // "political, economic and security cooperation": without the serial comma the last item
    // before "and" has none; with kind adjectives it is an item all the same.
    if (terms[k + 1]?.text === 'and' && kindWord(terms[k])) {
      if (kindAdjective(terms[k]!) && terms.slice(i, k).every(kindAdjective)) k++;
      // "diplomatic, defence, security, civil and scientific cooperation": before a head lists
      // share (sharedHeads), items may be nouns, and the one before "and" is an item as well.
      else if (Q.sharedHeads.has(terms[headAfter(terms, k + 1, false)]?.text.toLowerCase() ?? ''))
        k++;
    }
    // Two items at least: "A, and B H" is no list of modifiers; "A and B H" only when the
    // thesaurus knows both with the head ("regional and global issues", knownHead).
    let head =
      k - i < 2
        ? -1
        : Math.max(
            headAfter(terms, k, terms.slice(i, k).every(kindAdjective)),
            knownHead(terms, i, k, known),
          );
    // Any other head after a list of kinds ("financial, humanitarian, military and diplomatic
    // support"): kindList.ts.
    let last: string | undefined;
    if (head < 0) {
      const kinds = known && kindList(terms, i, known);
      if (kinds) [k, head, last] = [i + kinds.items.length, kinds.head, kinds.last];
    }
    if (head < 0 || terms[head]!.end > to) continue;
    const word = terms[head]!.text;
    if (sentence && known?.(sentence.slice(terms[i]!.start, terms[head]!.end))) {
      i = head;
      continue;
    }
    out.push({
      start: terms[i]!.start,
      end: terms[head]!.end,
      names: [...terms.slice(i, k).map((item) => item.text), ...(last ? [last] : [])].map(
        (modifier) => `${modifier} ${word}`,
      ),
      ...(last ? { covers: true as const } : {}),
    });
    i = head;
  }
  return out;
}

/**
 * A lowercase word that may modify a head: an adjective or noun, or a participle ("forced" after
 * "produced by" is read as a verb); no determiner or value. The thesaurus test below decides.
 */
function modifierWord(term: TaggedTerm | undefined): term is TaggedTerm {
  if (term?.post !== ' ' || !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(term.text)) return false;
  const { tags } = term;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Value')) return false;
  return tags.has('Adjective') || tags.has('Noun') || /[a-zß-öø-ɏḀ-ỿ]ed$/.test(term.text);
}

/**
 * "forced or compulsory labor": two modifiers joined by "or" before one head each name a thing
 * of their own ("forced labor", "compulsory labor"), as the gold expands coordinated modifiers.
 * The chunker does not join over "or", so the second with the head is found already; this names
 * the first with the head, only where the thesaurus knows that phrase and not the whole (a
 * concept a domain expert keeps apart, as coordination.ts `bothKnown` asks for "and").
 */
export function orModifiers(
  terms: readonly TaggedTerm[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): ModifierList[] {
  const out: ModifierList[] = [];
  for (let i = 0; i + 3 < terms.length; i++) {
    // The cheap test first: most words are not followed by "or".
    if (terms[i]!.start >= to) break;
    if (terms[i + 1]!.text !== 'or' || terms[i]!.start < from) continue;
    const [first, second, head] = [terms[i], terms[i + 2], terms[i + 3]!];
    if (!modifierWord(first) || !modifierWord(second) || head.end > to) continue;
    if (
      terms[i + 1]!.post !== ' ' ||
      !head.tags.has('Noun') ||
      !/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*$/.test(head.text)
    )
      continue;
    // "forced or compulsory labor continues": the head must end the phrase.
    const next = terms[i + 4];
    if (head.post.trim() === '' && (next?.tags.has('Noun') || next?.tags.has('Adjective')))
      continue;
    const name = `${first.text} ${head.text}`;
    if (!known(name) || known(`${first.text} or ${second.text} ${head.text}`)) continue;
    out.push({ start: first.start, end: head.end, names: [name] });
    i += 3;
  }
  return out;
}
