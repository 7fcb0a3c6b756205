/**
 * "As we celebrate the 45th anniversary of …, we commit …", "when we celebrate 200 years of
 * bilateral relations": a celebration in an "as/when" clause over an anniversary dates the
 * sentence and takes no stance (CONVENTIONS: a time frame is no `welcome`; the s48 ruling).
 * The words are data: data/rules/stances.json `timeFrames`.
 */
import { STANCES_COMPILED } from './rules/stanceRules';
import type { Word } from './trigger';

/** How far back the clause's opener may stand ("as the United States and Kenya commemorate"). */
const OPENER_REACH = 9;
/** How far into the object its head may stand ("our 60th anniversary of", "200 years of"). */
const OBJECT_REACH = 4;
/** Punctuation that closes a clause: the opener and the object must be on the verb's side. */
const CLAUSE_BREAK = /[,;:()—–]/;
const OBJECT_WORD = /[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]*/g;

/**
 * Whether the verb that is the last of `words` (its form marked `timeFrame`) stands in a time
 * frame: an opener among the words before it within its clause, an anniversary among the first
 * words after it. "even as we celebrate the return of …" names no anniversary: a welcome.
 */
export function inTimeFrame(sentence: string, words: readonly Word[]): boolean {
  const { openers, objects } = STANCES_COMPILED.timeFrames;
  const verb = words.at(-1);
  if (!verb) return false;
  let opened = false;
  for (
    let index = words.length - 2;
    index >= 0 && words.length - 1 - index <= OPENER_REACH;
    index--
  ) {
    const word = words[index]!;
    if (CLAUSE_BREAK.test(sentence.slice(word.end, words[index + 1]!.start))) break;
    if (openers.has(word.lower)) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  const rest = sentence.slice(verb.end, verb.end + 80);
  const clause = rest.split(CLAUSE_BREAK)[0] ?? '';
  const following = (clause.match(OBJECT_WORD) ?? []).slice(0, OBJECT_REACH);
  return following.some((word) => objects.has(word.toLowerCase()));
}

const alternationOf = (items: Iterable<string>) => [...items].join('|');

/**
 * A time frame opening the sentence, after at most one short adjunct ("Today, as we mark the
 * one-year anniversary of AUKUS,", "In the lead-up to 2022, when we celebrate 200 years of …,").
 */
const OPENING = (() => {
  const { openers, verbForms, objects } = STANCES_COMPILED.timeFrames;
  const bound = '(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
  const end = '(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])';
  return new RegExp(
    `^(?:[^,;:]{1,40},\\s+)?${bound}(?:${alternationOf(openers)})\\s[^,;:]{0,60}?${bound}(?:${alternationOf(verbForms)})\\s(?:[^,;:\\s]+\\s){0,3}(?:${alternationOf(objects)})${end}[^,;:]{0,120},\\s*`,
    'i',
  );
})();

/**
 * Where the first clause's scope starts after a time frame opening the sentence ("As we
 * commemorate 75 years of diplomatic relations, we reflect on …": the relations are what dates the
 * sentence, in no `about`; gold 6 of 6 openings, data/rules/stances.json `timeFrames`); 0 when the
 * sentence opens with none or the stance's trigger is inside it.
 */
export function timeFrameEnd(text: string, triggerStart: number): number {
  const end = OPENING.exec(text)?.[0].length ?? 0;
  return end <= triggerStart ? end : 0;
}
