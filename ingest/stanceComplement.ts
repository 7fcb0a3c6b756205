/** The stance a verb takes from its complement (data/rules/stances.json `byComplement`). */
import type { Stance } from '../contract/extraction';
import type { VerbForm } from './rules/stanceRules';

/**
 * "affirmed that the ROK will apply …", "affirm in the strongest words possible their commitment":
 * a verb that takes its stance from its complement (→ commit) when that is an undertaking.
 */
export function complementStance(
  sentence: string,
  end: number,
  form: VerbForm | undefined,
): Stance | undefined {
  if (!form?.byComplement) return undefined;
  const rest = sentence.slice(end, end + 200);
  // "confirmed they would continue to coordinate": the speakers' own "would/will", reported with
  // or without "that", is an undertaking (data/gold/README.md).
  if (OWN_WOULD.test(rest)) return form.byComplement;
  // "affirm to maintain favorable conditions", "affirmed to continue full cooperation": an
  // infinitive of their own is an undertaking (CONVENTIONS §6 commit, s32 AF A: "affirm to
  // support"; gold 5 of 5 such triggers commit); "confirmed to reporters that …" names a hearer.
  if (OWN_INFINITIVE.test(rest)) return form.byComplement;
  // "assured the Prime Minister that …": the one addressed may stand before "that".
  const that = /^(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+){0,4}?\s+that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(rest);
  if (that) {
    // "affirm a partnership that is stronger …": the object before the relative "that" decides.
    if (OWN_COMMITMENT.test(that[0])) return form.byComplement;
    const clause = rest.slice(that[0].length).split(/[;:]/, 1)[0] ?? '';
    // "affirm that they plan to: …", "affirms that it intends to …": a stated intent is the
    // undertaking as a "will" is (gold 2022-06-13, 2026-02-06: 2 of 2 commit); not one in a
    // clause coordinated after it ("confirmed that the United States is the primary security
    // partner …, and the two leaders intend to …", gold 2022-07-16: recognize).
    // ("assured President Rivlin that the United States remains determined to counter …": a held
    // readiness is the undertaking as a "will" is, gold 2021-06-28.)
    const will =
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(clause) ??
      HELD_READINESS.exec(clause) ??
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:plan|intend|aim|seek|pledge|resolve)s?\s+to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(
        clause.split(/,\s+(?:and|but)\s/, 1)[0] ?? '',
      );
    // "affirm that technology will play the defining role": a forecast about a thing (a subject of
    // lowercase words only, no party, pronoun or "the two sides") is no undertaking.
    if (!will || THING_SUBJECT.test(clause.slice(0, will.index))) return undefined;
    return form.byComplement;
  }
  return OWN_COMMITMENT.test(rest) ? form.byComplement : undefined;
}

/**
 * "remains determined to", "stands ready to": a readiness held by the clause's named subject ("we
 * stand ready to" after "affirm that" is its own trigger, the one commitment: gold 2023-09-21).
 */
const HELD_READINESS =
  /(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:we|they|I|he|she|it)\s+)(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:stands?|remains?)\s+(?:\p{Ll}+ly\s+)?(?:ready|determined|prepared|resolved|committed)\s+to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

const THING_SUBJECT =
  /^\s*(?!(?:they|we|both|our|their|each|all|the\s+(?:two|three|four)|this|these)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:\p{Ll}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*,?\s+){1,8}$/u;

const OWN_WOULD =
  /^\s+(?:that\s+)?(?:they|we|both(?:\s+(?:sides|leaders))?|the\s+two\s+(?:leaders|sides))\s+(?:would|will|shall)\s+(?!not(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|be(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|have(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

/** "to" and a lowercase verb, not a determiner or possessive opening a hearer ("to the press"). */
const OWN_INFINITIVE =
  /^\s+(?:\p{Ll}+ly\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|all|each|both|them|him|us|me)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?:(?<=[\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\wÀ-ÖØ-öø-ɏḀ-ỿ]))/u;

/**
 * "… in the strongest words possible their commitment": a possessed commitment, plan or intention
 * within six words; "confirmed the continuation of close collaboration", "confirmed the steady implementation
 * of the realignment": their own activity goes on;
 * "affirmed commitments with the ROK to deepen …": undertakings made with a partner; "affirm a
 * partnership that is stronger …": their own relationship (gold README session 12; "affirms the
 * importance of the partnership" stays a recognition); "affirmed our cooperation on health
 * security", "affirming their strategic dialogue on …": their own joint work goes on; "affirmed the
 * outcomes of the 2+2 Ministerial Dialogue": they take its agreements on (gold 2021-08-11,
 * 2021-09-24, 2022-05-24); "affirm our continued work through the TTC …" likewise (gold 2023-10-20).
 */
const OWN_COMMITMENT =
  /^(?:(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+){0,6}?\s+(?:their|its|our|his|her)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:commitments?|determination|resolve|plans?|intention)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|\s+the\s+(?:continuation|(?:steady|continued|smooth|swift|faithful)\s+implementation)\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|\s+(?:new\s+|joint\s+)?commitments?\s+(?:with|to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|\s+(?:a|an|their|our)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:partnership|alliance|friendship)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![’'])|\s+(?:their|our)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:cooperation|collaboration|coordination|dialogue|work)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![’'])|\s+the\s+outcomes?\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;
