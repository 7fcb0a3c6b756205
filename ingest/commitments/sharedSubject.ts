/**
 * A trigger with no subject of its own: it shares the subject of the stance before it (a
 * coordinated or participle verb), of the sentence's opening verb or pronoun, or of a meeting
 * whose purpose it states; a fronted participle waits for the main subject (pending).
 */
import { pronounActors } from '../pronounActors';
import { type ActorContext, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { appositiveParticiple } from './appositiveParticiple';
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
import { meetingPurpose } from './meetingPurpose';
import { preambleParticiple } from './preamble';
import { INFINITIVE_BETWEEN, presentOpeningSubject } from './presentOpening';
import { reportingSubject } from './reportedPast';
import { trailingParticiple } from './trailingParticiple';
import { undertakingPurpose } from './undertakingPurpose';

/** "Their wide-ranging": a possessive opening the sentence, before an exchange noun (the trigger). */
const OWNED_EXCHANGE = /^(Their|Our)(?:\s+[a-z][\w-]*){0,2}$/;

/** ", driven by innovation, and": a participle phrase with its agent ends a list before the "and". */
const PARTICIPLE_LIST = /,\s+[a-z]+(?:ed|en)\s+by\s[^,;]{1,60},?\s+and$/;

/** Stances whose object is asked to act: an infinitive list after them is the ask. */
const APPEALS: ReadonlySet<string> = new Set(['call', 'urge', 'encourage']);

/** ", and that the world": a further complement clause opening with a short subject. */
const FURTHER_COMPLEMENT = /,\s*(?:and\s+)?that\s+(?:the\s+)?[a-z]+$/i;

/** A relative clause with a modal of its own ("…, which will include …"). */
const RELATIVE_MODAL =
  /\b(?:which|who)\s+(?:[a-z]+ly\s+)?(?:will|would|shall|can|may)\s+[a-z]+\b[^,;]*\band\s*$/i;

const JOIN_IN = /\s+(join|joins|joined)\s+[^;:]{1,100}?\s+in$/i;

export interface SharedInput {
  sentence: SegmentedSentence;
  hits: EntityHit[];
  context: ActorContext;
  trigger: Trigger;
  accepted: readonly Accepted[];
}

/**
 * "In the Indo-Pacific, recognizing the importance of …, we …", "In this regard, Recognizing that
 * …, the leaders …": a fronted prepositional adjunct before a fronted participle, which then
 * shares the main subject as one opening the sentence does.
 */
// ("As the first initiative under AUKUS, recognizing …, we commit …", "In line with our March
// announcement, and recognizing …, we will …", "To this end, and in recognition that …, the ROK
// will …": gold 2021-09-15, 2021-09-24, 2021-05-21.)
const FRONTED_ADJUNCT =
  /^(?:In|On|At|For|With|Across|Throughout|Through|Within|Beyond|Under|Regarding|Against|Amid|Given|As|To)\s[^,;]{1,80},(?:\s+and)?$/;

export function withoutSubject(input: SharedInput): Decision {
  const { sentence, hits, context, trigger, accepted } = input;
  if (trigger.appeal) return skipWith('no-subject');
  const left = sentence.text.slice(0, trigger.start).trimEnd();
  // "We join the international community in condemning …": the -ing shares the joiner's subject.
  const join = JOIN_IN.exec(left);
  if (join && verbForm(trigger) === 'ing') {
    const joiner = subjectBefore(context, sentence, hits, join.index);
    const form = /joined$/i.test(join[1]!) ? 'past' : 'base';
    if (joiner && joiner.actors.length > 0)
      return { accept: { trigger, subject: joiner, actors: joiner.actors, form } };
  }
  const preamble = preambleParticiple(sentence, context, trigger, accepted, left);
  if (preamble) return preamble;
  const coordinated = coordinatedWith(input, left);
  if (coordinated) return coordinated;
  // "reiterated that …, and that the world has an interest in …": one more complement of the
  // same reporting verb, whose subject names no actor, is a stance of the same speaker.
  const previous = accepted[accepted.length - 1];
  if (previous?.complement && FURTHER_COMPLEMENT.test(left) && !trigger.appeal) {
    return { accept: { trigger, actors: previous.actors, complement: true } };
  }
  if (trigger.needsSubject) return skipWith('no-subject');
  if (accepted.length === 0) {
    const appositive = appositiveParticiple(sentence, hits, context, trigger, left);
    if (appositive) return { accept: appositive };
    const trailing = trailingParticiple(sentence, hits, context, trigger, left);
    if (trailing) return { accept: trailing };
  }
  // "Standing firmly against …, they reaffirmed …": a fronted participle shares the main subject.
  // ("With steadfast commitment to …, we …": a fronted nominal stance phrase too.)
  // ("FURTHER REAFFIRMING our shared commitment …;": a capitalised adverb may lead it; "In
  // welcoming support extended by …, we remain committed to …": so may "In"; "In the area of 5G,
  // while welcoming the Prague Proposals, we will …": and a fronted "while" after an adjunct.)
  const opening =
    left === '' ||
    /^(?:[A-Z]{2,}\s+)+$|^In\s*$|^(?:(?![A-Z][a-z]+ing\b)[A-Z][^,;]{0,80},\s+)?[Ww]hile$/.test(
      left,
    ) ||
    FRONTED_ADJUNCT.test(left) ||
    // ("Today, with a shared vision for …, we …": one fronted adverb before it.)
    /^[A-Z][a-z]+,$/.test(left);
  if (opening && (verbForm(trigger) === 'ing' || /^with\s/i.test(trigger.text))) {
    return { accept: { trigger, actors: [], pending: true } };
  }
  const pronoun = openingPronoun(input, left);
  if (pronoun) return pronoun;
  // "Their wide-ranging discussion included …": the possessor of a reported exchange took part.
  const owner = OWNED_EXCHANGE.exec(left);
  if (owner && trigger.stance === 'other') {
    const actors = pronounActors(context, owner[1]!.toLowerCase() === 'our' ? 'we' : 'they');
    if (actors.length > 0) return { accept: { trigger, actors } };
  }
  return (
    meetingPurpose(sentence, hits, context, trigger, accepted, left) ??
    undertakingPurpose(sentence, trigger, accepted, left) ??
    skipWith('no-subject')
  );
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
 * "… and provide support" shares the subject of the stance before; after a bare comma only a verb
 * of the same form does ("…, committed to …" after "will ensure" describes, it does not
 * undertake). Without a stance before, the opening verb's subject ("NCG Principals approved X,
 * underscored Y, and will report Z").
 */
function coordinatedWith(input: SharedInput, left: string): Decision | undefined {
  const { sentence, hits, context, trigger, accepted } = input;
  const previous = beyondAside(accepted, trigger);
  // "…, and each pledged to …": a distributive word before the verb keeps the shared subject.
  // ("…, and strongly oppose …": a lowercase manner adverb after the "and" too.)
  const joined = left
    .replace(/(?:\s+[a-z]+ly)+$/, '')
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
    /(?<!\bincluding)\s+by$/i.test(joined) && trigger.stance !== previous?.trigger.stance;
  const byWhile = (/,\s+while$/i.test(joined) || byMeans) && verbForm(trigger) === 'ing';
  const previousForm = previous ? (previous.form ?? verbForm(previous.trigger)) : undefined;
  const overClause = byComma ? beyondComplement(accepted, trigger) : undefined;
  if (overClause) return { accept: { trigger, actors: overClause.actors } };
  const mixed =
    previous !== undefined &&
    previousForm === 'past' &&
    verbForm(trigger) === 'base' &&
    /\band$/.test(joined) &&
    presentAfterPast(sentence.text.slice(previous.trigger.start, trigger.start));
  // "They also commit to continue cooperation … and committed to strengthen …", "welcomes …, and
  // noted …": a past stance verb joined to a present one by "and" is the same speakers' (a past
  // form is never one more verb of an infinitive; "welcomed by" is a passive, no verb of theirs).
  const pastAfterPresent =
    previous !== undefined &&
    previousForm === 'base' &&
    verbForm(trigger) === 'past' &&
    /\band$/.test(joined) &&
    !/^\s+by\b/.test(sentence.text.slice(trigger.end)) &&
    !CLAUSE_WORD.test(sentence.text.slice(previous.trigger.end, trigger.start));
  // "The leaders discussed …, noting that …": a participle after a comma shares it too.
  if (
    previous &&
    previousForm &&
    ((byAnd &&
      compatible(previousForm, verbForm(trigger), previous.perfect ?? false) &&
      // "discussed a deal, as outlined by the President and endorsed by the Council": a past
      // form with "by" after it is a passive participle, no second verb of the subject's.
      !(verbForm(trigger) === 'past' && /^\s+by\b/.test(sentence.text.slice(trigger.end))) &&
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
      (byComma && (previousForm === verbForm(trigger) || verbForm(trigger) === 'ing')))
  ) {
    // "will collaborate in protecting …, supporting their respective competitive advantages":
    // a bare participle of support that continues the clause (no "while", no "by" of means) is
    // part of that commitment, its object in the same `about` (gold README, session 12 B: a
    // plain trailing participle is the same commitment; 9 of 10 gold "…, (and|including)
    // supporting …" are no stance of their own).
    if (
      verbForm(trigger) === 'ing' &&
      trigger.stance === 'support' &&
      /^[a-z]+ing$/.test(trigger.text) &&
      !byWhile
    ) {
      return skipWith('complement-clause');
    }
    // "call on all parties to allow …, protect civilians, and respect human rights": a single
    // base verb in the appeal's list of infinitives is what is called for, not a stance of the
    // speakers ("urge all countries to condemn … and call on the DPRK to …" calls twice).
    if (
      APPEALS.has(previous.trigger.stance) &&
      verbForm(trigger) === 'base' &&
      /^[A-Za-z]+$/.test(trigger.text) &&
      /(?:,|\band)$/.test(left) &&
      /\bto\s/.test(sentence.text.slice(previous.trigger.end, trigger.start))
    ) {
      return skipWith('complement-clause');
    }
    if (inInfinitiveList(previous, trigger, sentence.text, left))
      return skipWith('complement-clause');
    // "the importance of trilateral cooperation, guided by shared values, driven by innovation,
    // and committed to shared prosperity": the last of a list of participles describing a noun.
    if (byAnd && PARTICIPLE_LIST.test(joined)) return skipWith('complement-clause');
    // "We commit to strengthen … and consult on …": a meeting verb under an undertaking is part
    // of that one commitment, not a discussion reported.
    if (
      byAnd &&
      !asWellAs &&
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

/**
 * "We begin 2023 …, newly committed to …": a participle after a comma, the sentence's subject
 * ("Today, we begin … and pledge to …": a short fronted adjunct may stand before it); "We bring
 * diverse perspectives and are united in …": a verb coordinated with the opening pronoun's own
 * verb, no clause between them.
 */
function openingPronoun(input: SharedInput, left: string): Decision | undefined {
  const { sentence, hits, context, trigger, accepted } = input;
  const opener = /^(?:[A-Z][^,;]{0,40},\s+)?(?:We|They|we|they)\b/.exec(sentence.text);
  if (accepted.length > 0 || !opener) return undefined;
  // ("They announced progress …, including reaffirming our shared intention …": the participle
  // after ", including" is the pronoun's stance when the main verb only reported, README s12.)
  const afterComma = /,(?:\s+including)?$/.test(left) && verbForm(trigger) !== 'base';
  // (Not after an infinitive: "we have provided support, including to retain jobs and support …".)
  // ("… supply chains and have decided to …": a perfect's auxiliary after the "and".)
  const coordinated =
    /\band(?:\s+(?:have|has))?$/.test(left) &&
    !CLAUSE_WORD.test(left) &&
    // (A past form is never one more verb of an infinitive: "We built capacity to identify …,
    // and strengthened …".)
    (verbForm(trigger) === 'past' ||
      !/\bto\s+(?!(?:the|a|an|our|their|its|all)\b|[A-Z\d]|\w+ing\b)\w/.test(
        left.slice(opener[0].length),
      ));
  if (!afterComma && !coordinated) return undefined;
  const pronounSubject = subjectBefore(context, sentence, hits, opener[0].length);
  return pronounSubject ? { accept: { trigger, actors: pronounSubject.actors } } : undefined;
}
