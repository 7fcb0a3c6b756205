/**
 * The second pass's look-like checks of compromise's preTagger (14.17), with what each word
 * gives remembered: the regex check (2nd-pass/03-regex.js) the first rule found per word, the
 * suffix check (2nd-pass/02-suffix.js) the tag of each word's ending (up to six lookups of fresh
 * substrings a term otherwise). Split from fastPreTagger.ts, which runs the passes.
 *
 * The regex check tests every term against 20 regexes (6 on its text, 14 on its normal form, 27
 * more on a word with a digit, and a suffix list when the term has no tag yet), a twentieth of
 * extraction; the rule found depends on nothing but those strings and the fixed model (none of
 * the regexes is global or sticky, so testing keeps no state), and prose repeats its words. So
 * the first rule found for a (text, normal) pair, and the suffix rule for a normal form, are
 * looked up once per worker and reused; whether the suffix list is consulted (the term has no
 * tag yet) is still decided per term, and the tag is set exactly as the original sets it. The
 * remembered rules are dropped if the model's lists are replaced, and past a size cap.
 */
import type { Model, Passes, Rule, Term, World } from './preTaggerPasses';

const HAS_APOSTROPHE = /['‘’‛‵′`´]/;
const DIGIT = /[0-9]/;

/** A rule found, with the reason string the original builds for its tag (kept for DEBUG_TAGS). */
type Found = { rule: Rule; why: string } | null;

/** Words seen; cleared past this many so a long run's memory stays flat. */
export const MAX_WORDS = 50_000;
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

/** Forget the remembered rules (fastPreTagger.ts `forgetPreTaggerWords`, for tests). */
export function forgetLookChecks(): void {
  seen = undefined;
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
export function checkSuffix(p: Passes, terms: Term[], i: number, model: Model): true | null {
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
export function checkRegex(terms: Term[], i: number, model: Model, world: World): true | null {
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
