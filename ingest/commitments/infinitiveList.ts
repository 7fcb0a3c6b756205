/**
 * "We vow to rebuild our military, support our veterans, and stand strong against …", "Now is the
 * time for us to stand strong with Ukraine and stand united with our Allies": base verbs in the
 * list of infinitives after one undertaking ("vow to", "resolve to", "intend to") or after one
 * infinitive stance repeat what that verb governs, so they are part of its one commitment (gold
 * README: "one 'will' or 'committed to' governing several infinitives stays one"; session 8: the
 * verb decides over its object, "pledged to support" is commit).
 */
import { caseless } from '../letters';
import { STANCES_COMPILED } from '../rules/stanceRules';
import type { Trigger } from '../stances';
import { CLAUSE_WORD, verbForm } from './clauses';
import type { Accepted } from './decision';
import { INFINITIVE_BETWEEN } from './presentOpening';

/**
 * An undertaking of intent that ends in its "to": "vow to", "are committed to", "intend to"
 * (data/rules/stances.json `intentHeads`, inflected: "vowed", "pledges", "planning").
 */
const GOVERNING_TO = new RegExp(
  caseless(
    `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${STANCES_COMPILED.intentHeads.join('|')})(?:s|es|d|ed|ing)?\\s+to$`,
  ),
  'i',
);

const UNDERTAKEN: ReadonlySet<string> = new Set(['commit', 'support', 'oppose']);

/**
 * "the transfer of technology … as a means to bolster development, create jobs and income, support
 * livelihoods, and bridge the technological gap": the infinitive list of "a means to" says what the
 * means does, so a stance verb among its items is no stance of the subject (CONVENTIONS §5: an
 * infinitive that describes the object stays folded; gold 2022-09-20, 2023-09-18: 2 of 2). Only
 * "means": after the other means nouns (`describedMeans`: "funding to …, and support …") the gold
 * reads a later item as the subject's own verb as often.
 */
const MEANS_LIST =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])as\s+an?\s+(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+\s+){0,3}?means\s+to\s+[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s)[^;:.])*$/i;

export function inInfinitiveList(
  previous: Accepted,
  trigger: Trigger,
  text: string,
  left: string,
): boolean {
  if (verbForm(trigger) !== 'base') return false;
  const between = text.slice(previous.trigger.end, trigger.start);
  // "has committed to refrain from …; ensure …; support a moratorium …; and remove …": a trade
  // framework's semicolon list of what one party undertakes. A base verb with no subject right
  // after the semicolon can only be one more infinitive of that "committed to" (a new finite
  // clause would name its subject: "…; we also welcome …").
  if (
    /;(?:\s+and)?$/.test(left) &&
    previous.trigger.stance === 'commit' &&
    GOVERNING_TO.test(previous.trigger.text) &&
    !/:/.test(between)
  )
    return true;
  if (!/(?:,|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and)$/.test(left)) return false;
  if (MEANS_LIST.test(between)) return true;
  if (CLAUSE_WORD.test(between) || /[;:]/.test(between)) return false;
  // "intend to strengthen …, advance …, and plan to promote …", "agree to work … and commit to
  // continue …": an intent head of its own is a finite verb of the subject, a new undertaking.
  if (GOVERNING_TO.test(trigger.text)) return false;
  // "We will enhance our capacity to improve …, and work to increase …": one "will" governing
  // several undertakings is one (gold README; "will … impose sanctions …, and provide unwavering
  // support for Ukraine" keeps its support: the verb decides).
  if (
    previous.trigger.stance === 'commit' &&
    verbForm(previous.trigger) === 'modal' &&
    trigger.stance === 'commit'
  )
    return true;
  // Under one undertaking's "to" with a verb after it ("committed to upholding …, and call on …",
  // "committed to universalization …, and support …": a gerund or a noun is no list of verbs;
  // "have committed to develop … and affirm …": after a perfect the base verb is a present one).
  // Only undertakings and what they do ("support our veterans", "stand strong against"): a
  // speech act after "and" is a finite verb of its own ("intend to update … and welcome those
  // who have done so", "intend to strengthen … and call upon others to join us").
  if (
    previous.trigger.stance === 'commit' &&
    UNDERTAKEN.has(trigger.stance) &&
    !previous.perfect &&
    GOVERNING_TO.test(previous.trigger.text) &&
    INFINITIVE_BETWEEN.exec(`to${between}`)?.index === 0
  )
    return true;
  // One infinitive stance and the same stance again after "and": one act said twice.
  return (
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/.test(between) &&
    previous.trigger.stance === trigger.stance &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+$/i.test(text.slice(0, previous.trigger.start)) &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(left)
  );
}
