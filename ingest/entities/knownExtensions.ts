/**
 * A known name and the words right after it naming something new: "APEC 2025" (the event the body
 * hosts), "the CTBT verification system" (a program), "the latest IPCC reports" (an instrument).
 */
import type { EntityType } from '../../contract/extraction';
import type { Lexicon } from '../lexicon';
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
    return extended(candidate, /^ (?:19|20)\d\d(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/, 'Event', text, offset) ?? [];
  });
}

/** Not the body's verb: "the UN reports that …", "the WHO reports back to Leaders". */
const BODY_DOCUMENT = new RegExp(
  `^ (?:${NAME_RULES.bodyDocumentNouns.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! (?:that|back|to|on|in|how|what)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
  'u',
);

/** After a body's full name only the unambiguous nouns: "the Financial Action Task Force recommendations". */
const NAME_DOCUMENT = new RegExp(
  `^ (?:${NAME_RULES.nameDocumentNouns.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);

const INSTRUMENT_MECHANISM = /^ (?:[\p{Ll}-]+ ){0,2}?(?:system|mechanism)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;
const BODY_MECHANISM = /^ (?:[\p{Ll}-]+ ){0,2}?mechanism(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

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
    if (!/^\p{Lu}{2,6}$/u.test(candidate.text)) {
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

/** " process" or " processes" right after a city's name. */
const PROCESS_AFTER = /^ process(?:es)?(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** "Nairobi and Luanda processes": the first city shares the plural head of the second. */
const SHARED_PROCESSES = /^ and \p{Lu}[\p{L}’'-]* processes(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

/**
 * "the Nairobi process", "the Luanda and Nairobi processes": a diplomatic process named after the
 * city where it began is a Program (gold 2023-12-11, 2024-05-23: `Nairobi process`, `Luanda
 * process`, the first conjunct's alias the city alone), not the city. Returned with the city
 * candidates it replaces, which the caller drops.
 */
export function cityProcesses(
  lexicon: Lexicon,
  candidates: readonly Candidate[],
  text: string,
  offset: number,
): { found: Candidate[]; replaced: Set<Candidate> } {
  const found: Candidate[] = [];
  const replaced = new Set<Candidate>();
  if (!text.includes(' process')) return { found, replaced };
  for (const city of candidates) {
    if (city.type !== 'Region' || !lexicon.entities.get(city.entityId)?.city) continue;
    const after = text.slice(city.end - offset, city.end - offset + 60);
    const own = PROCESS_AFTER.exec(after);
    const surface = own ? city.text + own[0] : SHARED_PROCESSES.test(after) ? city.text : '';
    if (!surface) continue;
    const name = `${city.text} process`;
    found.push({ ...candidateAt('Program', surface, city.start, 'phrase', name), name });
    replaced.add(city);
  }
  return { found, replaced };
}
