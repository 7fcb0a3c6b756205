/**
 * The spans of a sentence the learnt name finder offers (learntCandidates.ts): every sub-span of
 * a run of capitalised words that starts and ends on a capitalised word (or a digit after the
 * first), plus a run's span and one lowercase word after it. With a trie of declared texts
 * (declaredTexts.ts) the same spans in the same order, less those whose words spell no declared
 * text: a run is left as soon as its words begin none.
 */
import { NAME_RULES } from '../rules/names';
import type { DeclaredNode, DeclaredTexts } from './declaredTexts';
import type { Word } from './learntWords';
import { nameKey } from './nameFinderModel';

/** Longest candidate, in words: longer spans are descriptions, not names. */
const MAX_WORDS = 10;

/** Words that end a noun phrase: function words and auxiliaries (data/rules/names.json). */
const PHRASE_ENDS = new Set(NAME_RULES.stateMilitaries.followers);

/**
 * Whether the noun phrase ends with word `k` (a lowercase word a capitalised run was extended by):
 * punctuation, the sentence's end, a connector, a capitalised word, a function word, an auxiliary
 * or a past form after it. Another lowercase word after it is the noun the run and `k` only
 * modify ("new U.S. military deployments"): no name, as the rules read "the
 * U.S. military" (proxyGroups.ts; gold 2023-10-23, 2023-08-02).
 */
function endsPhrase(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (words[k]!.breakAfter || !next || next.breakBefore || next.kind !== 'other') return true;
  return PHRASE_ENDS.has(next.text) || next.text.endsWith('ed');
}

/** Called per offered span: its first and last word, and the lowercase word it was extended by. */
export type OfferSpan = (from: number, to: number, tail: string | undefined) => void;

/** Printable ASCII but the backtick: what `nameKey` only lowercases. */
const PLAIN = /^[!-_a-~]*$/;

/** `nameKey` of one word: most words are plain ASCII, which only lower case changes. */
function wordKey(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : nameKey(text);
}

/**
 * The key tokens a word adds to a span it continues: its own key, or, when more than a space
 * stands before it ("U.S. – Pacific Islands Forum", a quote the lowercase tail opens with), the
 * key of all it adds, split where `nameKey` leaves a space. A span's text only runs on over
 * whitespace first (a dash or punctuation right after a word ends the run), so its key is the
 * first word's key and these tokens, one space apart.
 */
function continuation(sentence: string, words: readonly Word[], k: number): string[] {
  const before = words[k - 1]!.end;
  const w = words[k]!;
  if (w.start === before + 1 && sentence.charCodeAt(before) === 32) return [wordKey(w.text)];
  return nameKey(sentence.slice(before, w.end)).split(' ');
}

/** The node after `at` that word `k` leads to, if any declared text goes on so. */
function step(
  at: DeclaredNode,
  tokens: (k: number) => readonly string[],
  k: number,
): DeclaredNode | undefined {
  let node: DeclaredNode | undefined = at;
  for (const token of tokens(k)) node = node?.next?.get(token);
  return node;
}

/**
 * Offers the sentence's spans in scan order. `sentence` is the text `words` were read from (the
 * trie's tokens are read from it).
 */
export function forEachSpan(
  sentence: string,
  words: readonly Word[],
  declared: DeclaredTexts | undefined,
  offer: OfferSpan,
): void {
  // Each word's tokens, folded once: the trie walk reads a word once per run it sits in.
  const cache: (readonly string[] | undefined)[] = declared
    ? new Array<string[]>(words.length)
    : [];
  const tokens = (k: number) => (cache[k] ??= continuation(sentence, words, k));
  for (let from = 0; from < words.length; from++) {
    const firstWord = words[from]!;
    if (firstWord.kind !== 'cap') continue;
    // The trie node of the words so far: undefined only without a trie (a run leaves on none).
    let at = declared?.root.next?.get(wordKey(firstWord.text));
    if (declared && !at) continue;
    for (let to = from; to < words.length && to - from < MAX_WORDS; to++) {
      const w = words[to]!;
      if (to > from && (w.kind === 'other' || w.breakBefore)) break;
      if (at && to > from) {
        at = step(at, tokens, to);
        // No declared text begins with these words: neither does any longer span of the run.
        if (!at) break;
      }
      if (w.kind === 'cap' || (w.kind === 'digit' && to > from)) {
        // A lone capitalised word is no candidate. Out of fold over 768 gold files the lone
        // words the finder chose were half wrong (11 of 21), and on 300 unheld statements 8
        // of 22: a surname or county ("Taylor"), a piece of a longer name ("State University
        // of New York at Buffalo", "United States v. Windsor"), an acronym the gold's other
        // files type otherwise ("AP", "TIP"). Multiword names are what the rules cannot reach.
        if (to > from && (!at || at.end)) offer(from, to, undefined);
        // "WTO members", "U.S. military", "Spanish space agency": one lowercase word after; a
        // sentence's capitalised first word is a function word ("Today").
        const tail = words[to + 1];
        if (
          !(from === 0 && to === 0) &&
          !w.breakAfter &&
          tail?.kind === 'other' &&
          /^\p{Ll}+$/u.test(tail.text) &&
          (!at || step(at, tokens, to + 1)?.end) &&
          endsPhrase(words, to + 1)
        )
          offer(from, to + 1, tail.text);
      }
      if (w.breakAfter) break;
    }
  }
}
