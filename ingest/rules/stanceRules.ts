/**
 * data/rules/stances.json validated and compiled once: the verbs into one alternation (each form
 * mapped back to its stance), the frames into one regex each. Slots in frames ({ADV}, {POSS},
 * {BE}, {W}, {W02}, {ING}, {V:lemma|…}) are documented in the file's $comment.
 */
import { z } from 'zod';
import { messageOf } from '../../contract/errors';
import { type Stance, StanceSchema } from '../../contract/extraction';
import stancesJson from '../../data/rules/stances.json';
import { inflect, rePrefixed } from './inflect';
import { parseRules, RulesError } from './load';
import { needlesOf } from './needles';

const Word = z.string().regex(/^[a-z][a-z -]*$/, 'lowercase words only');

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
  backdropOpeners: z.array(Word.regex(/ing$/, 'an -ing form')),
  purposeOpeners: z.array(Word.regex(/ing$/, 'an -ing form')),
  backdropEvents: z.array(Word),
  occasionSubjects: z.array(Word),
  scheduleVerbs: z.array(Word),
  announcedFacts: z.array(Word),
  intentHeads: z.array(Word),
  hedgedPerformatives: z.array(Word),
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
  /** Participles that open a sentence with its backdrop ("Recalling …, the leaders reaffirmed"). */
  backdropOpeners: Set<string>;
  purposeOpeners: Set<string>;
  /** Words by which such an opener points back to an event ("Recalling the summit …"). */
  backdropEvents: Set<string>;
  /** "As our Nation commemorates …,": a whole people marking an occasion, the sentence's backdrop. */
  occasionSubjects: Set<string>;
  /** "will host": a schedule, not an undertaking, before a named guest, meeting or date. */
  scheduleVerbs: Set<string>;
  /** "announced progress in …": what an announcement reports as done, no undertaking. */
  announcedFacts: string[];
  /** "vow to", "are committed to": undertakings whose "to" governs a list of infinitives. */
  intentHeads: string[];
  /** "I want to thank …": speech acts a volitional hedge ("want to", "would like to") performs. */
  hedgedPerformatives: string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

function formsOf(rules: StanceRules, lemma: string): string[] {
  const irregular = rules.irregular[lemma];
  const double = rules.doubleFinalConsonant.includes(lemma);
  return inflect(lemma, { ...(irregular ? { irregular } : {}), ...(double ? { double } : {}) });
}

const BE_FORMS = [
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'remain',
  'remains',
  'remained',
  'remaining',
  'stay',
  'stays',
];

/** One alternative of a group that opens with a {BE} or {V:…} slot, then plain text. */
const SLOTTED_ALTERNATIVE = String.raw`\{(?:BE|V:[a-z|-]+)\}[^(){}|]*`;
/** A group of such alternatives, not optional ("({BE} consulting|{V:continue} to consult)"). */
const SLOTTED_GROUP = new RegExp(
  String.raw`^\((${SLOTTED_ALTERNATIVE}(?:\|${SLOTTED_ALTERNATIVE})*)\)(?![?*{])`,
);

/**
 * The words a match of `frame` can start with (lowercase), or undefined when it can start with
 * any word ({W}, {ING}): lets findTriggers try the frame only where such a word stands.
 */
function firstWordsOf(rules: StanceRules, frame: string): Set<string> | undefined {
  const first = new Set<string>();
  // A lookbehind reads text before the match, so the match still opens with what follows it:
  // without this, "(?<=\b(discussed|…) )(their|our) concerns" was scanned at every position
  // of every sentence.
  let rest = withoutLeadingLookbehinds(frame);
  if (rest.startsWith('{ADV}')) {
    for (const adverb of rules.adverbs) first.add(adverb.split(' ')[0]!);
    rest = rest.slice('{ADV}'.length);
  }
  const verb = /^\{V:([a-z|-]+)\}/.exec(rest);
  if (verb) {
    for (const lemma of verb[1]!.split('|'))
      for (const form of formsOf(rules, lemma)) first.add(form);
    return first;
  }
  if (rest.startsWith('{BE}')) {
    for (const form of BE_FORMS) first.add(form);
    return first;
  }
  const group = /^\(([a-z |'-]+)\)(?![?*{])/.exec(rest);
  if (group) {
    for (const alternative of group[1]!.split('|')) first.add(alternative.trim().split(' ')[0]!);
    return first;
  }
  // "({BE} consulting|{V:continue} to consult) with": each alternative opens with a verb slot.
  const slotted = SLOTTED_GROUP.exec(rest);
  if (slotted) {
    for (const alternative of slotted[1]!.split(/\|(?=\{)/)) {
      const words = firstWordsOf(rules, alternative);
      if (!words) return undefined;
      for (const form of words) first.add(form);
    }
    return first;
  }
  const word = /^([a-z][a-z'-]*)(?![?])/.exec(rest);
  if (word) {
    first.add(word[1]!);
    return first;
  }
  return undefined;
}

/** `frame` past the lookbehind groups it opens with ("(?<!\\bUnited )state …" → "state …"). */
function withoutLeadingLookbehinds(frame: string): string {
  let rest = frame;
  while (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    let depth = 0;
    let end = 0;
    for (; end < rest.length; end++) {
      if (rest[end] === '\\') end++;
      else if (rest[end] === '(') depth++;
      else if (rest[end] === ')' && --depth === 0) break;
    }
    rest = rest.slice(end + 1);
  }
  return rest;
}

/** No function word: the words of a named possessor ({OWNER}). */
const NOT_FUNCTION = '(?!(?:of|to|for|and|or|in|on|at|with|by|the|a|an|that|which)\\b)';

/** Turns a frame into a regex source; throws on an unknown slot so the loader can name it. */
function frameSource(rules: StanceRules, frame: string, adverbs: string): string {
  const slots: Record<string, string> = {
    ADV: adverbs,
    POSS: `(?:${alternation(rules.possessives)})`,
    // "{POSS}? " is an optional possessive with its space: "expressed appreciation" as well as
    // "expressed their appreciation" (a bare "? " after the slot left a double space to match).
    POSSOPT: `(?:(?:${alternation(rules.possessives)}) )?`,
    BE: `(?:${BE_FORMS.join('|')})`,
    // A word may be an abbreviation ("the long-standing U.S. commitment").
    W: "(?:[\\w’'.-]+ )",
    W02: "(?:[\\w’'.-]+ ){0,2}?",
    MODS: "(?:[\\w’'-]+,? (?:and )?){0,5}?",
    // A named possessor ("the United States’", "the Biden-Harris Administration’s", "America’s"):
    // up to three words ending in an apostrophe, none of them a preposition or article, so
    // "the importance of the alliance’s" is no possessor.
    OWNER: `(?:the )?(?:${NOT_FUNCTION}[\\w.-]+ ){0,2}${NOT_FUNCTION}[\\w.-]+[’']s?`,
    ING: '[a-z]+ing\\b',
  };
  return frame
    .replace(/\{POSS\}\? /g, '{POSSOPT}')
    .replace(/\((?![?])/g, '(?:')
    .replace(/\{([A-Z0-9]+)(?::([a-z|-]+))?\}/g, (_, slot: string, lemmas?: string) => {
      if (slot === 'V' && lemmas) {
        const forms = lemmas.split('|').flatMap((lemma) => formsOf(rules, lemma));
        return `(?:${alternation(forms)})`;
      }
      const source = slots[slot];
      if (source === undefined) throw new Error(`unknown slot {${slot}}`);
      return source;
    });
}

function compileStances(rules: StanceRules): CompiledStances {
  const adverbSource = `(?:(?:${alternation(rules.adverbs)}) ){0,2}`;
  const forms = new Map<string, VerbForm>();
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
    };
    for (const form of own) forms.set(form, entry);
    if (verb.re) for (const form of rePrefixed(own)) forms.set(form, { stance: verb.re });
  }
  const adverbWords = new Set(rules.adverbs.flatMap((adverb) => adverb.split(' ')));
  const frames = rules.frames.map(({ stance, frame, needsParty, partiesSpeak }, index) => {
    try {
      const firstWords = firstWordsOf(rules, frame);
      const source = `\\b(?:${frameSource(rules, frame, adverbSource)})\\b`;
      const pattern = new RegExp(source, firstWords ? 'iy' : 'gi');
      const needles = needlesOf(frame, (lemma) => formsOf(rules, lemma));
      const compiled: CompiledFrame = { stance, pattern };
      if (needles) compiled.needles = needles;
      if (firstWords) compiled.firstWords = firstWords;
      if (needsParty) compiled.needsParty = true;
      if (partiesSpeak) compiled.partiesSpeak = true;
      return compiled;
    } catch (error) {
      const reason = messageOf(error);
      throw new Error(`frames.${index} ("${frame}"): ${reason}`);
    }
  });
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
    backdropOpeners: new Set(rules.backdropOpeners),
    purposeOpeners: new Set(rules.purposeOpeners),
    backdropEvents: new Set(rules.backdropEvents),
    occasionSubjects: new Set(rules.occasionSubjects),
    scheduleVerbs: new Set(rules.scheduleVerbs),
    announcedFacts: [...rules.announcedFacts],
    intentHeads: [...rules.intentHeads],
    hedgedPerformatives: [...rules.hedgedPerformatives],
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
