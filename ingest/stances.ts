/**
 * Stance triggers: how diplomatic statements say reaffirm/commit/support/… (conventions in
 * data/gold/README.md). Each pattern matches the trigger as written; `findTriggers` resolves
 * overlaps (earliest, then longest) so one phrase is one trigger. The modal and aspect undertakings
 * ("will …", "must …") are in undertakingPatterns.ts.
 */
import type { Stance } from '../contract/extraction';
import { zeroThatComplement } from './commitmentVerb';
import { type CompiledFrame, STANCES_COMPILED } from './rules/stanceRules';
import { complementStance } from './stanceComplement';
import { framesFor, opensFrame } from './stanceFrames';
import {
  ARRANGED,
  AS_WE_UNDERTAKING,
  CONTINUE,
  MUST,
  PROGRESSIVE,
  WHILE_UNDERTAKING,
  WILL,
} from './undertakingPatterns';

/**
 * CAMEO root codes per stance (GDELT's event taxonomy, top level):
 *   01 make public statement  ← recognize
 *   02 appeal                 ← urge, call, encourage
 *   03 express intent to cooperate ← commit, reaffirm
 *   04 consult                ← other (discussed, reviewed)
 *   05 engage in diplomatic cooperation ← support, welcome
 *   11 disapprove             ← concern, condemn (CAMEO 111 "criticize or denounce")
 *   12 reject                 ← oppose
 */
export const CAMEO_ROOT: Record<Stance, string> = {
  recognize: '01',
  urge: '02',
  call: '02',
  encourage: '02',
  commit: '03',
  reaffirm: '03',
  other: '04',
  support: '05',
  welcome: '05',
  concern: '11',
  condemn: '11',
  oppose: '12',
};

export interface Trigger {
  stance: Stance;
  start: number;
  end: number;
  text: string;
  /** "will …"/"are working to": an undertaking only when a party is its subject. */
  needsSubject: boolean;
  /** "Pyongyang must cease …": a call on its subject, when that is not a party. */
  appeal?: boolean;
  /** "The next meeting will be held in Seoul": a meeting the parties arrange, no subject of theirs. */
  arranged?: boolean;
  /** "…, while ensuring …": an undertaking alongside the stance before it, whose actors it shares. */
  concurrent?: boolean;
}

function collect(
  found: Trigger[],
  sentence: string,
  pattern: RegExp,
  stanceOf: (match: RegExpExecArray, text: string) => Stance,
  needsSubject: boolean,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const text = match[0].trimEnd();
    if (!text) {
      pattern.lastIndex++;
      continue;
    }
    found.push({
      stance: stanceOf(match, text),
      start: match.index,
      end: match.index + text.length,
      text,
      needsSubject,
    });
  }
}

/** An ASCII letter: a word opens with one. */
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A letter or a hyphen: a word goes on over them. */
const isWordChar = (code: number) => isLetter(code) || code === 45;

/**
 * Verb triggers by a word scan (a map lookup per word is far cheaper than one regex of every
 * inflected form): the verb, extended back over adverbs right before it ("strongly condemn").
 */
interface Word {
  start: number;
  end: number;
  lower: string;
}

/**
 * "the review of …", "the United States' DPRK policy review, which takes …": no stance verb of the
 * vocabulary takes "of" or a relative pronoun right after it, so the word is a noun there.
 */
const NOUN_OF = /^(?: of\b|,\s+(?:which|whose)\b)/;

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
    /^[a-z]+$/.test(sentence.slice(noun.start, noun.end)) &&
    !noun.lower.endsWith('s') &&
    !/(?:s|ed|ing)$/.test(verb.lower) &&
    sentence.slice(words[n - 3]!.end, noun.start) === ' ' &&
    sentence.slice(noun.end, verb.start) === ' '
  );
}

function verbTriggers(found: Trigger[], sentence: string, words: Word[]): void {
  const { forms, adverbWords } = STANCES_COMPILED;
  // The words (/[A-Za-z][A-Za-z-]*/) by a scan of code units, not a global regex: an exec's
  // match array per word of every sentence was most of this function's time and garbage.
  const length = sentence.length;
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
    let first = words.length - 1;
    while (
      first > 0 &&
      words.length - first <= 3 &&
      adverbWords.has(words[first - 1]!.lower) &&
      sentence.slice(words[first - 1]!.end, words[first]!.start) === ' '
    )
      first--;
    const start = words[first]!.start;
    const end = at;
    found.push({
      stance: complementStance(sentence, end, form) ?? form.stance,
      start,
      end,
      text: sentence.slice(start, end),
      needsSubject: form.needsParty ?? false,
    });
  }
}

/** A sticky frame tried only where one of its first words stands (`words`: the openers). */
function stickyAt(found: Trigger[], sentence: string, words: Word[], frame: CompiledFrame): void {
  for (const word of words) {
    if (!frame.firstWords!.has(word.lower)) continue;
    frame.pattern.lastIndex = word.start;
    const match = frame.pattern.exec(sentence);
    if (!match) continue;
    const text = match[0].trimEnd();
    found.push({
      stance: frame.stance,
      start: word.start,
      end: word.start + text.length,
      text,
      needsSubject: frame.needsParty ?? false,
    });
  }
}

/**
 * "also raised concerns about": the verb trigger reaches back over its adverbs ("also raised"),
 * the frame starting at the verb reaches further ("raised concerns about"). The frame is the
 * phrase, so it takes the adverbs too and wins as the earliest, longest match.
 */
function absorbAdverbs(found: Trigger[], sentence: string): void {
  const { adverbWords } = STANCES_COMPILED;
  for (const verb of found) {
    for (const frame of found) {
      if (frame.start <= verb.start || frame.start >= verb.end || frame.end <= verb.end) continue;
      const lead = sentence.slice(verb.start, frame.start).trim().toLowerCase().split(/\s+/);
      if (!lead.every((word) => adverbWords.has(word))) continue;
      frame.start = verb.start;
      frame.text = sentence.slice(frame.start, frame.end);
    }
  }
}

/**
 * "will continue to support": the stance of the verb an undertaking ends in, else commit. A
 * negated verb is no such stance: "will never recognise so-called elections", "will never
 * forget" are undertakings (gold 2024-02-24).
 */
const NEGATED = /\bnever\b/i;
const stanceOfLast = (_: RegExpExecArray, text: string): Stance =>
  (!NEGATED.test(text) &&
    STANCES_COMPILED.forms.get(text.slice(text.lastIndexOf(' ') + 1).toLowerCase())?.stance) ||
  'commit';

/**
 * "will continue to call for …", "continue to stand together in firm opposition to …": an
 * undertaking whose verb opens a frame of its own takes that frame's stance (the verb decides,
 * data/gold/README.md); collected after the verbs and frames, so those are in `found` already.
 */
function collectUndertaking(found: Trigger[], sentence: string, pattern: RegExp): void {
  const before = found.length;
  collect(found, sentence, pattern, stanceOfLast, true);
  for (const trigger of found.slice(before)) {
    if (trigger.stance !== 'commit' || NEGATED.test(trigger.text)) continue;
    const verbAt = trigger.start + trigger.text.lastIndexOf(' ') + 1;
    // ("will hold consultations" stays an undertaking to meet: a discussion frame does not decide.)
    const frame = found
      .slice(0, before)
      .find((other) => other.start === verbAt && other.stance !== 'other');
    if (frame) trigger.stance = frame.stance;
  }
}

/** Whether a sentence's opening phrase (to its first comma) names an event it points back to. */
function pointsToEvent(sentence: string, words: readonly Word[]): boolean {
  const comma = sentence.indexOf(',');
  const end = comma < 0 ? sentence.length : comma;
  return words.some((word) => word.start < end && STANCES_COMPILED.backdropEvents.has(word.lower));
}

/** Stance triggers of a sentence: earliest first, the longest where two overlap. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  const words: Word[] = [];
  verbTriggers(found, sentence, words);
  // "Recalling the summit's statement, the leaders reaffirmed …": the opener points back to
  // what was said before (past narrative), the main clause carries the stance. ("Recalling the
  // shared values that bind us, …" recalls no event: it is a recognition of its own.)
  const opener = found[0];
  if (
    opener &&
    words[0]?.start === opener.start &&
    opener.end === words[0].end &&
    STANCES_COMPILED.backdropOpeners.has(words[0].lower) &&
    pointsToEvent(sentence, words)
  )
    found.shift();
  const present = new Set(words.map((word) => word.lower));
  // The words that open some sticky frame, in order: each sticky frame is tried at those only
  // (a frame's first words are among them), not asked about every word of the sentence.
  const openers = words.filter((word) => opensFrame(word.lower));
  // Only the frames whose needles and first words the sentence has (stanceFrames.ts).
  for (const frame of framesFor(present)) {
    if (frame.firstWords) stickyAt(found, sentence, openers, frame);
    else collect(found, sentence, frame.pattern, () => frame.stance, frame.needsParty ?? false);
  }
  if (/\b(?:will|shall)\b/i.test(sentence)) collectUndertaking(found, sentence, WILL);
  // "are continuing to support Ukraine": the verb it reaches decides, as after "continue to".
  collect(found, sentence, PROGRESSIVE, stanceOfLast, true);
  if (/\bwhile\b/i.test(sentence)) {
    const before = found.length;
    collect(found, sentence, WHILE_UNDERTAKING, () => 'commit', true);
    for (const trigger of found.slice(before)) trigger.concurrent = true;
  }
  if (/\bas we\b/i.test(sentence))
    collect(found, sentence, AS_WE_UNDERTAKING, () => 'commit', true);
  if (/\bcontinues? to\b/i.test(sentence)) collectUndertaking(found, sentence, CONTINUE);
  if (/\b(?:will|shall) be\b/i.test(sentence)) {
    const before = found.length;
    collect(found, sentence, ARRANGED, () => 'commit', false);
    for (const trigger of found.slice(before)) trigger.arranged = true;
  }
  if (/\bmust\b/i.test(sentence)) {
    const before = found.length;
    collect(found, sentence, MUST, () => 'call', true);
    for (const trigger of found.slice(before)) trigger.appeal = true;
  }
  absorbAdverbs(found, sentence);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Trigger[] = [];
  for (const trigger of found) {
    if (chosen.some((other) => trigger.start < other.end && trigger.end > other.start)) continue;
    chosen.push(trigger);
  }
  for (const trigger of chosen) zeroThatComplement(trigger, sentence);
  return chosen;
}
