/**
 * "the U.S. International Traffic in Arms Regulations (ITAR)", "the President’s Malaria Initiative
 * (PMI)", "the Alliance for Green Infrastructure in Africa (AGIA)": an acronym defined right after
 * a name says how many words the name has. The capitalised-run finder stops at words it cannot
 * join ("in", a possessive, a place after the head), so it names "Arms Regulations", "Malaria
 * Initiative" or "Alliance for Green Infrastructure". When the acronym's letters are exactly the
 * initials of the capitalised words that end at its parenthesis, and those words hold the name
 * found, that span is the name (the head noun, and so the type, stay the same).
 *
 * Archive sample (300 statements): 3 names grow, all to the defined name (CERCLA, OSHA, PMI).
 */
import { entityIdFor } from './candidateAt';
import type { Candidate } from './matchLexicon';

/** Lowercase words inside a name (never its first word). */
const CONNECTORS = new Set(['in', 'of', 'on', 'for', 'and', 'the', 'to', '&']);
/** Words and parenthesis between a name's end and its acronym: " in Africa (AGIA)". */
const TAIL =
  /^((?:\s+(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*,?|in|of|on|for|and|the|to|&)){0,4})\s+\(([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9&-]{1,9})\)/u;
/** Most words a defined name has: longer spans are descriptions. */
const MAX_WORDS = 12;

interface Word {
  text: string;
  start: number;
}

/** The words of the 200 characters of `text` before `end`, last first. */
function wordsBefore(text: string, end: number): Word[] {
  const words: Word[] = [];
  const pattern = /\S+/g;
  const from = Math.max(0, end - 200);
  const slice = text.slice(from, end);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice))
    words.push({ text: match[0], start: from + match.index });
  return words.reverse();
}

/** Start (in `text`) of the span ending at `end` whose capitalised words' initials are `letters`. */
function definedStart(text: string, end: number, letters: string): number | undefined {
  let initials = '';
  let count = 0;
  for (const word of wordsBefore(text, end)) {
    if (++count > MAX_WORDS) return undefined;
    const first = word.text[0]!;
    if (/\p{Lu}/u.test(first)) {
      initials = first + initials;
      if (initials === letters) return word.start;
      if (!letters.endsWith(initials)) return undefined;
    } else if (!CONNECTORS.has(word.text)) return undefined;
  }
  return undefined;
}

/** The candidate grown to the span its defined acronym abbreviates, or the candidate itself. */
export function toAcronymSpan(candidate: Candidate, text: string, offset: number): Candidate {
  const end = candidate.end - offset;
  const tail = TAIL.exec(text.slice(end));
  if (!tail) return candidate;
  const letters = tail[2]!.toUpperCase().replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return candidate;
  const spanEnd = end + tail[1]!.length;
  const start = definedStart(text, spanEnd, letters);
  const local = candidate.start - offset;
  if (start === undefined || start > local || (start === local && spanEnd === end))
    return candidate;
  const surface = text.slice(start, spanEnd).replace(/,$/, '');
  // A newline inside a wrapped line is a space in the name.
  const name = surface.replace(/\s+/g, ' ');
  return {
    ...candidate,
    entityId: entityIdFor(candidate.type, name),
    start: start + offset,
    end: start + offset + surface.length,
    text: surface,
  };
}
