/**
 * data/rules/stances.json validated and compiled once: the verbs into one alternation (each form
 * mapped back to its stance), the frames into one regex each. Slots in frames ({ADV}, {POSS},
 * {BE}, {W}, {W02}, {ING}, {V:lemma|…}) are documented in the file's $comment; their regex
 * grammar lives in stanceFramePatterns.ts.
 */
import { z } from 'zod';
import { messageOf } from '../../contract/errors';
import { type Stance, StanceSchema } from '../../contract/extraction';
import stancesJson from '../../data/rules/stances.json';
import { rePrefixed } from './inflect';
import { parseRules, RulesError } from './load';
import { needlesOf } from './needles';
import { alternation, firstWordsOf, formsOf, frameSource } from './stanceFramePatterns';

/**
 * The end of a frame's match: a word boundary between letters of the Latin script (`\\b` is
 * ASCII-only: it stands inside "José"). A frame may end with a space ("{V:task} {POSS} {W}"), so
 * which side the word is on is not known here; every frame opens with a word, so its start is a
 * lookbehind (a leading alternation of lookarounds would cost the regex its fast scan).
 */
const BOUNDARY =
  '(?:(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?=[\\wÀ-ÖØ-öø-ɏḀ-ỿ]))';

const Word = z.string().regex(/^[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ -]*$/, 'lowercase words only');

const VerbSchema = z.object({
  lemma: Word,
  stance: StanceSchema,
  re: StanceSchema.optional(),
  byComplement: StanceSchema.optional(),
  /** Only the -ed form is a trigger ("addressed"; "will address" stays an undertaking). */
  pastOnly: z.boolean().optional(),
  /** A trigger only with a party, or a pronoun, as subject (see `needsSubject` of a trigger). */
  needsParty: z.boolean().optional(),
  /**
   * A founding act of the meeting ("we launch", "the leaders established"): only the base and
   * -ed forms, and the -ed form only with the meeting's named officials as subject.
   */
  foundingAct: z.boolean().optional(),
});

const FrameSchema = z.object({
  stance: StanceSchema,
  frame: z.string().min(1),
  needsParty: z.boolean().optional(),
  /** No agent named ("It is time to …"): the statement's parties say it (see `partiesSpeak`). */
  partiesSpeak: z.boolean().optional(),
  /**
   * One more object of the stance verb before it ("underscored the importance of X, the U.S.
   * commitment to Y"): the subject of that verb's stance is its subject too (see `objectItem`).
   */
  objectItem: z.boolean().optional(),
  /**
   * A perfect still takes the stance: a stance expressed, not an act done ("The DRC and Rwanda
   * have expressed support for …", "have shared concerns about …"; see `perfectBinds`).
   */
  perfectBinds: z.boolean().optional(),
  /** "Given Ecuador’s commitments to …": the possessor the frame names is who commits. */
  ownerActs: z.boolean().optional(),
});

const StanceRulesSchema = z.object({
  adverbs: z.array(Word).min(1),
  possessives: z.array(Word).min(1),
  doubleFinalConsonant: z.array(Word),
  irregular: z.record(Word, z.array(Word).min(1)),
  undertakingProgressives: z.array(Word.regex(/ing$/, 'an -ing form')).min(1),
  stativeProgressives: z.array(Word.regex(/ing$/, 'an -ing form')).min(1),
  concurrentUndertakings: z.array(Word).min(1),
  frontedPurposes: z.array(Word),
  purposeSeriesVerbs: z.array(Word),
  partnerVerbs: z.array(Word),
  backdropOpeners: z.array(Word.regex(/ing$/, 'an -ing form')),
  purposeOpeners: z.array(Word.regex(/ing$/, 'an -ing form')),
  backdropEvents: z.array(Word),
  occasionSubjects: z.array(Word),
  timeFrames: z.object({
    openers: z.array(Word).min(1),
    verbs: z.array(Word).min(1),
    objects: z.array(Word).min(1),
  }),
  scheduleVerbs: z.array(Word),
  exchangeVerbs: z.array(Word),
  engagementVerbs: z.array(Word),
  sympathy: z.object({ verbs: z.array(Word).min(1), places: z.array(Word).min(1) }),
  negatedVerbs: z.record(Word, StanceSchema),
  addressees: z.array(Word).min(1),
  normativeOutcomes: z.array(Word),
  announcedFacts: z.array(Word),
  intentHeads: z.array(Word),
  hedgedPerformatives: z.array(Word),
  describedMeans: z.array(Word),
  foldedPurposeStances: z.array(StanceSchema),
  objectFoldingStances: z.array(StanceSchema),
  verbs: z.array(VerbSchema).min(1),
  frames: z.array(FrameSchema).min(1),
});

type StanceRules = z.infer<typeof StanceRulesSchema>;

export interface VerbForm {
  stance: Stance;
  /** Stance when the complement is an undertaking ("affirmed that the ROK will apply" → commit). */
  byComplement?: Stance;
  /** "addressed", "raised": a readout's meeting verb, a stance only when a party is its subject. */
  needsParty?: boolean;
  /** "launched", "established": a founding act only with the meeting's officials as subject. */
  foundingAct?: boolean;
  /** "celebrate", "commemorate": no stance in an "as/when …" clause over an anniversary. */
  timeFrame?: boolean;
}

export interface CompiledFrame {
  stance: Stance;
  pattern: RegExp;
  /** One of these (lowercase) occurs in any sentence the frame matches. */
  needles?: string[];
  /** The words a match starts with; then `pattern` is sticky and tried only at those words. */
  firstWords?: Set<string>;
  /** A stance only when a party (or a pronoun) is its subject. */
  needsParty?: boolean;
  /** Said by the statement's parties, with no subject of its own ("It is time to …"). */
  partiesSpeak?: boolean;
  /** A further object of the stance verb before it, whose subject it shares. */
  objectItem?: boolean;
  /** "have expressed support for": a perfect that still takes the stance (earlySkip.ts). */
  perfectBinds?: boolean;
  /** "Given Ecuador’s commitments to …": the frame's named possessor is its actor. */
  ownerActs?: boolean;
}

export interface CompiledStances {
  /** Every inflected form of every verb (lowercase) → its stance. */
  forms: Map<string, VerbForm>;
  /** Words of the adverbs ("once again" → once, again), which a verb trigger may start with. */
  adverbWords: Set<string>;
  frames: CompiledFrame[];
  /** Optional adverbs between a subject and its verb, as a regex source. */
  adverbSource: string;
  progressives: string[];
  /** -ing verbs that, after "are", state what the subject is or undergoes, never an undertaking. */
  statives: string[];
  /** Undertakings alongside a stance: -ing forms ("while ensuring") and bases ("as we respond"). */
  concurrent: { ing: string[]; base: string[] };
  /** Infinitives a sentence may open with as its purpose ("To curb …, we …"). */
  frontedPurposes: string[];
  /** Undertakings joined by "and" to a meeting's purpose ("met … to reaffirm …, and advance …"). */
  purposeSeriesVerbs: Set<string>;
  /** Verbs of working together whose partner follows "with" ("and work with the IFIs"). */
  partnerVerbs: Set<string>;
  /** Participles that open a sentence with its backdrop ("Recalling …, the leaders reaffirmed"). */
  backdropOpeners: Set<string>;
  purposeOpeners: Set<string>;
  /** Words by which such an opener points back to an event ("Recalling the summit …"). */
  backdropEvents: Set<string>;
  /** "As our Nation commemorates …,": a whole people marking an occasion, the sentence's backdrop. */
  occasionSubjects: Set<string>;
  /** "As we celebrate the 45th anniversary …,": the clause words that make a celebration a date. */
  timeFrames: { openers: Set<string>; verbForms: string[]; objects: Set<string> };
  /** "will host": a schedule, not an undertaking, before a named guest, meeting or date. */
  scheduleVerbs: Set<string>;
  /** "continues to monitor", "continue to consult": an ongoing exchange in the present is `other`. */
  exchangeVerbs: Set<string>;
  /** "The trip delivers on …", "will demonstrate …": besides stance verbs, what a trip carries for its travellers. */
  engagementVerbs: Set<string>;
  /** "will hold … in our thoughts": the verbs and the places of sympathy, none (earlySkip.ts). */
  sympathy: { verbs: Set<string>; places: string[] };
  /** "must never forget": a negated verb read as a stance of its own, not as an undertaking. */
  negatedVerbs: Map<string, Stance>;
  /** "The military regime must …": head nouns of a third party a statement calls on. */
  addressees: string[];
  /** "Russia must not succeed …": verbs after "must" / "should" naming an outcome, no act asked. */
  normativeOutcomes: string[];
  /** "announced progress in …": what an announcement reports as done, no undertaking. */
  announcedFacts: string[];
  /** "vow to", "are committed to": undertakings whose "to" governs a list of infinitives. */
  intentHeads: string[];
  /** "I want to thank …": speech acts a volitional hedge ("want to", "would like to") performs. */
  hedgedPerformatives: string[];
  /** "initiatives to support …": means nouns whose infinitive says what they do, no purpose. */
  describedMeans: ReadonlySet<string>;
  /** "plans to join six … Hubs to support …": purpose stances folded after an object (s39). */
  foldedPurposeStances: ReadonlySet<string>;
  /** "discussed the steps we are taking": stances whose object folds an undertaking described in it. */
  objectFoldingStances: ReadonlySet<string>;
}

function compileStances(rules: StanceRules): CompiledStances {
  const adverbSource = `(?:(?:${alternation(rules.adverbs)}) ){0,2}`;
  const forms = new Map<string, VerbForm>();
  const timeFrameVerbs = new Set(rules.timeFrames.verbs);
  for (const verb of rules.verbs) {
    const all = formsOf(rules, verb.lemma);
    // ("missile launches", "including by establishing …": a founding act's -s and -ing forms
    // are nouns or participles of what others do.)
    const own = verb.pastOnly
      ? all.filter((form) => form.endsWith('ed'))
      : verb.foundingAct
        ? all.filter((form) => form === verb.lemma || form.endsWith('ed'))
        : all;
    const entry: VerbForm = {
      stance: verb.stance,
      ...(verb.byComplement ? { byComplement: verb.byComplement } : {}),
      ...(verb.needsParty ? { needsParty: true } : {}),
      ...(verb.foundingAct ? { foundingAct: true } : {}),
      ...(timeFrameVerbs.has(verb.lemma) ? { timeFrame: true } : {}),
    };
    for (const form of own) forms.set(form, entry);
    if (verb.re) for (const form of rePrefixed(own)) forms.set(form, { stance: verb.re });
  }
  const adverbWords = new Set(rules.adverbs.flatMap((adverb) => adverb.split(' ')));
  const frames = rules.frames.map(
    ({ stance, frame, needsParty, partiesSpeak, objectItem, perfectBinds, ownerActs }, index) => {
      try {
        const firstWords = firstWordsOf(rules, frame);
        const source = `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${frameSource(rules, frame, adverbSource)})${BOUNDARY}`;
        const pattern = new RegExp(source, firstWords ? 'iy' : 'gi');
        const needles = needlesOf(frame, (lemma) => formsOf(rules, lemma));
        const compiled: CompiledFrame = { stance, pattern };
        if (needles) compiled.needles = needles;
        if (firstWords) compiled.firstWords = firstWords;
        if (needsParty) compiled.needsParty = true;
        if (partiesSpeak) compiled.partiesSpeak = true;
        if (objectItem) compiled.objectItem = true;
        if (perfectBinds) compiled.perfectBinds = true;
        if (ownerActs) compiled.ownerActs = true;
        return compiled;
      } catch (error) {
        const reason = messageOf(error);
        throw new Error(`frames.${index} ("${frame}"): ${reason}`);
      }
    },
  );
  return {
    forms,
    adverbWords,
    frames,
    adverbSource,
    progressives: rules.undertakingProgressives,
    statives: rules.stativeProgressives,
    concurrent: {
      ing: rules.concurrentUndertakings.flatMap((lemma) =>
        formsOf(rules, lemma).filter((form) => form.endsWith('ing')),
      ),
      base: [...rules.concurrentUndertakings],
    },
    frontedPurposes: [...new Set([...rules.concurrentUndertakings, ...rules.frontedPurposes])],
    purposeSeriesVerbs: new Set(rules.purposeSeriesVerbs),
    partnerVerbs: new Set(rules.partnerVerbs),
    backdropOpeners: new Set(rules.backdropOpeners),
    purposeOpeners: new Set(rules.purposeOpeners),
    backdropEvents: new Set(rules.backdropEvents),
    occasionSubjects: new Set(rules.occasionSubjects),
    timeFrames: {
      openers: new Set(rules.timeFrames.openers),
      verbForms: rules.timeFrames.verbs.flatMap((lemma) => formsOf(rules, lemma)),
      objects: new Set(rules.timeFrames.objects),
    },
    scheduleVerbs: new Set(rules.scheduleVerbs),
    exchangeVerbs: new Set(rules.exchangeVerbs),
    engagementVerbs: new Set(rules.engagementVerbs.flatMap((lemma) => formsOf(rules, lemma))),
    sympathy: { verbs: new Set(rules.sympathy.verbs), places: [...rules.sympathy.places] },
    negatedVerbs: new Map(Object.entries(rules.negatedVerbs)),
    addressees: [...rules.addressees],
    normativeOutcomes: [...rules.normativeOutcomes],
    announcedFacts: [...rules.announcedFacts],
    intentHeads: [...rules.intentHeads],
    hedgedPerformatives: [...rules.hedgedPerformatives],
    describedMeans: new Set(rules.describedMeans),
    foldedPurposeStances: new Set(rules.foldedPurposeStances),
    objectFoldingStances: new Set(rules.objectFoldingStances),
  };
}

/** Validates and compiles a stance rule file (the default is data/rules/stances.json). */
export function loadStances(json: unknown = stancesJson): CompiledStances {
  const rules = parseRules('rules/stances.json', StanceRulesSchema, json);
  try {
    return compileStances(rules);
  } catch (error) {
    const reason = messageOf(error);
    throw new RulesError(
      `rules: data/rules/stances.json is invalid at ${reason}; fix the file and run again.`,
    );
  }
}

export const STANCES_COMPILED: CompiledStances = loadStances();
