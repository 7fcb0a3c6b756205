/**
 * "Building on recent announcements …, the two countries anticipate …": a fronted participle
 * before a main clause of its own (a subject after a comma, then its finite verb) is no item of a
 * list: the sentence has a subject, and its commitment is found as any other. A comma and "the"
 * alone are no subject: "Strengthening coordination among donors, the UN including the Rome-Based
 * Agencies …, to prioritize …" lists the bodies coordinated, and no finite verb follows (gold
 * 2023-05-20 Hiroshima, 2 bullets lost with the rest of their list).
 */
import { tagTexts } from '../entities/tagger';

/** A comma, then a subject's first word: where a main clause may begin. */
const SUBJECT_AFTER_COMMA = /,\s+(?:we|they|the|our|both|these|this|its|their)\s/gi;

/** Words after the subject's first word in which its finite verb stands ("the two countries anticipate"). */
const WINDOW_WORDS = 12;

/** Modal and auxiliary finite forms the tagger may leave untensed ("will", "shall", "can"). */
const FINITE_AUXILIARIES = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
]);

const RELATIVE = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'while', 'as', 'if']);

/** Whether `words` (lowercase text after a subject's first word) hold a finite verb. */
function finiteIn(words: string): boolean {
  const terms = tagTexts([words])[0] ?? [];
  let previous = '';
  for (const { tags, text } of terms) {
    const afterTo = previous === 'to';
    previous = text.toLowerCase();
    // A capitalised word is a name's ("the UN", "Rome-Based"), never the clause's verb; the word
    // after "to" opens an infinitive; a gerund or an untensed participle is no finite verb.
    if (afterTo || /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(text)) continue;
    // "the agencies that are …": a relative clause's verb is not the subject's.
    if (RELATIVE.has(previous)) return false;
    if (FINITE_AUXILIARIES.has(previous)) return true;
    if (!tags.has('Verb') || tags.has('Gerund')) continue;
    if (tags.has('PresentTense') || tags.has('PastTense')) return true;
  }
  return false;
}

/** Whether the opening participle of `text` stands before a main clause with a subject and verb. */
export function frontedMainClause(text: string): boolean {
  for (const match of text.matchAll(SUBJECT_AFTER_COMMA)) {
    // (Only commas before any ";" or ":": a later clause is another item's or a label's.)
    if (/[;:]/.test(text.slice(0, match.index))) return false;
    const after = text.slice(match.index + match[0].length).split(/[;:]/)[0]!;
    const window = after.split(/\s+/).slice(0, WINDOW_WORDS).join(' ');
    if (finiteIn(window)) return true;
  }
  return false;
}
