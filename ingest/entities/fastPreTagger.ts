/**
 * compromise's `preTagger` step (2-two/preTagger/compute/tagger/index.js of 14.17), the same
 * passes over the same terms in the same order, with one change: the look-like check of the
 * second pass (2nd-pass/03-regex.js) remembers, per word, which of its regexes matched, the
 * suffix check (2nd-pass/02-suffix.js) the tag of each word's ending (up to six lookups of
 * fresh substrings a term otherwise), and the switch check (2nd-pass/00-tagSwitch.js) each
 * word's switch form; the case check (2nd-pass/01-case.js) is skipped for a lowercase word.
 *
 * That check tests every term against 20 regexes (6 on its text, 14 on its normal form, 27 more
 * on a word with a digit, and a suffix list when the term has no tag yet), a twentieth of
 * extraction; the rule found depends on nothing but those strings and the fixed model (none of
 * the regexes is global or sticky, so testing keeps no state), and prose repeats its words. So
 * the first rule found for a (text, normal) pair, and the suffix rule for a normal form, are
 * looked up once per worker and reused; whether the suffix list is consulted (the term has no
 * tag yet) is still decided per term, and the tag is set exactly as the original sets it. The
 * remembered rules are dropped if the model's lists are replaced, and past a size cap.
 *
 * compromise does not export the passes: preTaggerPasses.ts loads them from its own source files,
 * once, on the release this was written against. On any other, or if loading fails,
 * `fastPreTagger` is undefined and the tagger runs compromise's own step.
 */
import { fastFillTags } from './fastFillTags';
import {
  type Model,
  type Passes,
  type PreTaggerView,
  passes,
  type Rule,
  type Term,
  type World,
} from './preTaggerPasses';

export type { PreTaggerView };

const HAS_APOSTROPHE = /['‘’‛‵′`´]/;
const DIGIT = /[0-9]/;

/** A rule found, with the reason string the original builds for its tag (kept for DEBUG_TAGS). */
type Found = { rule: Rule; why: string } | null;

/** Words seen; cleared past this many so a long run's memory stays flat. */
const MAX_WORDS = 50_000;
/** By text, then normal form: a key concatenated per term was most of `checkRegex`'s time. */
const byWord = new Map<string, Map<string, Found>>();
let wordCount = 0;
const byEnding = new Map<string, Found>();
const bySuffix = new Map<string, string | string[] | null>();
/** The model's rule lists the remembered rules were found with. */
let seen: Model['two'] | undefined;

function remember(text: string, normal: string, hit: Found): void {
  if (wordCount++ >= MAX_WORDS) {
    byWord.clear();
    wordCount = 1;
  }
  const byNormal = byWord.get(text);
  if (byNormal) byNormal.set(normal, hit);
  else byWord.set(text, new Map([[normal, hit]]));
}

function found(rule: Rule | null): Found {
  return rule ? { rule, why: `2-regex-'${rule[2] || rule[0]}'` } : null;
}

function doRegs(str: string, regs: Rule[]): Rule | null {
  for (const rule of regs) if (rule[0].test(str)) return rule;
  return null;
}

function doEndsWith(str: string, byEnd: Record<string, Rule[]>): Rule | null {
  const char = str[str.length - 1]!;
  if (Object.hasOwn(byEnd, char)) {
    for (const rule of byEnd[char] || []) if (rule[0].test(str)) return rule;
  }
  return null;
}

/** Forget what was remembered when the model's rule lists are not the ones it was found with. */
function current(two: Model['two']): void {
  if (
    seen !== undefined &&
    seen.regexText === two.regexText &&
    seen.regexNormal === two.regexNormal &&
    seen.regexNumbers === two.regexNumbers &&
    seen.endsWith === two.endsWith &&
    seen.suffixPatterns === two.suffixPatterns
  )
    return;
  seen = { ...two };
  byWord.clear();
  wordCount = 0;
  byEnding.clear();
  bySuffix.clear();
}

/** For tests: forget every word, so the next one is seen for the first time (workers are shared). */
export function forgetPreTaggerWords(): void {
  seen = undefined;
  seenSwitches = undefined;
}

/** 2nd-pass/02-suffix.js's `suffixLoop`: the tag of the longest known ending (2 to 7 letters). */
function suffixLoop(
  str: string,
  suffixes: Model['two']['suffixPatterns'],
): string | string[] | null {
  const len = str.length;
  let max = 7;
  if (len <= max) max = len - 1;
  for (let i = max; i > 1; i -= 1) {
    const suffix = str.substring(len - i, len);
    if (Object.hasOwn(suffixes[suffix.length]!, suffix)) return suffixes[suffix.length]![suffix]!;
  }
  return null;
}

function suffixTag(str: string | undefined, two: Model['two']): string | string[] | null {
  const word = str ?? '';
  let tag = bySuffix.get(word);
  if (tag === undefined) {
    tag = suffixLoop(word, two.suffixPatterns);
    if (bySuffix.size >= MAX_WORDS) bySuffix.clear();
    bySuffix.set(word, tag);
  }
  return tag;
}

/** 2nd-pass/02-suffix.js (`tagBySuffix`), with the tag of each word's ending remembered. */
function checkSuffix(p: Passes, terms: Term[], i: number, model: Model): true | null {
  const term = terms[i]!;
  if (term.tags.size !== 0) return null;
  current(model.two);
  let tag = suffixTag(term.normal, model.two);
  if (tag !== null) {
    p.fastTag(term, tag, '2-suffix');
    term.confidence = 0.7;
    return true;
  }
  // try implicit form of word, too
  if (term.implicit) {
    tag = suffixTag(term.implicit, model.two);
    if (tag !== null) {
      p.fastTag(term, tag, '2-implicit-suffix');
      term.confidence = 0.7;
      return true;
    }
  }
  return null;
}

/** 2nd-pass/03-regex.js, with the rule found for each word remembered. */
function checkRegex(terms: Term[], i: number, model: Model, world: World): true | null {
  const two = model.two;
  current(two);
  const term = terms[i]!;
  const normal = term.machine || term.normal;
  let text = term.text;
  // keep dangling apostrophe?
  if (HAS_APOSTROPHE.test(term.post) && !HAS_APOSTROPHE.test(term.pre)) text += term.post.trim();
  let hit = byWord.get(text)?.get(normal);
  if (hit === undefined) {
    let rule = doRegs(text, two.regexText) || doRegs(normal, two.regexNormal);
    // hide a bunch of number regexes behind this one
    if (!rule && DIGIT.test(normal)) rule = doRegs(normal, two.regexNumbers);
    hit = found(rule);
    remember(text, normal, hit);
  }
  // only run endsWith if we're desperate
  if (!hit && term.tags.size === 0) {
    let ending = byEnding.get(normal);
    if (ending === undefined) {
      ending = found(doEndsWith(normal, two.endsWith));
      if (byEnding.size >= MAX_WORDS) byEnding.clear();
      byEnding.set(normal, ending);
    }
    hit = ending;
  }
  if (!hit) return null;
  world.methods.one.setTag([term], hit.rule[1], world, null, hit.why);
  term.confidence = 0.6;
  return true;
}

/** 2nd-pass/00-tagSwitch.js's prefix: "restrike" has the switch form of "strike". */
const SWITCH_PREFIX = /^(under|over|mis|re|un|dis|semi)-?/;
const switchOf = new Map<string, string | null>();
let seenSwitches: Model['two']['switches'] | undefined;

/**
 * 2nd-pass/00-tagSwitch.js, with each word's switch form remembered (a lookup in a dictionary
 * object of some 900 words, then a prefix regex, per term): it depends on the word alone.
 */
function tagSwitch(term: Term, model: Model): void {
  const { switches } = model.two;
  if (switches !== seenSwitches) {
    switchOf.clear();
    seenSwitches = switches;
  }
  const word = term.normal;
  let form = switchOf.get(word);
  if (form === undefined) {
    form = null;
    if (Object.hasOwn(switches, word)) form = switches[word]!;
    else if (SWITCH_PREFIX.test(word)) {
      const stem = word.replace(SWITCH_PREFIX, '');
      if (stem.length > 3 && Object.hasOwn(switches, stem)) form = switches[stem]!;
    }
    if (switchOf.size >= MAX_WORDS) switchOf.clear();
    switchOf.set(word, form);
  }
  if (form !== null) term.switch = form;
}

/**
 * Whether 2nd-pass/01-case.js can change the term: its two tests (title case, Roman numerals)
 * need an upper-case first letter; for a word opening with a-z it only fills in `term.index`.
 */
function mayBeCased(term: Term): boolean {
  const first = term.text.charCodeAt(0);
  return !(first >= 97 && first <= 122);
}

const CAPITAL = /[A-Z]/;

/**
 * Whether 3rd-pass/01-acronym.js can tag the term at all: each of its tests needs a capital
 * letter in the text (all-capitals, "MMVAs", "N.D.A", "F.") or the Organization tag (the two
 * short-organization tests; a text of dashes alone passes its all-capitals test but no test after
 * it); without either it returns null and changes nothing. Most words are lowercase: its six
 * regexes are spared for them.
 */
function mayBeAcronym(term: Term): boolean {
  return CAPITAL.test(term.text) || term.tags.has('Organization');
}

/** All yelling-case? (index.js's `ignoreCase`) One loop: a lowercase start settles it. */
function ignoreCase(terms: Term[]): boolean {
  let others = 0;
  for (const t of terms) {
    const first = t.text.charCodeAt(0);
    if (first >= 97 && first <= 122) return false;
    // allow 'John F Kennedy'
    if (!t.tags.has('ProperNoun')) others++;
  }
  return others > 3;
}

function preTagger(p: Passes, view: PreTaggerView): Term[][] {
  const model = view.model as Model;
  const world = view.world as World;
  const methods = view.methods as World['methods'];
  const docs = view.docs as Term[][];
  // The original's fillTags builds a reason string per tag that only DEBUG_TAGS logging reads.
  const fill = process.env.DEBUG_TAGS ? undefined : fastFillTags;
  // first pass: whitespace and punctuation, no clause-splitting
  for (const terms of docs) p.colons(terms, 0, model, world);
  const document = methods.two.quickSplit(docs);
  for (const terms of document) {
    const isYelling = ignoreCase(terms);
    // second pass: what the word itself looks like
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i]!.frozen === true) continue;
      tagSwitch(terms[i]!, model);
      if (isYelling === false) {
        if (mayBeCased(terms[i]!)) p.checkCase(terms, i, model);
        else terms[i]!.index ||= [0, 0];
      }
      checkSuffix(p, terms, i, model);
      checkRegex(terms, i, model, world);
      p.checkPrefix(terms, i, model);
      p.checkYear(terms, i, model);
    }
    // third pass: its neighbours
    for (let i = 0; i < terms.length; i += 1) {
      let hit = mayBeAcronym(terms[i]!) ? p.checkAcronym(terms, i, model) : null;
      if (fill) fill(terms[i]!, model.one.tagSet);
      else p.fillTags(terms, i, model);
      hit = hit || p.neighbours(terms, i, model);
      hit = hit || p.nounFallback(terms, i, model);
    }
    for (let i = 0; i < terms.length; i += 1) {
      if (terms[i]!.frozen === true) continue;
      p.orgWords(terms, i, world, isYelling);
      p.placeWords(terms, i, world, isYelling);
      // 3rd-pass/06-switches.js acts on a term with a switch form only (it tests a prefix of
      // every other word first, and throws the result away).
      if (terms[i]!.switch) p.switches(terms, i, world);
      // 3rd-pass/07-verb-type.js acts on a verb only, 1st-pass/02-hyphens.js on a term
      // followed by a bare hyphen (both build an array or two per term first).
      if (terms[i]!.tags.has('Verb')) p.verbType(terms, i, model, world);
      if (terms[i]!.post === '-') p.hyphens(terms, i, model, world);
    }
    p.imperative(terms, world);
  }
  return document;
}

/** A constant the closure below can rely on (an imported binding is not narrowed inside it). */
const loaded = passes;
export const fastPreTagger: ((view: PreTaggerView) => Term[][]) | undefined = loaded
  ? (view) => preTagger(loaded, view)
  : undefined;
