/**
 * Normative modals: "must", "should" and an addressee's "need(s) to" before a verb. Whose line it
 * is decides its reading (commitments/appealSubject.ts, addressedAppeal.ts): the speakers' own
 * "we must / we should" is their undertaking, a named non-party or a third party named by an
 * agent noun ("World leaders must …", "Creditor countries should …") is called on by the
 * speakers (CONVENTIONS s31 ruling), and a line with no agent ("The NPT must be upheld") is none.
 */
import { STANCES_COMPILED } from './rules/stanceRules';
import { collect, type Trigger } from './trigger';

const B = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
const WORD = '[a-zß-öø-ɏḀ-ỿ]+';
/** Adverbs passed over between "should" and its verb, never read as the verb. */
const ADVERB =
  'also|now|immediately|not|never|instead|further|urgently|all|always|only|still|just|ever|fully|quickly|swiftly|promptly|jointly|collectively|together';
/** "must not succeed", "should not win": an outcome named, no act asked of anyone. */
const OUTCOME = `(?!(?:${STANCES_COMPILED.normativeOutcomes.join('|')})${B})`;

/**
 * "Pyongyang must cease its destabilizing actions": the statement calls on the one who must act
 * (kept only when that subject is no party: speakers/commitments decide). "must be respected"
 * is a passive with no one addressed; "must be held accountable", "must be brought to justice"
 * name the conduct required of the subject itself, a call on it (CONVENTIONS s31 ruling: "Those
 * who carried out this crime … must be held fully accountable" is `call`). "we must take this
 * opportunity to reaffirm …" is no obligation of its own: the occasion is a purpose (clauses.ts
 * OCCASION_PURPOSE), the verb after it carries the stance.
 */
export const MUST = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])must (?:(?:also|now|immediately|not|never|instead|stop|further) )*(?:be (?:held (?:fully |to )?accountable|brought to justice)${B}|(?!be${B}|have${B}|not${B})${OUTCOME}(?!(?:take|use|seize) (?:this|the|that|today’s|today's) (?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+ ){0,4}?(?:occasion|opportunity|moment) to${B})${WORD}${B})`,
  'gi',
);

/**
 * "… and the IMF should enforce this norm", "Together, we should aim at …": "should" before a verb
 * is read as "must" is, its subject deciding (gold 2024-05-23, 2022-03-24). Not a conditional
 * inversion ("should they continue to threaten …", "should such an attack take place": a
 * pronoun or determiner after it), a passive or "have" ("should be settled", "should not have
 * access": no act asked of the subject); adverbs before the verb are passed over ("should not
 * only apply", "should always have", "should fully resource").
 */
export const SHOULD = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])should (?!(?:they|it|he|she|we|you|such|the|a|an|any|this|these|that|those|there)${B})(?:(?:not only|no longer|continue to|${ADVERB}) )*(?!(?:be|have|not|no|${ADVERB})${B})${OUTCOME}${WORD}${B}`,
  'gi',
);

/**
 * "The military regime should engage …" (under SHOULD), "Both parties need to allow …": a third
 * party (an `addressees` head noun) told what it needs to do is called on, as with "must"
 * (sharedSubject.ts decides who calls). Only after such a head: "States need to" is no call
 * (gold README: normative lines with generic subjects are none), and "we need to" is read by
 * the undertaking patterns.
 */
export const ADDRESSED_NEED = new RegExp(
  `(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${STANCES_COMPILED.addressees.join('|')})\\s+)needs? to (?:(?:also|now|immediately|urgently|instead|further) )*(?!(?:be|have|not)${B})${OUTCOME}${WORD}${B}`,
  'gi',
);

/**
 * Collects one modal's triggers as appeals. "we must stand with workers": a stance frame at the
 * verb decides the parties' own "must", as it does after "will" (gold README 2023-09-20: "must
 * stand with" is support); so does one that takes in the adverb before the verb ("must never
 * forget" recognize: CONVENTIONS s32 AE B).
 */
export function collectNormative(found: Trigger[], sentence: string, pattern: RegExp): void {
  const before = found.length;
  collect(found, sentence, pattern, () => 'call', true);
  for (const trigger of found.slice(before)) {
    trigger.appeal = true;
    const verbAt = trigger.start + trigger.text.lastIndexOf(' ') + 1;
    const modalEnd = trigger.start + trigger.text.indexOf(' ') + 1;
    const frame = found
      .slice(0, before)
      .find(
        (other) => other.start >= modalEnd && other.start <= verbAt && other.stance !== 'other',
      );
    if (frame) trigger.ownStance = frame.stance;
  }
}
