/**
 * Verb triggers by a word scan (a map lookup per word is far cheaper than one regex of every
 * inflected form): the verb, extended back over adverbs right before it ("strongly condemn"),
 * unless the word is a noun there.
 */
import { STANCES_COMPILED } from './rules/stanceRules';
import { complementStance } from './stanceComplement';
import { inTimeFrame } from './timeFrame';
import type { Trigger, Word } from './trigger';

/** An ASCII letter: a word opens with one. */
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A letter or a hyphen: a word goes on over them. */
const isWordChar = (code: number) => isLetter(code) || code === 45;

/**
 * "the review of …", "the United States' DPRK policy review, which takes …": no stance verb of the
 * vocabulary takes "of" or a relative pronoun right after it, so the word is a noun there.
 */
const NOUN_OF = /^(?: of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|,\s+(?:which|whose)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;

/**
 * What a founding act founds: "launch the …", "established a new …", "launched “Q-CHAMP”",
 * "embark on a trilateral effort".
 * Not "the endeavor we launch today" (a relative clause) nor "established, non-binding norms".
 */
const FOUNDED_OBJECT =
  /^\s+(?:on\s+)?(?:(?:a|an|the|new|our|their|its|this|these|further)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"])/;

/** After a modal or "to" the base form is no act of the meeting ("they would launch …"). */
const NOT_FINITE = new Set(['would', 'could', 'might', 'may', 'can', 'should', 'must', 'to']);

function foundingAct(words: Word[], after: string): boolean {
  const n = words.length;
  const before = words[n - 2]?.lower ?? '';
  // ("to negotiate and establish their own limits": an infinitive coordinated after "to".)
  const infinitive = before === 'and' && words[n - 4]?.lower === 'to';
  return FOUNDED_OBJECT.test(after) && !NOT_FINITE.has(before) && !infinitive;
}

/**
 * "the Mekong-U.S. Partnership, which complements the Friends of the Mekong, and supports the
 * implementation of …": an -s verb coordinated with a "which" relative's own -s verb (no pronoun
 * or determiner right after "which") shares the relative's antecedent as its subject, so it is no
 * stance of the statement's parties. Both must agree: in "generative AI, which is increasingly
 * prominent …, and encourage international organizations" the base form is the parties' "We …".
 */
const RELATIVE_COORDINATE =
  /,\s+which\s+(?:also\s+)?(?!(?:we|they|he|she|it|i|you|the|a|an|our|their|its|this|these|both|all)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]+s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^;:]{0,160}?\s+and\s+(?:also\s+)?$/;

/** Possessive determiners: a verb form right after one (or after one and a noun) is a noun. */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
]);

/**
 * "their support", "Japan's swift delivery of its budget support": the last word of `words` right
 * after a possessive determiner, or after one and a singular noun, is a noun, no stance verb. Not
 * "As our Nation commemorates", "our countries support" (a subject, then its verb), nor across a
 * comma ("rebuild our military, support our veterans").
 */
function afterPossessive(words: readonly Word[], sentence: string): boolean {
  const n = words.length;
  if (n >= 2 && POSSESSIVES.has(words[n - 2]!.lower)) return true;
  if (n < 3 || !POSSESSIVES.has(words[n - 3]!.lower)) return false;
  const noun = words[n - 2]!;
  const verb = words[n - 1]!;
  return (
    /^[a-zß-öø-ɏḀ-ỿ]+$/.test(sentence.slice(noun.start, noun.end)) &&
    !noun.lower.endsWith('s') &&
    !/(?:s|ed|ing)$/.test(verb.lower) &&
    sentence.slice(words[n - 3]!.end, noun.start) === ' ' &&
    sentence.slice(noun.end, verb.start) === ' '
  );
}
export function verbTriggers(found: Trigger[], sentence: string, words: Word[]): void {
  const { forms, adverbWords } = STANCES_COMPILED;
  // The words (/[A-Za-z][A-Za-z-]*/) by a scan of code units, not a global regex: an exec's
  // match array per word of every sentence was most of this function's time and garbage.
  const length = sentence.length;
  // RELATIVE_COORDINATE needs a "which": most sentences have none, so skip its 200-character test.
  const hasWhich = sentence.includes('which');
  let at = 0;
  while (at < length) {
    if (!isLetter(sentence.charCodeAt(at))) {
      at++;
      continue;
    }
    const wordStart = at;
    at++;
    while (at < length && isWordChar(sentence.charCodeAt(at))) at++;
    const lower = sentence.slice(wordStart, at).toLowerCase();
    words.push({ start: wordStart, end: at, lower });
    const form = forms.get(lower);
    if (!form) continue;
    // "unimpeded lawful commerce and respect of international law": a noun (NOUN_OF).
    if (NOUN_OF.test(sentence.slice(at, at + 10)) || afterPossessive(words, sentence)) continue;
    if (form.foundingAct && !foundingAct(words, sentence.slice(at, at + 12))) continue;
    // ("As we celebrate the 45th anniversary …, we commit …": a date, no welcome.)
    if (form.timeFrame && inTimeFrame(sentence, words)) continue;
    let first = words.length - 1;
    while (
      first > 0 &&
      words.length - first <= 3 &&
      adverbWords.has(words[first - 1]!.lower) &&
      sentence.slice(words[first - 1]!.end, words[first]!.start) === ' '
    )
      first--;
    const start = words[first]!.start;
    if (
      hasWhich &&
      lower.endsWith('s') &&
      RELATIVE_COORDINATE.test(sentence.slice(Math.max(0, start - 200), start))
    )
      continue;
    const end = at;
    found.push({
      stance: complementStance(sentence, end, form) ?? form.stance,
      start,
      end,
      text: sentence.slice(start, end),
      needsSubject: form.needsParty ?? false,
      ...(form.foundingAct ? { foundingAct: true } : {}),
    });
  }
}
