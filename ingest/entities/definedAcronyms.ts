/**
 * Acronyms defined in parentheses right after a name ("Arms Regulations (ITAR)"), and their later
 * uses: each becomes a candidate of the name's entity. The document's acronyms so far are kept in
 * `acronyms` (recogniseSentence.ts calls this once per sentence, in text order).
 */
import type { SegmentedSentence } from '../segment';
import type { Candidate } from './matchLexicon';
import { overlaps } from './selectCandidates';

/** The acronym hits of one sentence, given its chosen hits; records new definitions in `acronyms`. */
export function definedAcronyms(
  text: string,
  sentence: SegmentedSentence,
  chosen: Candidate[],
  acronyms: Map<string, Candidate>,
): Candidate[] {
  const extra: Candidate[] = [];
  for (const hit of chosen) {
    const defined = /^ \((\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9+&-]{1,9})\)/u.exec(text.slice(hit.end));
    if (!defined || hit.adjectival) continue;
    const acronym = defined[1]!;
    const at = hit.end + 2;
    // The definition must lie in this sentence, or its offsets would point outside it.
    if (at + acronym.length > sentence.start + sentence.text.length) continue;
    if (chosen.some((other) => other.start === at)) continue;
    const candidate: Candidate = { ...hit, start: at, end: at + acronym.length, text: acronym };
    extra.push(candidate);
    acronyms.set(acronym, candidate);
  }
  for (const [acronym, model] of acronyms) {
    // Its pattern is built for a sentence that has the acronym at all (most have none).
    if (!sentence.text.includes(acronym)) continue;
    const pattern = new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${acronym.replace(/[+]/g, '\\+')}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
      'gu',
    );
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const start = sentence.start + match.index;
      const range = { start, end: start + acronym.length };
      if ([...chosen, ...extra].some((other) => overlaps(other, range))) continue;
      extra.push({ ...model, ...range, text: acronym });
    }
  }
  return extra;
}
