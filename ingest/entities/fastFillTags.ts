/**
 * compromise's `fillTags` (2-two/preTagger/compute/tagger/3rd-pass/_fillTags.js of 14.17) as the
 * pre-tagger's third pass calls it on every term: each tag's parents added, then a noun's number
 * and a bare verb's tense guessed. The same tags are added in the same order; what is left out
 * is what only DEBUG_TAGS logging reads (a reason string built per tag of every term, and the
 * environment read per tag set): the caller keeps the original when DEBUG_TAGS is set.
 *
 * The guesses use compromise's own `looksPlural` and `getTense`, loaded from its source files
 * on the release this was written against; on any other, `fastFillTags` is undefined.
 */
import { compromiseInternals, compromiseSource } from './compromiseSource';

interface Term {
  normal: string;
  tags: Set<string>;
  frozen?: boolean;
}
export type TagSet = Record<string, { parents?: string[] } | undefined>;

interface Guesses {
  looksPlural(word: string): boolean;
  getTense(word: string): string | null;
}

function load(): Promise<Guesses | undefined> {
  return compromiseInternals(async () => {
    const from = compromiseSource('2-two/preTagger/methods');
    return {
      looksPlural: (await from('looksPlural.js')) as Guesses['looksPlural'],
      getTense: (await from('transform/verbs/getTense/index.js')) as Guesses['getTense'],
    };
  });
}

/** Tags that are neither plural nor singular (the original's `uncountable`). */
const UNCOUNTABLE = [
  'Acronym',
  'Abbreviation',
  'ProperNoun',
  'Uncountable',
  'Possessive',
  'Pronoun',
  'Activity',
  'Honorific',
  'Month',
];

function fillTags(guesses: Guesses, term: Term, tagSet: TagSet): void {
  // The original's every tag goes through `fastTag`, which leaves a frozen term as it is.
  if (term.frozen === true) return;
  const { tags } = term;
  for (const tag of Array.from(tags)) {
    const parents = tagSet[tag]?.parents;
    if (parents) for (const parent of parents) tags.add(parent);
  }
  // setPluralSingular: turn 'Noun' into Plural/Singular
  if (tags.has('Noun') && !tags.has('Plural') && !tags.has('Singular')) {
    let countable = true;
    for (const tag of UNCOUNTABLE) if (tags.has(tag)) countable = false;
    if (countable) tags.add(guesses.looksPlural(term.normal) ? 'Plural' : 'Singular');
  }
  // setTense: turn a bare 'Verb' into PresentTense/PastTense …
  if (tags.has('Verb') && tags.size === 1) {
    const guess = guesses.getTense(term.normal);
    if (guess) tags.add(guess);
  }
}

const guesses = await load();

/** fillTags for one term; undefined where the original must run. */
export const fastFillTags: ((term: Term, tagSet: TagSet) => void) | undefined = guesses
  ? (term, tagSet) => fillTags(guesses, term, tagSet)
  : undefined;
