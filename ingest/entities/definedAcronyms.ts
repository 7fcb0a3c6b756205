/**
 * Acronyms defined in parentheses right after a name ("Arms Regulations (ITAR)"), and their later
 * uses: each becomes a candidate of the name's entity. The document's acronyms so far are kept in
 * `acronyms` (recogniseSentence.ts calls this once per sentence, in text order).
 */
import type { SegmentedSentence } from '../segment';
import type { Candidate } from './matchLexicon';
import { overlaps } from './selectCandidates';

/**
 * "the Communications Workers of America (CWA)", "aggression against Ukraine (ICPA)": where the
 * name before a parenthesis was not found, the hit right before it is the place that name ends
 * in, and the acronym is the longer name's: made the place's alias, every later "CWA" was the
 * United States. A place takes an acronym only when it, or a capitalised word right before it,
 * opens with the acronym's first letter ("Republic of Korea (ROK)", "Türkiye (Turkey)", "the
 * Iraqi Kurdistan Region (IKR)"); other names keep theirs, whose acronym may come from another
 * language ("Doctors Without Borders (MSF)").
 */
function abbreviates(acronym: string, hit: Candidate, text: string): boolean {
  if (hit.type !== 'Country' && hit.type !== 'Region') return true;
  const first = acronym[0]!.toUpperCase();
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, hit.start - 80), hit.start));
  const words = `${before?.[0] ?? ''}${hit.text}`.split(/[\s‑–-]+/);
  return words.some((word) => word[0]?.toUpperCase() === first);
}

/** The capitalised words that end right before a hit ("Iraqi " of "Iraqi Kurdistan Region"). */
const CAPITALISED_BEFORE = /(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'.-]* )+$/;

/** The acronym hits of one sentence, given its chosen hits; records new definitions in `acronyms`. */
export function definedAcronyms(
  text: string,
  sentence: SegmentedSentence,
  chosen: Candidate[],
  acronyms: Map<string, Candidate>,
): Candidate[] {
  const extra: Candidate[] = [];
  for (const hit of chosen) {
    const defined = /^ \(([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9+&-]{1,9})\)/.exec(
      text.slice(hit.end),
    );
    if (!defined || hit.adjectival) continue;
    const acronym = defined[1]!;
    if (!abbreviates(acronym, hit, text)) continue;
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
      'g',
    );
    pushLaterUses(sentence, pattern, model, chosen, extra);
  }
  return extra;
}

/**
 * Each match of `pattern` in the sentence, not overlapping a chosen or already added hit, is a
 * hit of `model` (a defined acronym's or short name's later uses), added to `extra`.
 */
export function pushLaterUses(
  sentence: SegmentedSentence,
  pattern: RegExp,
  model: Candidate,
  chosen: readonly Candidate[],
  extra: Candidate[],
): void {
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    const start = sentence.start + match.index;
    const range = { start, end: start + match[0].length };
    if ([...chosen, ...extra].some((other) => overlaps(other, range))) continue;
    extra.push({ ...model, ...range, text: match[0] });
  }
}
