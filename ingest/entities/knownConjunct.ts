/**
 * "the IEA and the International Renewable Energy Agency", "NASA and the Ministry of Science and
 * ICT", "Italy and the International Atomic Energy Agency": a capitalised run that opens with a
 * name the lexicon knows, then "and", is two names, not one. The head-noun splitter
 * (coordination.ts) cannot see this when the first conjunct has no head noun (an acronym, a
 * country), so the cut is made here, against the lexicon's own matches in the sentence.
 */

import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { classify } from './nameHeads';

const AND = /^ and (?:the )?/;

/** The known name opening `phrase` right before an "and", if any (longest first). */
function knownOpening(phrase: Candidate, lexical: readonly Candidate[]): Candidate | undefined {
  return lexical
    .filter(
      (known) =>
        known.type !== 'Topic' &&
        known.start === phrase.start &&
        known.end < phrase.end &&
        AND.test(phrase.text.slice(known.end - phrase.start)),
    )
    .sort((a, b) => b.end - a.end)[0];
}

/**
 * Each open-vocabulary name that is "KNOWN and (the) REST" becomes REST alone (when REST is a name
 * by its head noun) or nothing (the lexicon's matches then name both conjuncts).
 */
export function splitAtKnownConjunct(
  phrases: readonly Candidate[],
  lexical: readonly Candidate[],
): Candidate[] {
  return phrases.flatMap((phrase) => {
    if (phrase.type === 'Topic') return [phrase];
    const known = knownOpening(phrase, lexical);
    if (!known) return [phrase];
    const joiner = AND.exec(phrase.text.slice(known.end - phrase.start))![0];
    const at = known.end + joiner.length;
    const rest = phrase.text.slice(at - phrase.start);
    const type = classify(rest);
    return type ? [candidateAt(type, rest, at, 'phrase')] : [];
  });
}
