/**
 * A known name and the words right after it naming something new: "APEC 2025" (the event the body
 * hosts), "the CTBT verification system" (a program), "the latest IPCC reports" (an instrument).
 */
import type { EntityType } from '../../contract/extraction';
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

/** A known name followed by `tail` (matched on the text right after it) names a new `type`. */
function extended(
  candidate: Candidate,
  tail: RegExp,
  type: EntityType,
  text: string,
  offset: number,
) {
  const match = tail.exec(text.slice(candidate.end - offset));
  if (!match) return undefined;
  return candidateAt(type, candidate.text + match[0], candidate.start, 'phrase');
}

/** "APEC 2025": an organization's year is the event it hosts. */
export function yearEvents(candidates: Candidate[], text: string, offset: number): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (candidate.type !== 'Organization') return [];
    return extended(candidate, /^ (?:19|20)\d\d\b/, 'Event', text, offset) ?? [];
  });
}

/** Not the body's verb: "the UN reports that …", "the WHO reports back to Leaders". */
const BODY_DOCUMENT = new RegExp(
  `^ (?:${NAME_RULES.bodyDocumentNouns.join('|')})\\b(?! (?:that|back|to|on|in|how|what)\\b)`,
);

/** After a body's full name only the unambiguous nouns: "the Financial Action Task Force recommendations". */
const NAME_DOCUMENT = new RegExp(`^ (?:${NAME_RULES.nameDocumentNouns.join('|')})\\b`);

const INSTRUMENT_MECHANISM = /^ (?:[a-z-]+ ){0,2}?(?:system|mechanism)\b/;
const BODY_MECHANISM = /^ (?:[a-z-]+ ){0,2}?mechanism\b/;

/**
 * "the CTBT verification system": a lowercase named mechanism built on a known body or treaty's
 * acronym is a program of its own.
 */
export function acronymMechanisms(
  candidates: Candidate[],
  text: string,
  offset: number,
): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (candidate.type !== 'Instrument' && candidate.type !== 'Organization') return [];
    if (!/^[A-Z]{2,6}$/.test(candidate.text)) {
      // A known body's full name before its documents' noun.
      if (candidate.type !== 'Organization' || !candidate.text.includes(' ')) return [];
      return extended(candidate, NAME_DOCUMENT, 'Instrument', text, offset) ?? [];
    }
    // A treaty's "system" is its own machinery ("the CTBT verification system"); a body's is the
    // body or its field ("the SWIFT messaging system", "the EU energy system", "the UN system").
    const tail = candidate.type === 'Instrument' ? INSTRUMENT_MECHANISM : BODY_MECHANISM;
    return (
      extended(candidate, tail, 'Program', text, offset) ??
      // "the latest IPCC reports": a known body's documents are an instrument of their own.
      (candidate.type === 'Organization'
        ? extended(candidate, BODY_DOCUMENT, 'Instrument', text, offset)
        : undefined) ??
      []
    );
  });
}
