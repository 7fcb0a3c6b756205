/**
 * The frame compiler of data/rules/stances.json: turns one frame (with its {ADV}, {POSS}, {BE},
 * {W}, {V:lemma|…} slots) into a regex source, and finds the words a match can start with.
 * Separate from stanceRules.ts (which validates the file and assembles the compiled table) because
 * this is the slot grammar itself: pure string work on one frame, with no schema or loading.
 */
import { inflect } from './inflect';

/** The parts of the stance rules a frame's slots and verb inflections read. */
export interface StanceVocabulary {
  adverbs: string[];
  possessives: string[];
  doubleFinalConsonant: string[];
  irregular: Record<string, string[]>;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

export function formsOf(rules: StanceVocabulary, lemma: string): string[] {
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
const SLOTTED_ALTERNATIVE = String.raw`\{(?:BE|V:[\p{Ll}|-]+)\}[^(){}|]*`;
/** A group of such alternatives, not optional ("({BE} consulting|{V:continue} to consult)"). */
const SLOTTED_GROUP = new RegExp(
  String.raw`^\((${SLOTTED_ALTERNATIVE}(?:\|${SLOTTED_ALTERNATIVE})*)\)(?![?*{])`,
  'u',
);

/**
 * The words a match of `frame` can start with (lowercase), or undefined when it can start with
 * any word ({W}, {ING}): lets findTriggers try the frame only where such a word stands.
 */
export function firstWordsOf(rules: StanceVocabulary, frame: string): Set<string> | undefined {
  const first = new Set<string>();
  // A lookbehind reads text before the match, so the match still opens with what follows it:
  // without this, "(?<=\b(discussed|…) )(their|our) concerns" was scanned at every position
  // of every sentence.
  let rest = withoutLeadingLookbehinds(frame);
  if (rest.startsWith('{ADV}')) {
    for (const adverb of rules.adverbs) first.add(adverb.split(' ')[0]!);
    rest = rest.slice('{ADV}'.length);
  }
  const verb = /^\{V:([\p{Ll}|-]+)\}/u.exec(rest);
  if (verb) {
    for (const lemma of verb[1]!.split('|'))
      for (const form of formsOf(rules, lemma)) first.add(form);
    return first;
  }
  if (rest.startsWith('{BE}')) {
    for (const form of BE_FORMS) first.add(form);
    return first;
  }
  const group = /^\(([\p{Ll} |'-]+)\)(?![?*{])/u.exec(rest);
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
  const word = /^(\p{Ll}[\p{Ll}'-]*)(?![?])/u.exec(rest);
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
const NOT_FUNCTION =
  '(?!(?:of|to|for|and|or|in|on|at|with|by|the|a|an|that|which)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))';

/** Turns a frame into a regex source; throws on an unknown slot so the loader can name it. */
export function frameSource(rules: StanceVocabulary, frame: string, adverbs: string): string {
  const slots: Record<string, string> = {
    ADV: adverbs,
    POSS: `(?:${alternation(rules.possessives)})`,
    // "{POSS}? " is an optional possessive with its space: "expressed appreciation" as well as
    // "expressed their appreciation" (a bare "? " after the slot left a double space to match).
    POSSOPT: `(?:(?:${alternation(rules.possessives)}) )?`,
    BE: `(?:${BE_FORMS.join('|')})`,
    // A word may be an abbreviation ("the long-standing U.S. commitment").
    W: "(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+ )",
    W02: "(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+ ){0,2}?",
    MODS: "(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+,? (?:and )?){0,5}?",
    // A named possessor ("the United States’", "the Biden-Harris Administration’s", "America’s"):
    // up to three words ending in an apostrophe, none of them a preposition or article, so
    // "the importance of the alliance’s" is no possessor.
    OWNER: `(?:the )?(?:${NOT_FUNCTION}[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]+ ){0,2}${NOT_FUNCTION}[\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]+[’']s?`,
    ING: '\\p{Ll}+ing(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])',
  };
  return frame
    .replace(/\{POSS\}\? /g, '{POSSOPT}')
    .replace(/\((?![?])/g, '(?:')
    .replace(
      /(?<!\\[pP])\{([\p{Lu}0-9]+)(?::([\p{Ll}|-]+))?\}/gu,
      (_, slot: string, lemmas?: string) => {
        if (slot === 'V' && lemmas) {
          const forms = lemmas.split('|').flatMap((lemma) => formsOf(rules, lemma));
          return `(?:${alternation(forms)})`;
        }
        const source = slots[slot];
        if (source === undefined) throw new Error(`unknown slot {${slot}}`);
        return source;
      },
    );
}
