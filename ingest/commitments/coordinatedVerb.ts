/**
 * A verb coordinated with the stance before it ("… and provide support", "…, noting that …")
 * shares that stance's subject; split from sharedSubject.ts, which tries this first among the
 * places a subjectless trigger may take its subject from.
 */
import type { ActorContext } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import {
  CLAUSE_WORD,
  compatible,
  isParty,
  openingSubject,
  relativeBetween,
  verbForm,
} from './clauses';
import { type Accepted, type Decision, skipWith } from './decision';
import { inInfinitiveList } from './infinitiveList';
import { INFINITIVE_BETWEEN, presentOpeningSubject } from './presentOpening';
import { reportingSubject } from './reportedPast';

/** ", driven by innovation, and": a participle phrase with its agent ends a list before the "and". */
const PARTICIPLE_LIST = /,\s+[a-zß-öø-ɏḀ-ỿ]+(?:ed|en)\s+by\s[^,;]{1,60},?\s+and$/;

/**
 * "…, and underscore …", "…; and promote …": a later item of the same verb series, before the
 * clause ends (a bare comma after a modal's verb is then a list separator, not an aside).
 */
const SERIES_GOES_ON = /^[^;:]*?,\s+and\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?[a-zß-öø-ɏḀ-ỿ]+\s/;

/**
 * "…, support for refugees", "in substantial resourcing, support, and partnerships": a stance
 * word before "for", "of", a comma or "and" is a noun in the object list (a verb has an object).
 */
const NOUN_AFTER = /^(?:\s+(?:for|of|and|or)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|\s*,)/i;

/**
 * "Secretary Blinken will demonstrate …, reaffirm …, and underscore …": the middle verbs of a
 * series of three or more under one modal share its subject as the last one does after "and"
 * (CONVENTIONS §5: one "will" over verbs of different stances is split by the verb).
 */
function modalSeriesItem(previousForm: string | undefined, trigger: Trigger, after: string) {
  return (
    previousForm === 'modal' &&
    verbForm(trigger) === 'base' &&
    !NOUN_AFTER.test(after) &&
    SERIES_GOES_ON.test(after)
  );
}

/** Stances whose object is asked to act: an infinitive list after them is the ask. */
const APPEALS: ReadonlySet<string> = new Set(['call', 'urge', 'encourage']);

/** A relative clause with a modal of its own ("…, which will include …"). */
const RELATIVE_MODAL =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:which|who)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?(?:will|would|shall|can|may)\s+[a-zß-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;]*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and\s*$/i;

/** What a trigger without a subject of its own is read with. */
export interface SharedInput {
  sentence: SegmentedSentence;
  hits: EntityHit[];
  context: ActorContext;
  trigger: Trigger;
  accepted: readonly Accepted[];
}

/**
 * The stance a coordinated verb joins: "They affirmed …, recognizing the importance of …, and
 * committed to …" joins "affirmed" over the participial aside between them.
 */
function beyondAside(accepted: readonly Accepted[], trigger: Trigger): Accepted | undefined {
  const last = accepted[accepted.length - 1];
  const before = accepted[accepted.length - 2];
  if (!last || !before || verbForm(trigger) === 'ing') return last;
  const lastForm = last.form ?? verbForm(last.trigger);
  const beforeForm = before.form ?? verbForm(before.trigger);
  return lastForm === 'ing' && beforeForm === verbForm(trigger) ? before : last;
}

/**
 * "Both leaders noted they continue to reject …, condemned …": a verb after a bare comma, of the
 * form of the verb before the complement clause the last stance sits in (a subject of its own
 * after that verb), is that verb's second verb, not the clause's.
 */
function beyondComplement(accepted: readonly Accepted[], trigger: Trigger): Accepted | undefined {
  const last = accepted[accepted.length - 1];
  const before = accepted[accepted.length - 2];
  if (!last?.subject || !before || verbForm(trigger) !== 'past') return undefined;
  const lastForm = last.form ?? verbForm(last.trigger);
  const beforeForm = before.form ?? verbForm(before.trigger);
  if (lastForm === 'past' || beforeForm !== 'past') return undefined;
  return last.subject.start >= before.trigger.end ? before : undefined;
}

/**
 * "the United States will continue to support the two state solution and to oppose policies …":
 * a repeated "to" after "and" under a modal, with no other infinitive between, is the modal's
 * second verb (gold 2022-12-29: support and oppose), so the "to" joins like a bare "and". After
 * another infinitive ("will work with X to address … and to support …") it continues that
 * purpose instead, and the "to" stays.
 */
function secondInfinitive(
  input: SharedInput,
  previous: Accepted | undefined,
  left: string,
): string {
  if (!previous || verbForm(previous.trigger) !== 'modal' || !/\sand\s+to$/.test(left)) return left;
  // ("will continue to reinforce … and to work together to …": one modal's undertakings are one
  // commit; only a verb with a stance of its own is a second commitment.)
  if (input.trigger.stance === 'commit') return left;
  const between = input.sentence.text.slice(previous.trigger.end, left.length - 'and to'.length);
  return /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/.test(between) ? left : left.slice(0, -' to'.length);
}

/**
 * "… and provide support" shares the subject of the stance before; after a bare comma only a verb
 * of the same form does ("…, committed to …" after "will ensure" describes, it does not
 * undertake). Without a stance before, the opening verb's subject ("NCG Principals approved X,
 * underscored Y, and will report Z").
 */
export function coordinatedWith(input: SharedInput, left: string): Decision | undefined {
  const { sentence, hits, context, trigger, accepted } = input;
  const previous = beyondAside(accepted, trigger);
  // "…, and each pledged to …": a distributive word before the verb keeps the shared subject.
  // ("…, and strongly oppose …": a lowercase manner adverb after the "and" too.)
  const joined = secondInfinitive(input, previous, left)
    .replace(/(?:\s+[a-zß-öø-ɏḀ-ỿ]+ly)+$/, '')
    .replace(
      /(?:\s+(?:also|further|will|then|continue to|continues to|each|both|all|together|jointly))+$/i,
      '',
    );
  // ("… in Washington, D.C.—and pledge that …": a dash before the "and" as a comma.)
  // "will reaffirm …, as well as discuss …": a second verb of the modal, a stance of its own
  // (gold README, annotator B: the preview's agenda carries its verbs' stances).
  const previousModal = previous !== undefined && verbForm(previous.trigger) === 'modal';
  const asWellAs = previousModal && verbForm(trigger) === 'base' && /,\s+as well as$/.test(joined);
  const byAnd = asWellAs || /(?:(?:,?\s+|\s*[—–]\s*)and|;)$/.test(joined);
  const byComma = !byAnd && /,$/.test(joined);
  // "underscored …, while acknowledging …": a participle after ", while" shares it too; so does
  // a means of another stance ("will help to implement … by supporting …", "is committed to …
  // by welcoming …": gold 2023-04-03, 2023-08-02), not an example ("including by …") nor one of
  // the same stance ("underscored their commitment … by announcing …" is one, gold 2021-11-19).
  const byMeans =
    /(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])including)\s+by$/i.test(joined) &&
    trigger.stance !== previous?.trigger.stance;
  const byWhile = (/,\s+while$/i.test(joined) || byMeans) && verbForm(trigger) === 'ing';
  const previousForm = previous ? (previous.form ?? verbForm(previous.trigger)) : undefined;
  const overClause = byComma ? beyondComplement(accepted, trigger) : undefined;
  if (overClause) return { accept: { trigger, actors: overClause.actors } };
  const mixed =
    previous !== undefined &&
    previousForm === 'past' &&
    verbForm(trigger) === 'base' &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(joined) &&
    presentAfterPast(sentence.text.slice(previous.trigger.start, trigger.start));
  // "They also commit to continue cooperation … and committed to strengthen …", "welcomes …, and
  // noted …": a past stance verb joined to a present one by "and" is the same speakers' (a past
  // form is never one more verb of an infinitive; "welcomed by" is a passive, no verb of theirs).
  const pastAfterPresent =
    previous !== undefined &&
    previousForm === 'base' &&
    verbForm(trigger) === 'past' &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and$/.test(joined) &&
    !/^\s+by(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence.text.slice(trigger.end)) &&
    !CLAUSE_WORD.test(sentence.text.slice(previous.trigger.end, trigger.start));
  // "The leaders discussed …, noting that …": a participle after a comma shares it too.
  if (
    previous &&
    previousForm &&
    ((byAnd &&
      compatible(previousForm, verbForm(trigger), previous.perfect ?? false) &&
      // "discussed a deal, as outlined by the President and endorsed by the Council": a past
      // form with "by" after it is a passive participle, no second verb of the subject's.
      !(
        verbForm(trigger) === 'past' &&
        /^\s+by(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence.text.slice(trigger.end))
      ) &&
      !(
        verbForm(trigger) === 'modal' &&
        /[^,]\s+and$/.test(joined) &&
        relativeBetween(sentence.text.slice(previous.trigger.end, trigger.start))
      ) &&
      // "reaffirms … negotiations, which will include … and support …": a base verb after a
      // relative clause's own modal is that clause's second verb, not the speakers'.
      !(
        verbForm(trigger) === 'base' &&
        RELATIVE_MODAL.test(sentence.text.slice(previous.trigger.end, trigger.start))
      )) ||
      mixed ||
      pastAfterPresent ||
      byWhile ||
      (byComma &&
        (previousForm === verbForm(trigger) ||
          verbForm(trigger) === 'ing' ||
          modalSeriesItem(previousForm, trigger, sentence.text.slice(trigger.end)))))
  ) {
    // "will collaborate in protecting …, supporting their respective competitive advantages":
    // a bare participle of support that continues the clause (no "while", no "by" of means) is
    // part of that commitment, its object in the same `about` (gold README, session 12 B: a
    // plain trailing participle is the same commitment; 9 of 10 gold "…, (and|including)
    // supporting …" are no stance of their own).
    if (
      verbForm(trigger) === 'ing' &&
      trigger.stance === 'support' &&
      /^[a-zß-öø-ɏḀ-ỿ]+ing$/.test(trigger.text) &&
      !byWhile
    ) {
      return skipWith('complement-clause');
    }
    // "call on all parties to allow …, protect civilians, and respect human rights": a single
    // base verb in the appeal's list of infinitives is what is called for, not a stance of the
    // speakers ("urge all countries to condemn … and call on the DPRK to …" calls twice). So
    // after an appeal whose trigger ends in its "to" or is its "must" ("It is long past time for
    // X to begin … and respect …", "Pyongyang must cease … and respect …": one call, gold
    // 2021-03-12).
    if (
      APPEALS.has(previous.trigger.stance) &&
      verbForm(trigger) === 'base' &&
      /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/.test(trigger.text) &&
      /(?:,|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and)$/.test(left) &&
      (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s/.test(sentence.text.slice(previous.trigger.end, trigger.start)) ||
        /(?:^(?:must|should)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).*|\sto)$/i.test(previous.trigger.text))
    ) {
      return skipWith('complement-clause');
    }
    if (inInfinitiveList(previous, trigger, sentence.text, left))
      return skipWith('complement-clause');
    // "the importance of trilateral cooperation, guided by shared values, driven by innovation,
    // and committed to shared prosperity": the last of a list of participles describing a noun.
    if (byAnd && PARTICIPLE_LIST.test(joined)) return skipWith('complement-clause');
    // "met … to address opportunities …, identify …, and discuss …": a bare exchange verb in the
    // list of a meeting's exchange purpose is that one discussion ("and to discuss" is a purpose
    // of its own: gold 2022-09-16 against 2021-04-02).
    if (
      previous.purpose &&
      previous.trigger.stance === 'other' &&
      trigger.stance === 'other' &&
      verbForm(trigger) === 'base' &&
      !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to$/.test(left)
    ) {
      return skipWith('complement-clause');
    }
    // "We commit to strengthen … and consult on …": a meeting verb under an undertaking is part
    // of that one commitment, not a discussion reported. Not so a meeting's second purpose: "met
    // … to reaffirm the partnership … and consult on …" is two (CONVENTIONS §5 "met … to
    // reaffirm …, consult on …, and advance …" → three; gold 3 of 3 split).
    if (
      byAnd &&
      !asWellAs &&
      !previous.purpose &&
      trigger.stance === 'other' &&
      verbForm(trigger) === 'base' &&
      (previous.trigger.stance === 'commit' || previous.trigger.stance === 'reaffirm')
    ) {
      return skipWith('complement-clause');
    }
    return { accept: { trigger, actors: previous.actors } };
  }
  // "conveyed that he is looking forward to … and committed to …": the reporting verb's subject.
  const reporter =
    previous && byAnd ? reportingSubject(sentence, hits, context, trigger, previous) : undefined;
  if (reporter) return { accept: { trigger, actors: reporter } };
  const opening =
    !previous && (byAnd || byComma)
      ? (openingSubject(sentence, hits, context, trigger, byComma) ??
        (byAnd && verbForm(trigger) === 'base'
          ? presentOpeningSubject(sentence, hits, context, trigger)
          : undefined))
      : undefined;
  if (!opening) return undefined;
  if (trigger.needsSubject && !isParty(context, opening.actors, hits))
    return skipWith('not-a-party');
  return { accept: { trigger, subject: opening, actors: opening.actors } };
}

/**
 * "They noted with deep concern the consequences of the war and support any effort …", "Both
 * sides reiterated their commitment to diplomacy … and call on the DPRK to …": a present verb
 * joined by a bare "and" to a past one shares its subject, unless it is one more verb of an
 * infinitive in between ("agreed to work together and support …": what was agreed) or of a
 * clause (relative, complement). A word after "to" that is a determiner, a name, an -ing form or
 * has a noun's ending ("to diplomacy", "to the region") is a preposition's object, no infinitive.
 */
function presentAfterPast(between: string): boolean {
  return !INFINITIVE_BETWEEN.test(between) && !CLAUSE_WORD.test(between);
}
