/**
 * "the Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard", "the
 * Implementing Arrangement for Gateway cooperation", "a new Memorandum of Cooperation on 5G
 * Supplier Diversification and Open RAN": an instrument whose head is in `remitInstrumentHeads`
 * (data/rules/names.json) is named with its parties after "between" and its short remit after
 * "on"/"for", lowercase words and a leading digit included (gold 2022-05-23, 2022-05-24); the
 * capitalised-run finder stops at both.
 */
import { MONTHS } from '../rules/months';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const HEADS = alternation(NAME_RULES.remitInstrumentHeads);
const ENDS_IN_HEAD = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${HEADS})$`, 'u');
/**
 * One capitalised word of remit ("for Gateway"), which a lowercase head completes; a longer or
 * coordinated remit ("on Sustainable Steel and Aluminum") is whole, and a lowercase word after it
 * is what the whole name modifies ("the Global Arrangement … negotiations", gold 2023-03-10).
 */
const HEAD_WITH_REMIT = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${HEADS}) (?:on|for) \\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*$`,
  'u',
);

/** A capitalised word, initialisms ("U.S.") included. */
const CAP = `[\\p{Lu}0-9][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?:\\.[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+)*\\.?`;
const PARTY = `(?:the )?${CAP}(?: (?:of (?:the )?)?${CAP}){0,5}`;
const BETWEEN = new RegExp(`^ between ${PARTY} and ${PARTY}`, 'u');

/** Words that end a remit: function words, verbs of the clause, months. */
const STOP = `(?:in|at|with|to|by|and|or|that|which|as|from|of|on|for|the|a|an|is|are|was|were|will|between|this|these|its|their|our|${alternation(MONTHS)})`;
const WORD = `(?!${STOP}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*`;
/** "on 5G Supplier Diversification and Open RAN": up to four words, a capitalised conjunct after "and". */
const REMIT = new RegExp(
  `^ (?:on|for) ${WORD}(?: ${WORD}){0,3}(?: and \\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?: \\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*){0,2})?`,
  'u',
);
/** "… for Gateway cooperation": lowercase words completing a capitalised remit. */
const LOWER_TAIL = new RegExp(
  `^(?: (?!${STOP}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))\\p{Ll}[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*){1,2}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'u',
);

/** The initialism's own dot stays ("the U.S."), a sentence's full stop does not. */
function withoutFullStop(surface: string): string {
  return /\.$/.test(surface) && !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:\p{Lu}\.){2,}$/u.test(surface)
    ? surface.slice(0, -1)
    : surface;
}

/** The two parties of " between the United States and India", articles left out. */
const PARTIES = /^ between (?:the )?(.+?) and (?:the )?(.+?)\.?$/;

/**
 * "the Interim Agreement between the United States and India", "the Agreement on Defense
 * Cooperation between the United States and Spain": between two states the parties say whose
 * agreement it is, not which; the name is the words before, so the long and the short mention are
 * one instrument (gold 2026-02-06, 2025-10-26, 2023-05-12). Between bodies ("… between the U.S.
 * Coast Guard and the Japan Coast Guard") they are part of the name.
 */
function betweenStates(between: string, at: number, lexical: readonly Candidate[]): boolean {
  const parties = PARTIES.exec(between);
  if (!parties) return false;
  return parties
    .slice(1)
    .every((party) =>
      lexical.some(
        (known) =>
          known.type === 'Country' &&
          known.text === party &&
          known.start >= at &&
          known.end <= at + between.length,
      ),
    );
}

export function withRemit(
  candidate: Candidate,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase' || candidate.type !== 'Instrument') return candidate;
  let surface = candidate.text;
  const after = () => text.slice(candidate.start - offset + surface.length);
  if (ENDS_IN_HEAD.test(surface)) surface += REMIT.exec(after())?.[0] ?? '';
  else if (HEAD_WITH_REMIT.test(surface)) surface += LOWER_TAIL.exec(after())?.[0] ?? '';
  const between = BETWEEN.exec(after());
  const name = surface;
  if (between) surface = withoutFullStop(surface + between[0]);
  if (surface === candidate.text) return candidate;
  const at = candidate.start + name.length;
  if (between && betweenStates(surface.slice(name.length), at, lexical))
    return { ...candidateAt('Instrument', surface, candidate.start, 'phrase', name), name };
  return candidateAt('Instrument', surface, candidate.start, 'phrase');
}
