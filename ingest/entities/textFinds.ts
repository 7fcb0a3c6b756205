/**
 * The finders of sentenceCandidates.ts that read a sentence's text alone — no other finder's
 * candidates, no state carried from the sentences before — run as document passes: one finder
 * over every sentence of the document before the next finder starts.
 *
 * Why: about 45 recognisers walk each sentence, and one sentence's walk through all of them
 * evicts each one's code and tables (the lexicon's run index, the phrase patterns) from the CPU
 * caches before the next sentence needs them again; one finder over all sentences keeps its own
 * warm. The output is the same, since each finder is a function of (text, offset) alone and the
 * candidates are assembled in the same order (sentenceCandidates.ts).
 */
import type { Lexicon } from '../lexicon';
import { administrations } from './administrations';
import { bareMemoranda } from './bareMemoranda';
import { createdMechanisms } from './createdMechanisms';
import { namedCrossings, pairBorders } from './crossings';
import { datedMeetings } from './datedMeetings';
import { commaCompanies, formatBodies, namedCompanies } from './descriptiveBodies';
import { seriesMentions } from './eventSeries';
import { matchLexicon } from './matchLexicon';
import { meetingPhrases } from './meetingPhrases';
import { militaryUnits } from './militaryUnits';
import { findNamedPhrases } from './namedPhrases';
import { nationalOffices } from './nationalOffices';
import { officeNames } from './officeNames';
import { pairAgreements } from './pairMechanisms';
import {
  articles,
  listedResolutions,
  numberedInstruments,
  numberedResolutions,
  venues,
  waters,
} from './patternCandidates';
import { pluralTitled } from './pluralTitles';
import { proxyGroups } from './proxyGroups';
import { findQuotedPrograms } from './quotedPrograms';
import { symbolResolutions } from './resolutionSymbols';
import { sharedOfHeads } from './sharedHead';

type Finder<T> = (lexicon: Lexicon, text: string, offset: number) => T;

/** The text-only finders, by the name sentenceCandidates.ts reads their result under. */
const FINDERS = {
  // "the U.S. Secretary of Defense": offices, as document spans.
  offices: (lexicon, text, offset) =>
    nationalOffices(lexicon, text).map((office) => ({
      span: { start: office.start + offset, end: office.end + offset },
    })),
  matched: matchLexicon,
  plural: pluralTitled,
  named: (_, text, offset) => findNamedPhrases(text, offset),
  quoted: (_, text, offset) => findQuotedPrograms(text, offset),
  series: (_, text, offset) => seriesMentions(text, offset),
  sharedOf: sharedOfHeads,
  administrations,
  pairAgreements: (_, text, offset) => pairAgreements(text, offset),
  bareMemoranda: (_, text, offset) => bareMemoranda(text, offset),
  formatBodies: (_, text, offset) => formatBodies(text, offset),
  created: (_, text, offset) => createdMechanisms(text, offset),
  commaCompanies: (_, text, offset) => commaCompanies(text, offset),
  namedCompanies: (_, text, offset) => namedCompanies(text, offset),
  proxyGroups: (_, text, offset) => proxyGroups(text, offset),
  crossings: (_, text, offset) => namedCrossings(text, offset),
  pairBorders: (_, text, offset) => pairBorders(text, offset),
  numberedResolutions: (_, text, offset) => numberedResolutions(text, offset),
  listedResolutions: (_, text, offset) => listedResolutions(text, offset),
  symbolResolutions: (_, text, offset) => symbolResolutions(text, offset),
  numberedInstruments: (_, text, offset) => numberedInstruments(text, offset),
  militaryUnits: (_, text, offset) => militaryUnits(text, offset),
  officeNames: (_, text, offset) => officeNames(text, offset),
  meetingPhrases: (_, text, offset) => meetingPhrases(text, offset),
  datedMeetings: (_, text, offset) => datedMeetings(text, offset),
  articles: (_, text, offset) => articles(text, offset),
  waters: (_, text, offset) => waters(text, offset),
  venues: (_, text, offset) => venues(text, offset),
} satisfies Record<string, Finder<unknown>>;

type Key = keyof typeof FINDERS;
/** What the text-only finders found in one sentence. */
export type TextFinds = { [K in Key]: ReturnType<(typeof FINDERS)[K]> };
const KEYS = Object.keys(FINDERS) as Key[];
const TYPED: { [K in Key]: Finder<TextFinds[K]> } = FINDERS;

/** One finder over every sentence (a function of its own: one call site per finder's loop). */
function pass<K extends Key>(
  key: K,
  lexicon: Lexicon,
  sentences: readonly { text: string; start: number }[],
  rows: Partial<TextFinds>[],
): void {
  const finder = TYPED[key];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    rows[i]![key] = finder(lexicon, sentence.text, sentence.start);
  }
}

/** The text-only finds of each sentence, in the sentences' order. */
export function documentFinds(
  lexicon: Lexicon,
  sentences: readonly { text: string; start: number }[],
): TextFinds[] {
  const rows = sentences.map((): Partial<TextFinds> => ({}));
  for (const key of KEYS) pass(key, lexicon, sentences, rows);
  return rows as TextFinds[];
}
