/**
 * Triggers skipped before any subject is looked for: a stance noun after a possessive, a perfect
 * that narrates, a hedged forecast.
 */
import { STANCES_COMPILED } from '../rules/stanceRules';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import { HEDGE, PERFECT, POSSESSED, TITLED_VISITOR_TO } from './clauses';
import type { SkipReason } from './decision';
import { eventAgenda } from './eventSubject';
import { passiveParticiple } from './passiveParticiple';
import { TITLED_VISITOR } from './purposePatterns';

/** A belief, confidence or hope and its "that" complement, up to the trigger. */
const BELIEF_THAT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:confident|confidence|optimistic|believes?|believed|beliefs?|conviction|convinced|expects?|expected|hopes?|hoped|trusts?)\s+that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^;:]*$/i;

/**
 * "we are confident that the United States will continue this work", "can be confident that our
 * nations will continue to work …": the speakers' own side as the subject of the believed "will"
 * is their undertaking, not a forecast (CONVENTIONS s32 G3; gold 2022-09-23, 2024-11-23).
 */
const OWN_SIDE_BELIEVED =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that\s+(?:we|the\s+United\s+States|the\s+U\.S\.|our\s+(?:two\s+)?(?:nations|countries|governments))\s*$/i;

/**
 * "They discussed how they can work together to support …", "discussed how to cooperate …": what
 * was discussed is no stance taken (gold: no such clause holds one). So is a "how" clause with a
 * named subject, the speakers' own side included ("will discuss how the United States and Brazil
 * can continue to work together", "will exchange views on how the two governments … seek to
 * address", "deliver remarks on how the United States will continue to rally …": gold 7 of 7
 * `other` or none, CONVENTIONS §6 other "how they will continue to").
 */
const DISCUSSED_HOW =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:discuss(?:ed|es|ing)?|explor(?:ed|es|ing)|consider(?:ed|s|ing)?|review(?:ed|s|ing)?)\s+(?:(?:what|whether|ways in which)\s+(?:to|they|we)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|how\s)|(?:views|remarks|perspectives)\s+on\s+how\s)[^;:]*$/i;

/** "A, B, and C": the middle item and its commas, so a list's ", and" reads as no new clause. */
const LIST_OF_THREE = /,[^,;]{1,60},\s*and\s/g;

/**
 * A sentence set in a past long gone ("25 years ago, as a Senator, I proudly supported …", "One
 * year ago today, the people of Belarus sought to …" (gold 2021-08-09: none), "In
 * 1950, the United States pledged …", "Decades later, …"): what its past-tense verbs say is
 * narrative, as a commemorative message's history is. Readouts date their own meeting ("On May
 * 21, 2022, …") with a recent year, so only years before 2000 and "… ago" count.
 */
const LONG_AGO =
  /^(?:(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+ ){1,3}(?:years?|months?|decades?|century|centuries) (?:ago(?: today| this (?:week|month))?|earlier|later)|(?:In|On|By|During|Throughout|From) (?:[^,]{0,40} )?1\d{3}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,]*),/i;

/**
 * "President Yoon welcomes President Joseph R. Biden to the Republic of Korea": a host welcoming a
 * titled visitor to a place is ceremony, not a stance (gold README, session 9: "is honored to
 * welcome [the visitor] to Washington"). Only capitalised words between the title and "to", so
 * "welcomed Prime Minister Kishida’s invitation to visit Japan" still welcomes the invitation.
 * The title may follow "the" or one capitalised word, a demonym ("welcomed Czech Prime Minister
 * Petr Fiala to the White House today", "welcomed the Prime Minister of the Republic of Iraq,
 * Mohammed Shia’a Al-Sudani, to the White House": gold 2024-04-15, both none).
 */
const VISITOR_TO_PLACE = new RegExp(
  `^\\s+(?:the\\s+|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\\s+)?${TITLED_VISITOR_TO}`,
);

/**
 * "President Biden will welcome Prime Minister Benjamin Netanyahu on July 25 to the White House":
 * a host's future welcome of a titled visitor, dated or placed, schedules the visit (ceremony;
 * gold 4 of 4 'will welcome <title> <name>' none, 2022-03-25, 2024-03-22, 2024-05-06, 2024-07-24),
 * also where a date stands between the name and the place. Case-sensitive: the name's words are
 * capitalised, the date's or place's preposition is not.
 */
const SCHEDULED_VISITOR = new RegExp(`^\\s+${TITLED_VISITOR}(?:on|at|in|next|this|later|to)\\s`);
const WILL_WELCOME = /^(?:will|shall)\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?welcome$/i;

/**
 * "President Biden will host Prime Minister Kishida …", "the United States will host APEC in
 * 2023", "Japan will chair the G7": a "will" of `scheduleVerbs` (data/rules/stances.json) before a
 * capitalised name, "the next …" or a time or place schedules an event (ceremony, as a host's
 * welcome), no undertaking; "will host a conference to …" still is one. Case-sensitive, unlike
 * the trigger patterns.
 */
const SCHEDULED_OBJECT =
  /^\s+(?:the\s+(?:next|upcoming|first|inaugural)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|(?:in|at|on|later|next)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;

function scheduled(sentence: SegmentedSentence, trigger: Trigger): boolean {
  if (!trigger.needsSubject || !/^(?:will|shall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text))
    return false;
  const verb = trigger.text.slice(trigger.text.lastIndexOf(' ') + 1).toLowerCase();
  return (
    STANCES_COMPILED.scheduleVerbs.has(verb) &&
    SCHEDULED_OBJECT.test(sentence.text.slice(trigger.end))
  );
}

/**
 * "They announced progress in collaboration on the Artemis program": an announcement of what is
 * done (`announcedFacts`) reports, it undertakes nothing (gold README, session 12).
 */
const ANNOUNCED_FACT = new RegExp(
  `^\\s+(?:(?:the|new|further|significant|substantial|considerable|major|concrete|tangible)\\s+){0,2}(?:${STANCES_COMPILED.announcedFacts.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);

/**
 * "FALSEHOOD: FEMA is in the process of confiscating …", "MYTH: …": a fact-check memo quotes the
 * claim it refutes; no one's stance is in it (archive 2024-10-05 memo).
 */
const REFUTED_CLAIM = /^(?:FALSEHOOD|MYTH|RUMOR|RUMOUR|FALSE CLAIM|CLAIM|FICTION)\s*:/;

/**
 * "We will continue to hold the people of India in our thoughts", "will keep the families in our
 * prayers": sympathy, none as condolences are (stances.json `sympathy`; CONVENTIONS §5 None, s34
 * ruling: gold 2023-06-03, 2024-08-01). Only the undertaking's own object, within its clause.
 */
const SYMPATHY_PLACE = new RegExp(
  `^[^.;:]{0,100}?(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])in\\s+(?:our|my|their)\\s+(?:${STANCES_COMPILED.sympathy.places.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);

function sympathy(sentence: SegmentedSentence, trigger: Trigger): boolean {
  if (trigger.stance !== 'commit') return false;
  const verb = trigger.text.slice(trigger.text.lastIndexOf(' ') + 1).toLowerCase();
  return (
    STANCES_COMPILED.sympathy.verbs.has(verb) &&
    SYMPATHY_PLACE.test(sentence.text.slice(trigger.end))
  );
}

/** A past-tense trigger: its first word ends in -ed or is an irregular past. */
const PAST_TRIGGER =
  /^(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ly )?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ed|stood|held|made|took|gave|spoke|met|paid|sought)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * Stances a perfect still takes: an undertaking, a condemnation, a call, an endorsement ("We have
 * called on both sides to …", "Saudi Arabia and the Yemeni Government have endorsed multiple UN
 * calls …", "CRI members … have endorsed guidance": gold 2024-08-08, 2022-03-25, 2024-10-02), a
 * discussion held; "has supported" narrates what was done ("The G7 … has supported the CTBTO’s
 * activities in the amount of …", gold 2023-05-19: none). So does a stance expressed in words,
 * a frame with `perfectBinds` in data/rules/stances.json ("The DRC and Rwanda have expressed
 * support for …", "have shared concerns about …", "we have offered all appropriate forms of
 * support": gold 4 of 4, 2021-12-10, 2022-12-05, 2023-12-11, 2024-11-24).
 */
function bindsInPerfect(trigger: Trigger): boolean {
  if (/^(?:commit|reaffirm|oppose|condemn|call|urge)$/.test(trigger.stance)) return true;
  if (trigger.perfectBinds) return true;
  if (trigger.stance === 'support' && /^(?:[a-zß-öø-ɏḀ-ỿ]+ly\s+)?endors/i.test(trigger.text))
    return true;
  return (
    trigger.stance === 'other' &&
    /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:discuss|exchang|spok|talk)/i.test(trigger.text)
  );
}

/** An adjunct "With", opening the sentence or after a comma, and the noun's modifiers so far. */
const WITH_ADJUNCT =
  /(?:^|,\s*)[Ww]ith\s+(?:(?:the|their|our|its|continued|strong|full|U\.S\.|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:[’']s)?)\s+){0,3}$/;

/** The reason to skip `trigger` outright, or undefined; `perfect` tells whether a perfect binds it. */
export function earlySkip(
  sentence: SegmentedSentence,
  trigger: Trigger,
): { reason?: SkipReason; perfect: boolean } {
  const left = sentence.text.slice(0, trigger.start).trimEnd();
  if (!trigger.needsSubject && POSSESSED.test(sentence.text.slice(0, trigger.start))) {
    return { reason: 'no-subject', perfect: false };
  }
  // "confidence, and respect for a rules-based order": a bare stance word right before "for" is
  // a noun (the verbs that take "for" are frames whose text includes it: "call for", "stand for").
  if (
    /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/.test(trigger.text) &&
    /^\s+for(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence.text.slice(trigger.end))
  ) {
    return { reason: 'no-subject', perfect: false };
  }
  // "With U.S. support, Ukraine is pursuing …", "With support from the ITSI Fund, the two leaders
  // …": a stance word in an adjunct opened by "with" is a noun, the means of the clause that
  // follows, no stance of its own (gold 3 of 3). A participle there is an absolute clause with
  // its own agent ("with Mr Sullivan welcoming …", "with the United States announcing …").
  if (
    /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/.test(trigger.text) &&
    !/(?:ing|ed)$/i.test(trigger.text) &&
    WITH_ADJUNCT.test(sentence.text.slice(0, trigger.start))
  ) {
    return { reason: 'no-subject', perfect: false };
  }
  // "demand driven", "support-based": a bare stance word in a compound modifier is no verb.
  if (
    /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/.test(trigger.text) &&
    /^(?:-[a-zß-öø-ɏḀ-ỿ]|\s+(?:driven|based|oriented)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/.test(
      sentence.text.slice(trigger.end),
    )
  ) {
    return { reason: 'no-subject', perfect: false };
  }
  // ("looks forward to welcoming Prime Minister Starmer to the Washington Summit" anticipates the
  // visit: a welcome of its own, gold 2024-07-05.)
  if (
    trigger.stance === 'welcome' &&
    !/^look/i.test(trigger.text) &&
    VISITOR_TO_PLACE.test(sentence.text.slice(trigger.end))
  ) {
    return { reason: 'narrative-past', perfect: false };
  }
  if (WILL_WELCOME.test(trigger.text) && SCHEDULED_VISITOR.test(sentence.text.slice(trigger.end)))
    return { reason: 'narrative-past', perfect: false };
  if (REFUTED_CLAIM.test(sentence.text)) return { reason: 'not-a-party', perfect: false };
  // "the Joint Investigation Team supported by Eurojust": the agent's act, describing a noun.
  if (passiveParticiple(sentence, trigger)) return { reason: 'complement-clause', perfect: false };
  if (scheduled(sentence, trigger)) return { reason: 'narrative-past', perfect: false };
  if (sympathy(sentence, trigger)) return { reason: 'narrative-past', perfect: false };
  if (
    /^announc[\wÀ-ÖØ-öø-ɏḀ-ỿ]*$/i.test(trigger.text) &&
    ANNOUNCED_FACT.test(sentence.text.slice(trigger.end))
  )
    return { reason: 'narrative-past', perfect: false };
  if (LONG_AGO.test(sentence.text) && PAST_TRIGGER.test(trigger.text)) {
    return { reason: 'narrative-past', perfect: false };
  }
  // (A clause coordinated after it, "…, and committed to …", or one with a subject of its own,
  // "… as we continue to create …", is the speakers' own again.)
  const discussed = DISCUSSED_HOW.exec(left)?.[0].replace(LIST_OF_THREE, ' ');
  if (
    discussed &&
    !/,\s*(?:and|but)(?:\s|$)|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:as|while|and)\s+(?:we|they)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(
      discussed,
    )
  ) {
    return { reason: 'complement-clause', perfect: false };
  }
  const perfect = PERFECT.exec(left);
  // "has supported", "had agreed": narrative; "have committed to", "have stood against", "have
  // condemned" still bind (gold README, session 10); so does a body's "has discussed", "has
  // exchanged views" in its own report (session 13), but not "has assessed" (a finding reported).
  if (perfect && (perfect[1]!.toLowerCase() === 'had' || !bindsInPerfect(trigger))) {
    return { reason: 'narrative-past', perfect: true };
  }
  if (trigger.needsSubject && HEDGE.test(trigger.text)) {
    return { reason: 'prediction', perfect: !!perfect };
  }
  // "share the highest level of confidence that the ties … will grow even stronger", "believes
  // that this relief will help": a "will" in what is believed or hoped forecasts (gold README,
  // session 10: predictions are none), unless a coordinated clause has begun since. ("belief
  // that cooperation between Japan, the ROK, and the United States is … and will set …": the
  // ", and" of a list of names begins no clause, gold 2024-08-17.)
  if (eventAgenda(left, trigger)) return { reason: 'prediction', perfect: !!perfect };
  if (trigger.needsSubject && /^(?:will|shall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text)) {
    const belief = BELIEF_THAT.exec(left);
    if (
      belief &&
      !OWN_SIDE_BELIEVED.test(belief[0]) &&
      !/,\s*(?:and|but)\s/i.test(belief[0].replace(LIST_OF_THREE, ' '))
    ) {
      return { reason: 'prediction', perfect: !!perfect };
    }
  }
  // "We noted that there would likely be further tests": noting a forecast is a prediction.
  const complement =
    /^\s+that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^;.]*/.exec(sentence.text.slice(trigger.end))?.[0] ?? '';
  if (trigger.stance === 'recognize' && HEDGE.test(complement)) {
    return { reason: 'prediction', perfect: !!perfect };
  }
  return { perfect: !!perfect };
}
