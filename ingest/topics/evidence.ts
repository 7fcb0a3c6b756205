/**
 * Where a derived topic stands in its phrase, when its name is not the phrase's words as written:
 * a distributed head ("nuclear programs" of "nuclear and missile programs") and a country's long
 * form written short ("threats posed by the DPRK" of "… the Democratic People's Republic of
 * Korea").
 */
import type { EntityType } from '../../contract/extraction';
import { lexicon as loadLexicon } from '../lexicon';

interface NamedSpan {
  id: string;
  type: EntityType;
  adjectival: boolean;
  start: number;
  end: number;
}

/**
 * The chunk's text with a country's long form that holds a possessive ("the Democratic People's
 * Republic of Korea") in its short form ("threats posed by the DPRK"): the possessive is part of
 * the name, no cut, and the topic is one node whichever form the statement used. A country between
 * a kind and its head is left out ("advanced U.S. technologies" → "advanced technologies"). Other
 * names stay as the statement wrote them ("policy coordination on North Korea").
 */
export function withShortNames(
  sentence: string,
  chunk: { start: number; end: number },
  named: readonly NamedSpan[],
  kindOwner?: NamedSpan,
): string {
  let text = '';
  let at = chunk.start;
  for (const hit of [...named].sort((a, b) => a.start - b.start)) {
    // "advanced U.S. technologies" → "advanced technologies": the owner is dropped (spans.ts).
    if (hit === kindOwner && hit.start >= at && hit.end < chunk.end) {
      text += sentence.slice(at, hit.start);
      at = hit.end + 1;
      continue;
    }
    if (hit.type !== 'Country' || hit.adjectival || hit.start < at || hit.end > chunk.end) continue;
    if (!/\p{L}[’']s\s/u.test(sentence.slice(hit.start, hit.end))) continue;
    const short = loadLexicon().entities.get(hit.id)?.attributes?.short;
    if (!short) continue;
    text += sentence.slice(at, hit.start) + short;
    at = hit.end;
  }
  return text + sentence.slice(at, chunk.end);
}

/**
 * The span of `raw` that is a topic's evidence: the name itself where it is written so, else from
 * the name's first word to its last (the shared head, the short-named party), the whole phrase
 * when neither is found.
 */
export function evidenceOf(raw: string, name: string): { offset: number; length: number } {
  const at = raw.indexOf(name);
  if (at >= 0) return { offset: at, length: name.length };
  const words = name.split(/\s+/);
  const firstAt = wholeWordAt(raw, words[0]!);
  const offset = Math.max(firstAt, 0);
  const last = words[words.length - 1]!;
  const lastAt = raw.lastIndexOf(last);
  const end = lastAt >= offset ? lastAt + last.length : raw.length;
  return { offset, length: end - offset };
}

/** A letter or digit closing the text (its last code point). */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
/** A letter or digit opening the text (its first code point). */
const WORD_AFTER = /^[\p{L}\p{N}]/u;

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Where `word` first stands in `text` with no letter or digit right before or after it, or -1:
 * what `new RegExp(`(?<![\p{L}\p{N}])${escaped word}(?![\p{L}\p{N}])`, 'u')` finds, without
 * compiling a regex per word (1.3 % of extraction on the gold texts). As that regex reads
 * code points, a match never starts or ends inside a surrogate pair, and the code point before
 * or after may be a pair: the two code units around each end are tested.
 */
export function wholeWordAt(text: string, word: string): number {
  // An empty word (a name opening with a space) matches between code units: the regex decides.
  if (!word) return /(?<![\p{L}\p{N}])(?![\p{L}\p{N}])/u.exec(text)?.index ?? -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
    if (
      end > 0 &&
      end < text.length &&
      isHigh(text.charCodeAt(end - 1)) &&
      isLow(text.charCodeAt(end))
    )
      continue;
    if (WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (WORD_AFTER.test(text.slice(end, end + 2))) continue;
    return at;
  }
  return -1;
}
