/**
 * Undertaking triggers that no single stance verb carries: a modal or aspect ("will …", "are
 * working to", "continue to …", "will be held", "must …") whose subject decides whether it is the
 * parties' undertaking or a call on another (speakers/commitments decide). Kept apart from
 * stances.ts because they are grammar patterns, not the data-driven verb and frame vocabulary.
 */
import { STANCES_COMPILED } from './rules/stanceRules';

/**
 * "will …": an undertaking only when a party is its subject; the verb after it may carry its own
 * stance. Adverbs and a comma-enclosed aside ("will, therefore, collaborate") may stand between;
 * "will forever be remembered" is a passive prediction like "will be", and "will never forget"
 * an undertaking whose verb is "forget". "will not only deepen …, but …" is an undertaking: "not
 * only" negates nothing. An adverb is never the verb ("will also be held" is no "will also"), nor
 * a floating quantifier: "we will therefore work closely to …", "will both strive to promote …",
 * "will each work to provide …" are one undertaking each, not "will therefore" + "work closely to"
 * (gold 4 of 4; "will then start", "will now continue" likewise reach their verb). "keep"
 * before an -ing verb is aspect, as "continue" is: "We will keep voicing our concerns about …"
 * reaches "voicing", whose frame decides (concern, gold 2023-10-20; "will keep fighting" commit).
 * "India will receive a preferential tariff rate", "both peoples will benefit": what comes to the
 * subject is an outcome of others' acts, nothing it undertakes (no gold file counts one); so is
 * "Russia will not prevail", "We will prevail": a forecast of the outcome, not an act.
 */
/**
 * "will be hosting a public outreach event", "will be expanding our cooperation", "will not be
 * sharing details": the future progressive is the same undertaking as "will host" (gold 3 of 3
 * files with the form in a party's main clause, 2021-09-10, 2022-09-29, 2022-12-05), so "be" is
 * aspect before its -ing verb, as "keep" is. Not where "will" itself takes none ("will be
 * receiving", as "will receive"), and only before an object or phrase: "will be forthcoming.",
 * "will be pending." are adjectives, and "will be returning to Delaware" names no act on anything.
 */
const FUTURE_PROGRESSIVE = `be(?= (?!(?:being|having|receiving|benefitt?ing|gaining|enjoying|prevailing)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]{2,}ing (?!(?:and|or|but|that|than|as|to)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\\wÀ-ÖØ-öø-ɏḀ-ỿ“"‘'])`;

export const WILL = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)(?: (?:also|further|jointly|together|forever|always|never|ever|still|again|therefore|thus|hence|then|now|both|each|all|not only|not|continue to|continue|keep(?= [a-zß-öø-ɏḀ-ỿ]+ing(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))|${FUTURE_PROGRESSIVE}|work together to|work closely to|seek to|strive to|endeavor to|[a-zß-öø-ɏḀ-ỿ]+ly)|, [a-zß-öø-ɏḀ-ỿ]+(?: [a-zß-öø-ɏḀ-ỿ]+){0,2},)* (?!(?:be|have|not|our|their|its|the|a|an|to|also|jointly|together|forever|always|never|ever|still|again|therefore|thus|hence|then|now|both|each|all|receive|benefit|gain|enjoy|prevail)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]+(?:-[a-zß-öø-ɏḀ-ỿ]+)*(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'gi',
);

/**
 * "He stressed that the United States would always stand up for …": the past of a reported
 * "will", only in the "that" clause of a reporting verb ("stressed", "noting", "made clear",
 * "assured her"), with no comma before it: elsewhere "would" is a conditional, a forecast ("any
 * use … would be an act of hostility") or a speaker's hedge ("in that context, I would just note"). Whose undertaking it is decides the reporting verb's
 * complement rule (subjectStance.ts): the speaker's own side makes it the speaker's commitment,
 * another's is the content of the report.
 */
export const REPORTED_WOULD = new RegExp(
  `(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[a-zß-öø-ɏḀ-ỿ]+(?:ed|ing)|made clear|told)\\s+(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\\s+){0,4}?that\\s(?:[^;:.,—–]|(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])\\.){1,60}?)${WILL.source.replace('(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)', '(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])would')}`,
  'gi',
);

/**
 * "are working to", "is closely coordinating with": present-progressive undertakings, kept only
 * when a party is the subject (needsSubject), so "North Korea is expanding …" is no commitment.
 * Up to two adverbs may stand between ("We are therefore working together", "are further leading").
 * "are continuing to support" reaches its verb, which decides the stance like "continue to support";
 * so does "are acting to support" (an act whose purpose is the stance). "is already responding to
 * the crisis": "already" and "still" stand between as the -ly adverbs do.
 * A perfect progressive ("We … have been working to provide …") is the same ongoing undertaking,
 * not a completed act (gold 2024-07-10, README session 20).
 */
export const PROGRESSIVE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:am|are|is|remain|remains|(?:have|has) been) (?:(?:also|further|therefore|thus|now|still|already|[a-zß-öø-ɏḀ-ỿ]+ly) ){0,2}(?:${STANCES_COMPILED.progressives.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:continuing|acting)) to (?:[a-zß-öø-ɏḀ-ỿ]+ly )?(?!(?:be|have|not)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]+(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))?`,
  'gi',
);

/**
 * "we are deploying advanced algorithms", "are making further strides in …": any other verb in
 * the present progressive with an object is an ongoing undertaking of a party subject too (gold
 * README, sessions 13 and 17: the verb decides), unless it states what the subject is or
 * undergoes (`stativeProgressives`: "are seeing results", "is now joining a meeting"). Only with
 * a word after it ("is longstanding and …", "is fitting that", "are mutually reinforcing." are
 * adjectives), and never in a relative clause ("…, which Iran has subscribed to and is
 * violating", "for which the Vice President is leading the delegation": another's conduct or a
 * description). Group 1 is the verb. The perfect progressive ("have been V-ing") and "are in the
 * process of V-ing" are the same ongoing undertaking (gold 2024-07-10: "The Danish and Dutch
 * governments are in the process of donating …" is `commit`). The lookahead first: the same
 * matches, but the relative-clause lookbehind (which reads back to the last comma) is run only
 * where a form of "be" or "have" stands, not at every position of the sentence.
 */
export const OPEN_PROGRESSIVE = new RegExp(
  `(?=(?:am|are|is|have|has) )(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:which|who|whom|whose|where)\\s[^,;:.()—–]*)(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:am|are|is|(?:have|has) been) (?:(?:also|further|therefore|thus|now|still|already|jointly|together|[a-zß-öø-ɏḀ-ỿ]+ly) ){0,2}(?:in the process of )?(?!(?:${STANCES_COMPILED.statives.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?![a-zß-öø-ɏḀ-ỿ]*thing(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))([a-zß-öø-ɏḀ-ỿ]{2,}ing)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?= (?!(?:and|or|but|that|than|as|to)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\\wÀ-ÖØ-öø-ɏḀ-ỿ“"‘'])`,
  'gi',
);

/**
 * "We continue to counter …": a present "continue(s) to" is an ongoing undertaking, kept only when
 * a party is its subject (needsSubject); the verb after it may carry its own stance ("continue to
 * support" is support). Not "will continue to" (WILL) nor an infinitive "to continue to"; not in a
 * "that" clause ("demands that the United States and Japan continue to …" is a subjunctive, not
 * their undertaking), nor in a fronted adverbial clause ("As Russia’s war continues to undermine
 * …, we …" is the backdrop); "continued to" narrates, and a verb of what happens to one ("the
 * Alliance continues to evolve", "… continues to pose a threat") describes.
 */
export const CONTINUE =
  /(?<!^(?:As|While|Because|Since|Although|When|If|Whereas|Unless)\s[^,;]{0,80})(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that\s[^,;]{0,80})(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall|would|to|must|should|can|may)(?: [a-zß-öø-ɏḀ-ỿ]+ly)? )(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])continues? to (?:[a-zß-öø-ɏḀ-ỿ]+ly )?(?!(?:be|have|not|evolve|grow|rise|fall|decline|deteriorate|worsen|suffer|face|pose|exacerbate|undermine|threaten|wage|endure|thrive|flourish|need|require|affect|struggle|serve|matter|exist|prove)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;

/**
 * "The third NCG will be convened in Korea next summer": a meeting (its noun ends the subject)
 * arranged in the future is an undertaking of the statement's parties ("a conference that will
 * be held in France" describes another's event).
 */
export const ARRANGED =
  /(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:meeting|summit|dialogue|talks|consultations?|session|round|conference|ministerial|NCG|2\+2)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;.]{0,40}\s)(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which|where)\s)(?:will|shall) be (?:held|convened|hosted|organized|organised)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;

/**
 * "Japan and the United States have a unique obligation to support …", "we have a sacred
 * obligation to care for …": an obligation the subject has is its undertaking, as "must" is the
 * speakers' own (gold README, session 12: treated like "must"); kept only when a party is the
 * subject (needsSubject), and the verb after it decides the stance, as after "will".
 */
export const OBLIGATION =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:have|has|share|shares) (?:a|an|the) (?:[a-zß-öø-ɏḀ-ỿ]+ ){0,2}(?:obligation|responsibility|duty) to (?:[a-zß-öø-ɏḀ-ỿ]+ly )?(?!(?:be|have|not|our|their|its|the|a|an)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]+(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/gi;

/**
 * "…, while ensuring the highest standards …", "While working to maintain supply stability, we
 * …": an undertaking the actors pursue alongside the stance it follows (or, fronted, the main
 * clause's), a `commit` of its own (gold README, session 9), also past an adverb or two ("while
 * also aggressively addressing", CONVENTIONS §5 s39 ruling). The verb list is data
 * (`concurrentUndertakings`); whose undertaking it is decides concurrent.ts.
 */
export const WHILE_UNDERTAKING = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])while (?:(?:also|(?!only(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]{3,}ly) ){0,2}(?:${STANCES_COMPILED.concurrent.ing.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'gi',
);

/**
 * "To curb firearms trafficking, our law enforcement agencies traced …": a purpose that opens the
 * sentence, the main clause's subject's; whether it is a stance of its own (a narrative main
 * clause) or folded into the main clause's decides frontedParticiple.ts.
 */
export const FRONTED_PURPOSE = new RegExp(
  `(?<=^\\s*)To (?:also |further |better )?(?:${STANCES_COMPILED.frontedPurposes.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);

/**
 * "As we respond to COVID-19, we …", "Even as we address …", "…, as we work together in support
 * of …": the speakers' own undertaking in an "as" clause; the trigger is the verb, so "we" is its
 * subject. ("as we look toward a healthier future", "as we move forward" name no undertaking.)
 */
export const AS_WE_UNDERTAKING = new RegExp(
  `(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Aa]s we (?:also )?)(?:${STANCES_COMPILED.concurrent.base.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);

/**
 * The head of a reduced relative clause ending right before its verb: a determiner, up to three
 * words and a noun that is no time word, then "we"/"they" ("the measures we", "The steps we").
 */
export const REDUCED_RELATIVE_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:the|these|those|all|each)\s+(?:[\p{L}’'-]+\s+){0,3}?(?!(?:days?|weeks?|months?|years?|times?|meantime|interim|future|past|moment|end|same|way)\s)[\p{Ll}][\p{Ll}-]*\s+(?:we|they)\s+$/iu;

/**
 * What follows a gapped relative verb: nothing of its own (an optional "today", "together"),
 * then punctuation or the main clause's verb ("the steps we announce today will help …").
 */
export const REDUCED_RELATIVE_AFTER =
  /^(?:\s+(?:today|now|here|together|jointly|this\s+(?:week|month|year)))?\s*(?:[,;.:)]|$|\s(?:will|are|is|has|have|can|would|should|must|helps?|includes?|reflects?|delivers?|builds?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

/**
 * The second bare verb of one modal, before its determiner or pronoun object, in the same clause
 * ("… stand with workers and empower them", "… support X and expand the Y"). No infinitive "to"
 * between: after one the verb may belong to it ("progress made to bring … and create more"); a
 * "to" before a determiner is a preposition, which ends no clause ("will reaffirm their
 * commitment to the Strategic Framework Agreement and deepen their shared vision": gold 1 gained,
 * none spurious or lost over the whole gold).
 */
export const MODAL_SECOND_VERB =
  /^(?:(?!\sto\s(?!(?:the|a|an|our|their|its|this|these|those)\s))[^.;:]){1,120}?\sand\s+(?:also\s+|further\s+)?([a-zß-öø-ɏḀ-ỿ]+)(?=\s+(?:them|it|us|the|a|an|our|their|its|this|these|those|all|each|every|new|more)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;

/**
 * "will support resource mobilisation …, and work with international financial institutions",
 * "will also support … and partner with the U.S.": a verb of working together (stances.json
 * `partnerVerbs`) takes its partner after "with", not a determiner object (gold 2 of 2 split).
 */
export const MODAL_SECOND_PARTNER =
  /^(?:(?!\sto\s)[^.;:]){1,120}?\sand\s+(?:also\s+|further\s+)?([a-zß-öø-ɏḀ-ỿ]+)(?=\s+with\s)/;
