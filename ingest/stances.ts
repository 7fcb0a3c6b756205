/**
 * Stance triggers: how diplomatic statements say reaffirm/commit/support/… (conventions in
 * data/gold/README.md). Each pattern matches the trigger as written; `findTriggers` resolves
 * overlaps (earliest, then longest) so one phrase is one trigger. The modal and aspect undertakings
 * ("will …", "must …") are in undertakingPatterns.ts.
 */
import type { Stance } from '../contract/extraction';
import { zeroThatComplement } from './commitmentVerb';
import { coordinatedUndertakings } from './coordinatedUndertakings';
import { isPreambleParagraph } from './normalise';
import { inObjectRelative, inReducedRelative } from './objectRelative';
import { purposeSeriesTriggers } from './purposeSeries';
import { foldable } from './rules/caseFold';
import { STANCES_COMPILED } from './rules/stanceRules';
import { foldedFrame, framesFor, opensFrame } from './stanceFrames';
import { collect, stickyAt, type Trigger, type Word, wordsAndParts } from './trigger';
import {
  ADDRESSED_NEED,
  ARRANGED,
  AS_WE_UNDERTAKING,
  CONTINUE,
  FRONTED_PURPOSE,
  MUST,
  OBLIGATION,
  OPEN_PROGRESSIVE,
  PROGRESSIVE,
  REPORTED_WOULD,
  WHILE_UNDERTAKING,
  WILL,
} from './undertakingPatterns';
import { collectOpenProgressive, collectUndertaking, stanceOfLast } from './undertakingTriggers';
import { verbTriggers } from './verbTriggers';

export type { Trigger } from './trigger';

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

/** Whether a sentence's opening phrase (to its first comma) names an event it points back to. */
function pointsToEvent(sentence: string, words: readonly Word[]): boolean {
  const comma = sentence.indexOf(',');
  const end = comma < 0 ? sentence.length : comma;
  return words.some((word) => word.start < end && STANCES_COMPILED.backdropEvents.has(word.lower));
}

/**
 * The end of a sentence-opening "As our Nation commemorates …," clause (a whole people as its
 * subject, data/rules/stances.json `occasionSubjects`), or -1: the occasion, no stance of the parties.
 */
export function occasionEnd(sentence: string): number {
  const opening = /^(?:Even\s+)?As\s+(?:our|the|this)\s+([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)\s[^,;]*,/.exec(
    sentence,
  );
  const subject = opening?.[1]?.toLowerCase();
  return subject && STANCES_COMPILED.occasionSubjects.has(subject) ? opening![0].length : -1;
}

/** Stance triggers of a sentence: earliest first, the longest where two overlap. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  const words: Word[] = [];
  verbTriggers(found, sentence, words);
  // "Recalling the summit's statement, the leaders reaffirmed …": the opener points back to
  // what was said before (past narrative), the main clause carries the stance. ("Recalling the
  // shared values that bind us, …" recalls no event: it is a recognition of its own. A preamble
  // paragraph, "Recalling the Joint Statement … in Geneva …;", has no main clause to carry the
  // stance: its participle is the stance, gold 2025-08-11.)
  const opener = found[0];
  if (
    opener &&
    words[0]?.start === opener.start &&
    opener.end === words[0].end &&
    STANCES_COMPILED.backdropOpeners.has(words[0].lower) &&
    pointsToEvent(sentence, words) &&
    !isPreambleParagraph(sentence)
  )
    found.shift();
  const occasion = occasionEnd(sentence);
  if (occasion > 0) while (found[0] && found[0].end < occasion) found.shift();
  // The frames and undertaking patterns below each need a word of their own: a set lookup first
  // spares most sentences the pattern's scan (a leading look-behind is tried at every position).
  const said = wordsAndParts(words);
  // The words that open some sticky frame, in order: each sticky frame is tried at those only
  // (a frame's first words are among them), not asked about every word of the sentence.
  const openers = words.filter((word) => opensFrame(word.lower));
  // The frames read the sentence lowercased where that is exact (rules/caseFold.ts): their
  // patterns then compile without the `i` flag, at half the cost.
  const lowered = foldable(sentence) ? sentence.toLowerCase() : undefined;
  // Only the frames whose needles and first words the sentence has (stanceFrames.ts), a
  // hyphenated word's parts among them: a frame's word boundary stands at a hyphen too, so
  // "re-commitment to X is ironclad" holds the commitment frame's "commitment".
  for (const frame of framesFor(said)) {
    const before = found.length;
    const folded = lowered === undefined ? undefined : foldedFrame(frame);
    const pattern = folded ?? frame.pattern;
    const searched = folded ? lowered! : sentence;
    if (frame.firstWords) stickyAt(found, sentence, openers, frame, pattern, searched);
    else {
      const needsParty = frame.needsParty ?? false;
      collect(found, sentence, pattern, () => frame.stance, needsParty, searched);
    }
    if (frame.partiesSpeak) for (const trigger of found.slice(before)) trigger.partiesSpeak = true;
    if (frame.objectItem) for (const trigger of found.slice(before)) trigger.objectItem = true;
    if (frame.perfectBinds) for (const trigger of found.slice(before)) trigger.perfectBinds = true;
    if (frame.ownerActs) for (const trigger of found.slice(before)) trigger.ownerActs = true;
  }
  const willOrShall = said.has('will') || said.has('shall');
  if (willOrShall && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence))
    collectUndertaking(found, sentence, WILL);
  if (
    said.has('would') &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[^;:.]|(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])\.)*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])would(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
      sentence,
    )
  ) {
    const before = found.length;
    collectUndertaking(found, sentence, REPORTED_WOULD);
    for (const trigger of found.slice(before)) trigger.reported = true;
  }
  // "are continuing to support Ukraine": the verb it reaches decides, as after "continue to".
  collect(found, sentence, PROGRESSIVE, stanceOfLast, true);
  if (
    (said.has('is') || said.has('are') || said.has('am')) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:am|are|is)\s/i.test(sentence)
  )
    collectOpenProgressive(found, sentence, OPEN_PROGRESSIVE);
  if (said.has('while') && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])while(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence)) {
    const before = found.length;
    collect(found, sentence, WHILE_UNDERTAKING, () => 'commit', true);
    for (const trigger of found.slice(before)) trigger.concurrent = true;
  }
  // ("To address these challenges, the Administration will:": a lead-in, whose items undertake.)
  if (/^\s*To\s/.test(sentence) && !/:\s*$/.test(sentence)) {
    const before = found.length;
    collect(found, sentence, FRONTED_PURPOSE, () => 'commit', true);
    for (const trigger of found.slice(before)) trigger.frontedPurpose = true;
  }
  if (said.has('we') && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])as we(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence))
    collect(found, sentence, AS_WE_UNDERTAKING, () => 'commit', true);
  if (
    (said.has('continue') || said.has('continues')) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])continues? to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence)
  )
    collectUndertaking(found, sentence, CONTINUE);
  // (The plain searches first: the pattern's leading look-behind makes the engine try every
  // position of the sentence, and most sentences name no duty.)
  if (
    (sentence.includes('obligation') ||
      sentence.includes('responsibility') ||
      sentence.includes('duty')) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:obligation|responsibility|duty) to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence)
  )
    collectUndertaking(found, sentence, OBLIGATION);
  if (
    willOrShall &&
    said.has('be') &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall) be(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence)
  ) {
    const before = found.length;
    collect(found, sentence, ARRANGED, () => 'commit', false);
    for (const trigger of found.slice(before)) trigger.arranged = true;
  }
  if (said.has('must') && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])must(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence)) {
    const before = found.length;
    collect(found, sentence, MUST, () => 'call', true);
    for (const trigger of found.slice(before)) {
      trigger.appeal = true;
      // "we must stand with workers": a stance frame at the verb decides the parties' own
      // "must", as it does after "will" (gold README 2023-09-20: "must stand with" is support);
      // so does one that takes in the adverb before the verb ("must never forget" recognize:
      // CONVENTIONS s32 AE B).
      const verbAt = trigger.start + trigger.text.lastIndexOf(' ') + 1;
      const mustEnd = trigger.start + 'must '.length;
      const frame = found
        .slice(0, before)
        .find(
          (other) => other.start >= mustEnd && other.start <= verbAt && other.stance !== 'other',
        );
      if (frame) trigger.ownStance = frame.stance;
    }
  }
  if (
    (said.has('should') || said.has('need') || said.has('needs')) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:should|needs? to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence)
  ) {
    const before = found.length;
    collect(found, sentence, ADDRESSED_NEED, () => 'call', true);
    for (const trigger of found.slice(before)) trigger.appeal = true;
  }
  coordinatedUndertakings(found, sentence);
  if (said.has('to') && /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/.test(sentence))
    purposeSeriesTriggers(found, sentence, words);
  absorbAdverbs(found, sentence);
  // "Seeking to strengthen our relationship, the United States and Ecuador have agreed to …": an
  // intent participle opening the sentence is its purpose, as a fronted "To strengthen …" is.
  if (
    words[0] &&
    STANCES_COMPILED.purposeOpeners.has(words[0].lower) &&
    /^\s*\S+\s+to\s/.test(sentence)
  )
    for (const trigger of found)
      if (trigger.start === words[0].start) trigger.frontedPurpose = true;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Trigger[] = [];
  for (const trigger of found) {
    if (chosen.some((other) => trigger.start < other.end && trigger.end > other.start)) continue;
    chosen.push(trigger);
  }
  for (const trigger of chosen) zeroThatComplement(trigger, sentence);
  // ("discussed the steps we are taking …": an undertaking describing the object of a discussion
  // or recognition is folded into it, objectRelative.ts.)
  return chosen.filter(
    (trigger) =>
      !inReducedRelative(sentence, trigger) && !inObjectRelative(sentence, trigger, chosen),
  );
}
