/**
 * A trigger with no subject of its own: it shares the subject of the stance before it (a
 * coordinated or participle verb), of the sentence's opening verb or pronoun, or of a meeting
 * whose purpose it states; a fronted participle waits for the main subject (pending). The
 * coordinated verb's tests are in coordinatedVerb.ts.
 */
import { pronounActors } from '../pronounActors';
import { subjectBefore } from '../resolveActors';
import { addressedAppeal } from './addressedAppeal';
import { appositiveParticiple } from './appositiveParticiple';
import { CLAUSE_WORD, verbForm } from './clauses';
import { consultPurpose } from './consultPurpose';
import { coordinatedAppeal } from './coordinatedAppeal';
import { coordinatedWith, type SharedInput } from './coordinatedVerb';
import { type Decision, skipWith } from './decision';
import { includedStance } from './includedStance';
import { lookedForwardPurpose } from './lookedForwardPurpose';
import { meetingPurpose } from './meetingPurpose';
import { opportunityFor } from './opportunityFor';
import { preambleParticiple } from './preamble';
import { trailingParticiple } from './trailingParticiple';
import { undertakingPurpose } from './undertakingPurpose';

/** "Their wide-ranging": a possessive opening the sentence, before an exchange noun (the trigger). */
const OWNED_EXCHANGE = /^(Their|Our)(?:\s+[a-zß-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*){0,2}$/;

/** ", and that the world": a further complement clause opening with a short subject. */
const FURTHER_COMPLEMENT = /,\s*(?:and\s+)?that\s+(?:the\s+)?[a-zß-öø-ɏḀ-ỿ]+$/i;

/**
 * "We join the international community in condemning …", "The United States stands with Prime
 * Minister Kadhimi and the leaders of the Kurdistan Region, …, in condemning …", "stands with our
 * partners – and with every nation … – in rejecting …": the -ing after "in" is the joiner's own
 * stance (gold 2022-03-13, 2022-09-23; CONVENTIONS: "in rejecting" split off as `oppose`).
 */
const JOIN_IN =
  /\s+(join|joins|joined|stand|stands|stood)\s+(?:(?:firmly|united|together|shoulder to shoulder)\s+)?(?:with|alongside|in solidarity with|(?<=join[\wÀ-ÖØ-öø-ɏḀ-ỿ]*\s+))[^;:]{1,200}?,?\s+in$/i;

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

/**
 * "Building on our … relationship, and recognizing our complementary capabilities, we …", "On the
 * cusp of celebrating 75 years … and recognizing …, President Biden and President Widodo commit
 * …": a participle coordinated with a fronted adjunct is fronted too (gold 2023-02-02,
 * 2023-06-08, 2023-11-13, 2025-02-13: `recognize` of the main clause's actors).
 */
const FRONTED_AND =
  /^(?:In|On|At|For|With|Across|Under|Regarding|Given|As|Consistent with|In line with|Building on|Following|Guided by|Mindful of)\s[^,;:]{1,120}?,?\s+and$/;

export function withoutSubject(input: SharedInput): Decision {
  const { sentence, hits, context, trigger, accepted } = input;
  if (trigger.appeal)
    return (
      coordinatedAppeal(input) ??
      addressedAppeal(sentence, hits, context, trigger) ??
      skipWith('no-subject')
    );
  const left = sentence.text.slice(0, trigger.start).trimEnd();
  // "We join the international community in condemning …": the -ing shares the joiner's subject.
  const join = JOIN_IN.exec(left);
  if (join && verbForm(trigger) === 'ing') {
    const joiner = subjectBefore(context, sentence, hits, join.index);
    const form = /(?:joined|stood)$/i.test(join[1]!) ? 'past' : 'base';
    if (joiner && joiner.actors.length > 0)
      return { accept: { trigger, subject: joiner, actors: joiner.actors, form } };
  }
  const preamble = preambleParticiple(sentence, context, trigger, accepted, left);
  if (preamble) return preamble;
  // "underscored the importance of X, the U.S. commitment to Y": a further object of the stance
  // verb before it, with a stance of its own, is that verb's subject's (CONVENTIONS: one
  // commitment per object stance of underscore, emphasize, express, …).
  const governing = accepted[accepted.length - 1];
  if (trigger.objectItem && governing && governing.actors.length > 0) {
    // ("emphasized the threats … and the importance of …": a further object of the verb's own
    // stance is the one commitment said of two objects; gold 5 of 5 folded.)
    if (governing.trigger.stance === trigger.stance) return skipWith('complement-clause');
    return { accept: { trigger, actors: governing.actors } };
  }
  // ("…, including by supporting …": a stance gerund the clause gives as an example of its own.)
  const included = includedStance(input, left);
  if (included) return included;
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
    /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}\s+)+$|^In\s*$|^(?:(?![A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ing(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;]{0,80},\s+)?[Ww]hile$/.test(
      left,
    ) ||
    FRONTED_ADJUNCT.test(left) ||
    // ("Today, with a shared vision for …, we …": one fronted adverb before it.)
    /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+,$/.test(left);
  if (opening && (verbForm(trigger) === 'ing' || /^with\s/i.test(trigger.text))) {
    return { accept: { trigger, actors: [], pending: true } };
  }
  // (The adjunct before it is context, no part of what the participle is about: its scope
  // opens at the participle, as a trailing one's does, and ends at its comma.)
  if (FRONTED_AND.test(left) && verbForm(trigger) === 'ing') {
    const comma = sentence.text.indexOf(',', trigger.end);
    const until = comma < 0 ? undefined : comma;
    return { accept: { trigger, actors: [], pending: true, trailing: true, until } };
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
    opportunityFor(sentence, hits, context, trigger, left) ??
    meetingPurpose(sentence, hits, context, trigger, accepted, left) ??
    undertakingPurpose(sentence, trigger, accepted, left) ??
    consultPurpose(trigger, accepted, left) ??
    lookedForwardPurpose(trigger, accepted, left) ??
    skipWith('no-subject')
  );
}

/**
 * "We begin 2023 …, newly committed to …": a participle after a comma, the sentence's subject
 * ("Today, we begin … and pledge to …": a short fronted adjunct may stand before it); "We bring
 * diverse perspectives and are united in …": a verb coordinated with the opening pronoun's own
 * verb, no clause between them.
 */
function openingPronoun(input: SharedInput, left: string): Decision | undefined {
  const { sentence, hits, context, trigger, accepted } = input;
  const opener =
    /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;]{0,40},\s+)?(?:We|They|we|they)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(
      sentence.text,
    );
  if (accepted.length > 0 || !opener) return undefined;
  // ("They announced progress …, including reaffirming our shared intention …": the participle
  // after ", including" is the pronoun's stance when the main verb only reported, README s12.)
  const afterComma = /,(?:\s+including)?$/.test(left) && verbForm(trigger) !== 'base';
  // (Not after an infinitive: "we have provided support, including to retain jobs and support …".)
  // ("… supply chains and have decided to …": a perfect's auxiliary after the "and".)
  const coordinated =
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and(?:\s+(?:have|has))?$/.test(left) &&
    !CLAUSE_WORD.test(left) &&
    // (A past form is never one more verb of an infinitive: "We built capacity to identify …,
    // and strengthened …".)
    (verbForm(trigger) === 'past' ||
      !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to\s+(?!(?:the|a|an|our|their|its|all)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ\d]|[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ing(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\wÀ-ÖØ-öø-ɏḀ-ỿ]/.test(
        left.slice(opener[0].length),
      ));
  if (!afterComma && !coordinated) return undefined;
  const pronounSubject = subjectBefore(context, sentence, hits, opener[0].length);
  return pronounSubject ? { accept: { trigger, actors: pronounSubject.actors } } : undefined;
}
