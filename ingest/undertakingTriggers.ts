/**
 * Undertakings by a pattern ("will …", "continue to …"): the stance of the verb they reach, else
 * commit. The patterns are in undertakingPatterns.ts.
 */
import type { Stance } from '../contract/extraction';
import { STANCES_COMPILED } from './rules/stanceRules';
import { collect, type Trigger } from './trigger';

/**
 * "will continue to support": the stance of the verb an undertaking ends in, else commit. A
 * negated verb is no such stance: "will never forget" is an undertaking. ("will never recognise"
 * is a refusal, oppose, by its own frame in data/rules/stances.json: gold 2022-09-23, 2021-09-01;
 * 2024-02-24 read it as commit.)
 */
const NEGATED =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:never|not)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! only(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;
/** A verb that arranges a meeting ("will hold talks", "will have a discussion"). */
const HOLD_OR_HAVE = /^(?:hold|have)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** A present "continue(s) to …" (not after "will"). */
const PRESENT_CONTINUE = /^continues? to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** A plain negation (not "not only"). */
const NOT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])not(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! only(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;
/** The "be" of a future progressive right before the undertaking's verb ("will be hosting"). */
const FUTURE_BE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])be [^ ]+$/i;
/** An open relative or "that" clause before the trigger, within its clause. */
const CLAUSE_OPENED = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|who|whom)\s[^,;:—–]*$/i;

export const stanceOfLast = (_: RegExpExecArray, text: string): Stance => {
  const verb = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  // ("we must never forget the immense price …" recognizes; stances.json `negatedVerbs`,
  // CONVENTIONS s32 AE B.)
  if (NEGATED.test(text)) return STANCES_COMPILED.negatedVerbs.get(verb) ?? 'commit';
  // ("President Biden continues to monitor the situation": an ongoing watch or consultation in
  // the present is `other`; "will monitor", "will continue to consult" stay undertakings, gold
  // 2022-02-19 and 2023-03-13 against 2021-09-24, 2022-07-16.)
  if (PRESENT_CONTINUE.test(text) && STANCES_COMPILED.exchangeVerbs.has(verb)) return 'other';
  return STANCES_COMPILED.forms.get(verb)?.stance ?? 'commit';
};

/**
 * "will continue to call for …", "continue to stand together in firm opposition to …": an
 * undertaking whose verb opens a frame of its own takes that frame's stance (the verb decides,
 * data/gold/README.md); collected after the verbs and frames, so those are in `found` already.
 */
export function collectUndertaking(found: Trigger[], sentence: string, pattern: RegExp): void {
  const before = found.length;
  collect(found, sentence, pattern, stanceOfLast, true);
  // "products that we will not make at home", "a signal that he will not outlast our resolve": a
  // refusal inside a relative or "that" clause describes or predicts; only a main clause's
  // "will not …" is an undertaking ("The United States will not use its vaccines to …").
  for (let k = found.length - 1; k >= before; k--) {
    const trigger = found[k]!;
    if (NOT.test(trigger.text) && CLAUSE_OPENED.test(sentence.slice(0, trigger.start)))
      found.splice(k, 1);
  }
  for (const trigger of found.slice(before)) {
    if (NEGATED.test(trigger.text)) continue;
    const verbAt = trigger.start + trigger.text.lastIndexOf(' ') + 1;
    // ("will be monitoring the situation": a frame may open at the progressive's "be", which
    // reads the aspect with its verb, `{BE} monitoring` other, gold 2022-02-23.)
    const aspect = FUTURE_BE.exec(trigger.text);
    const beAt = aspect ? trigger.start + aspect.index : -1;
    // A verb with a stance of its own ("will underscore" recognize) yields only to a frame that
    // reads its object too ("underscore their continued support for" support), as the past
    // "underscored their continued support for" is read (the longer trigger wins there).
    const reach = trigger.stance === 'commit' ? verbAt : trigger.end;
    // ("will hold consultations" stays an undertaking to meet: a discussion frame at "hold" or
    // "have" does not decide; "will engage in discussions on", "will exchange views on" are
    // `other`, as "will discuss" is: gold 2022-07-21, CONVENTIONS "will exchange views on".)
    const arranges = HOLD_OR_HAVE.test(sentence.slice(verbAt));
    const frame = found
      .slice(0, before)
      .find(
        (other) =>
          (other.start === verbAt || other.start === beAt) &&
          other.end > reach &&
          (other.stance !== 'other' || !arranges),
      );
    if (frame) trigger.stance = frame.stance;
  }
}

/**
 * The open progressive (OPEN_PROGRESSIVE): an undertaking only where no verb or frame trigger
 * starts at its verb already ("are expressing concern" stays concern, "are calling on" a call:
 * the stance vocabulary decides what it knows).
 */
export function collectOpenProgressive(found: Trigger[], sentence: string, pattern: RegExp): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const verb = match[1]!;
    const verbAt = match.index + match[0].length - verb.length;
    if (found.some((other) => other.start <= verbAt && other.end > verbAt)) continue;
    found.push({
      stance: 'commit',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      needsSubject: true,
    });
  }
}
