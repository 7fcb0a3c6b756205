/**
 * Entity recognition over the segmented text: every finder proposes candidates, overlaps are
 * settled (longest wins; lexicon beats generic guesses of the same length), bodies inside longer
 * names are kept as nested hits, acronyms defined in parentheses become aliases.
 *
 * This file runs the passes over a document: recogniseSentence.ts per sentence (its candidates
 * come from sentenceCandidates.ts), then the merges across sentences, then the headings.
 */
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { mergeAcronymNames } from './acronymNames';
import { placeAnnouncingBodies } from './announcingBodies';
import { assemblySessions } from './assemblySessions';
import { mergeBareHeads } from './bareHeads';
import { celebratedDays } from './celebratedDays';
import { mergeDatedNames } from './dated';
import { datedEvents } from './datedEvents';
import { resolveDatedOfficials } from './datedOfficials';
import { dropDemonymPeople } from './demonymPeople';
import { completeEventPhrases } from './eventPhrases';
import { eventSeries } from './eventSeries';
import { fullNamePeople } from './fullNamePeople';
import { completeGivenNames } from './givenNames';
import { stripSource } from './hit';
import { homeHolders } from './homeHolders';
import { dropLocators } from './locators';
import { type Candidate, matchLexicon } from './matchLexicon';
import { nameLines } from './nameLines';
import { officeHolders } from './officeHolders';
import type { OfficialFinding } from './officials';
import { mergePrefixedNames } from './prefixedNames';
import { repeatPrivateBodies } from './privateBodies';
import { type RecognitionState, recogniseSentence } from './recogniseSentence';
import { repeatFullNames, repeatSurnameSubjects } from './repeatedNames';
import { mergeReversedPairs } from './reversedPairs';
import { select } from './selectCandidates';
import { mergeSurnames } from './surnames';
import { documentFinds } from './textFinds';
import { untitledPeople } from './untitledPeople';

export interface Recognition {
  /** Top-level and nested hits per sentence index, in text order. */
  hitsBySentence: Map<number, EntityHit[]>;
  officials: OfficialFinding[];
  /** Hits in section headings, by heading text (for implicit context). */
  headingHits: Map<string, EntityHit[]>;
  /** Demonyms of countries named only as a people's ("the Ukrainian people"): topics read them. */
  peopleHits: Map<number, EntityHit[]>;
}

export function recognise(
  lexicon: Lexicon,
  text: string,
  sentences: SegmentedSentence[],
  headings: { text: string; start: number }[],
  /** The document's title: officials it names may hold the offices the text names. */
  title = '',
  /** The document's date (ISO): who held a title then ("President Macron"). */
  date?: string,
): Recognition {
  const state: RecognitionState = {
    lexicon,
    text,
    hitsBySentence: new Map<number, EntityHit[]>(),
    allOfficials: [],
    introduced: new Set<string>(),
    seen: new Set<string>(),
    acronyms: new Map<string, Candidate>(),
    shortNames: new Map(),
    articlesSeen: new Map<string, string>(),
    locators: new Set<string>(),
  };
  // The text-only finders first, each over the whole document (textFinds.ts says why).
  const finds = documentFinds(lexicon, sentences);
  for (let i = 0; i < sentences.length; i++) recogniseSentence(state, sentences[i]!, finds[i]);
  const { hitsBySentence, allOfficials, locators } = state;

  dropLocators(hitsBySentence, locators);
  const peopleHits = dropDemonymPeople(text, hitsBySentence);
  officeHolders(lexicon, title, sentences, hitsBySentence, allOfficials);
  untitledPeople(title, sentences, hitsBySentence);
  nameLines(sentences, hitsBySentence);
  homeHolders(lexicon, sentences, hitsBySentence, allOfficials, date, title);
  repeatFullNames(sentences, hitsBySentence);
  repeatSurnameSubjects(sentences, hitsBySentence);
  fullNamePeople(text, sentences, hitsBySentence);
  placeAnnouncingBodies(sentences, hitsBySentence);
  repeatPrivateBodies(sentences, hitsBySentence);
  resolveDatedOfficials(lexicon, allOfficials, [...hitsBySentence.values()].flat(), date, text);
  mergeSurnames(lexicon, hitsBySentence, allOfficials, title);
  completeGivenNames(lexicon, text, sentences, hitsBySentence, allOfficials);
  mergePrefixedNames(lexicon, hitsBySentence);
  datedEvents({ lexicon, text, sentences, hitsBySentence, title, isoDate: date });
  celebratedDays(hitsBySentence);
  assemblySessions(text, sentences, hitsBySentence, date);
  eventSeries(text, sentences, hitsBySentence, date);
  mergeDatedNames(hitsBySentence);
  mergeBareHeads(hitsBySentence);
  mergeReversedPairs(hitsBySentence);
  mergeAcronymNames(hitsBySentence);
  completeEventPhrases(text, hitsBySentence);

  const headingHits = new Map<string, EntityHit[]>();
  for (const heading of headings) {
    const { chosen } = select(matchLexicon(lexicon, heading.text, heading.start));
    headingHits.set(heading.text, chosen.map(stripSource));
  }
  return { hitsBySentence, officials: allOfficials, headingHits, peopleHits };
}
