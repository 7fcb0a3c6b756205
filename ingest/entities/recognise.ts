/**
 * Entity recognition over the segmented text: every finder proposes candidates, overlaps are
 * settled (longest wins; lexicon beats generic guesses of the same length), bodies inside longer
 * names are kept as nested hits, acronyms defined in parentheses become aliases.
 */
import type { Lexicon } from '../lexicon';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { adoptKnownShortForms, mergeAcronymNames } from './acronymNames';
import { toAcronymSpan } from './acronymSpan';
import { mergeBareHeads } from './bareHeads';
import { capitalAsCountry } from './capitals';
import { mergeDatedNames } from './dated';
import { datedMeetings } from './datedMeetings';
import { resolveDatedOfficials } from './datedOfficials';
import { directionalPlaces } from './directionalPlaces';
import { completeGivenNames } from './givenNames';
import { hostedEvents } from './hostedEvents';
import { innerNames } from './innerNames';
import { withRemit } from './instrumentRemits';
import { splitAtKnownConjunct } from './knownConjunct';
import { acronymMechanisms, yearEvents } from './knownExtensions';
import { dropLocators, localities, locatesCity, madeOfPlaces } from './locators';
import { type Candidate, matchLexicon } from './matchLexicon';
import { meetingPhrases } from './meetingPhrases';
import { meetingsBetween } from './meetingsBetween';
import { militaryUnits } from './militaryUnits';
import { findNamedPhrases, findQuotedPrograms } from './namedPhrases';
import { nationalOffices } from './nationalOffices';
import { officeHolders } from './officeHolders';
import { officeNames } from './officeNames';
import { findOfficials, type OfficialFinding } from './officials';
import { ownedPolicies } from './ownedPolicies';
import { pairAgreements, pairMechanisms } from './pairMechanisms';
import {
  articles,
  numberedInstruments,
  numberedResolutions,
  venues,
  waters,
} from './patternCandidates';
import {
  bodysGroup,
  cityMeeting,
  datedKnownName,
  knownWithKind,
  withoutCountryTail,
  withoutPlaceAfterTo,
  withoutPlaceBeforeFor,
} from './phraseFilters';
import { pluralTitled } from './pluralTitles';
import { mergePrefixedNames } from './prefixedNames';
import { mergeReversedPairs } from './reversedPairs';
import { overlaps, select } from './selectCandidates';
import { sharedHeadNames, sharedStateBodies } from './sharedHead';
import { stateMissions } from './stateMissions';
import { mergeSurnames } from './surnames';
import { topicInsideName } from './topicInName';
import { untitledPeople } from './untitledPeople';
import { possessiveVisits } from './visits';

export interface Recognition {
  /** Top-level and nested hits per sentence index, in text order. */
  hitsBySentence: Map<number, EntityHit[]>;
  officials: OfficialFinding[];
  /** Hits in section headings, by heading text (for implicit context). */
  headingHits: Map<string, EntityHit[]>;
}

/** A body or program inside titles coordinated before an official's ("Politburo Member, …"). */
function inTitleList(officials: OfficialFinding[], candidate: Candidate): boolean {
  if (candidate.type === 'Country' || candidate.type === 'Official') return false;
  return officials.some(
    (official) => official.titleList && overlaps(official.titleList, candidate),
  );
}

/** "a Paris-aligned temperature limit", "Tokyo-based": a city opening a compound adjective is no place named. */
function cityInCompound(lexicon: Lexicon, text: string, offset: number, candidate: Candidate) {
  if (!lexicon.entities.get(candidate.entityId)?.city) return false;
  return /^-[a-z]/.test(text.slice(candidate.end - offset, candidate.end - offset + 2));
}

function candidatesFor(
  lexicon: Lexicon,
  text: string,
  offset: number,
  officials: OfficialFinding[],
): Candidate[] {
  // "the U.S. Secretary of Defense and French Minister of Armed Forces": offices (officeHolders
  // names them) hold no phrase's name.
  const offices = nationalOffices(lexicon, text).map((office) => ({
    span: { start: office.start + offset, end: office.end + offset },
  }));
  // "Assistant Secretary of Defense for Space Policy": a portfolio in a title is no topic.
  const lexical = matchLexicon(lexicon, text, offset).filter(
    (candidate) =>
      (candidate.type !== 'Topic' ||
        !officials.some((official) => overlaps(official.span, candidate))) &&
      !inTitleList(officials, candidate) &&
      !cityInCompound(lexicon, text, offset, candidate),
  );
  // One pass per phrase rather than a chain of map() calls: each call site of the chain was
  // compiled for the array kinds seen so far, and a new one threw the whole optimised
  // function away (the compiler's recompiles cost more than the chain itself).
  // "Senior Directors Tarun Chhabra and Sarah Ladislaw": the people of a plural title hold no
  // phrase's name either ("National Security Council Senior Directors Tarun … Ladislaw").
  const plural = pluralTitled(text, offset);
  const phrases: Candidate[] = [];
  for (const found of [findNamedPhrases(text, offset), findQuotedPrograms(text, offset)].flat()) {
    // A title ("National Security Secretariat Secretary General") is not a program's name.
    if (officials.some((official) => overlaps(official.span, found))) continue;
    if (offices.some((office) => overlaps(office.span, found))) continue;
    if (plural.some((person) => overlaps(person, found))) continue;
    if (inTitleList(officials, found)) continue;
    // "Arms Regulations (ITAR)": a defined acronym says where the name starts.
    let candidate = toAcronymSpan(found, text, offset);
    candidate = bodysGroup(lexicon, withoutCountryTail(lexicon, candidate));
    candidate = withRemit(candidate, text, offset, lexical);
    candidate = withoutPlaceAfterTo(candidate, lexical);
    candidate = withoutPlaceBeforeFor(candidate, lexical);
    candidate = cityMeeting(lexicon, candidate, lexical);
    if (!datedKnownName(candidate, lexical)) phrases.push(candidate);
  }
  const titled = officials.map((official) => official.candidate);
  // One flat() of the recognisers' lists, not a spread of each: a spread is compiled with the
  // array kinds seen so far, so the first time a rare recogniser returns a non-empty list
  // the whole optimised function was thrown away and compiled again (16 times in 600 documents).
  return [
    lexical,
    sharedHeadNames(lexicon, text, offset, lexical),
    sharedStateBodies(text, offset, lexical),
    titled,
    // After the split: "FMF and Presidential Drawdown Authority for Taiwan" has a known conjunct.
    splitAtKnownConjunct(phrases, lexical).filter(
      (candidate) => !knownWithKind(candidate, lexical),
    ),
    yearEvents(lexical, text, offset),
    acronymMechanisms(lexical, text, offset),
    pairMechanisms(lexical, text, offset),
    pairAgreements(text, offset),
    stateMissions(lexical, text, offset),
    hostedEvents(lexical, text, offset),
    numberedResolutions(text, offset),
    numberedInstruments(text, offset),
    militaryUnits(text, offset),
    plural,
    officeNames(text, offset),
    meetingPhrases(text, offset),
    datedMeetings(text, offset),
    meetingsBetween(text, offset, titled),
    possessiveVisits(text, offset, [lexical, titled].flat()),
    localities(text, offset, lexical, officials),
    directionalPlaces(text, offset, lexical),
    ownedPolicies(lexical, text, offset),
    articles(text, offset),
    waters(text, offset),
    venues(text, offset).filter((venue) => !madeOfPlaces(venue, lexical)),
  ].flat();
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
    articlesSeen: new Map<string, string>(),
    locators: new Set<string>(),
  };
  for (const sentence of sentences) recogniseSentence(state, sentence);
  const { hitsBySentence, allOfficials, locators } = state;

  dropLocators(hitsBySentence, locators);
  officeHolders(lexicon, title, sentences, hitsBySentence, allOfficials);
  untitledPeople(title, sentences, hitsBySentence);
  resolveDatedOfficials(lexicon, allOfficials, [...hitsBySentence.values()].flat(), date);
  mergeSurnames(lexicon, hitsBySentence, allOfficials, title);
  completeGivenNames(lexicon, text, sentences, hitsBySentence, allOfficials);
  mergePrefixedNames(lexicon, hitsBySentence);
  mergeDatedNames(hitsBySentence);
  mergeBareHeads(hitsBySentence);
  mergeReversedPairs(hitsBySentence);
  mergeAcronymNames(hitsBySentence);

  const headingHits = new Map<string, EntityHit[]>();
  for (const heading of headings) {
    const { chosen } = select(matchLexicon(lexicon, heading.text, heading.start));
    headingHits.set(heading.text, chosen.map(stripSource));
  }
  return { hitsBySentence, officials: allOfficials, headingHits };
}

/** What recognition carries from one sentence to the next (one object per document). */
interface RecognitionState {
  readonly lexicon: Lexicon;
  readonly text: string;
  readonly hitsBySentence: Map<number, EntityHit[]>;
  readonly allOfficials: OfficialFinding[];
  /** First and last words of the officials named so far: "DNSA Neuberger" is one of them. */
  readonly introduced: Set<string>;
  readonly seen: Set<string>;
  readonly acronyms: Map<string, Candidate>;
  /** "Article V" after "Article V of the Treaty …" is that same article. */
  readonly articlesSeen: Map<string, string>;
  readonly locators: Set<string>;
}

/**
 * The hits of one sentence (a function of its own rather than the body of `recognise`'s loop: V8
 * compiles it alone, and a rare sentence that deoptimises it does not recompile the whole pass).
 */
function recogniseSentence(state: RecognitionState, sentence: SegmentedSentence): void {
  const { lexicon, text, introduced, seen, acronyms, articlesSeen, locators } = state;
  const officials = findOfficials(lexicon, sentence.text, sentence.start, introduced);
  state.allOfficials.push(...officials);
  for (const official of officials) {
    const words = official.candidate.text.split(' ');
    if (words.length > 1) introduced.add(words[0]!).add(words[words.length - 1]!);
  }
  let { chosen, nested } = select(candidatesFor(lexicon, sentence.text, sentence.start, officials));
  chosen = chosen.filter((hit) => {
    if (!hit.surnameOnly) return true;
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    // "Secretary of State Blinken": a title the officials' finder read counts as well.
    const titled = officials.some(
      (official) => official.candidate.start === hit.start && official.candidate.end === hit.end,
    );
    return seen.has(hit.entityId) || TITLE_BEFORE.test(before) || titled;
  });
  // "the Clean Energy Incentives Dialogue": a term inside a name is no topic.
  chosen = adoptKnownShortForms(chosen, text).filter(
    (hit) => !topicInsideName(sentence.text, sentence.start, hit),
  );
  // Acronyms defined in parentheses right after a name, and their later uses.
  const extra: Candidate[] = [];
  for (const hit of chosen) {
    const defined = /^ \(([A-Z][A-Za-z0-9+&-]{1,9})\)/.exec(text.slice(hit.end));
    if (!defined || hit.adjectival) continue;
    const acronym = defined[1]!;
    const at = hit.end + 2;
    // The definition must lie in this sentence, or its offsets would point outside it.
    if (at + acronym.length > sentence.start + sentence.text.length) continue;
    if (chosen.some((other) => other.start === at)) continue;
    const candidate: Candidate = { ...hit, start: at, end: at + acronym.length, text: acronym };
    extra.push(candidate);
    acronyms.set(acronym, candidate);
  }
  for (const [acronym, model] of acronyms) {
    // Its pattern is built for a sentence that has the acronym at all (most have none).
    if (!sentence.text.includes(acronym)) continue;
    const pattern = new RegExp(`\\b${acronym.replace(/[+]/g, '\\+')}\\b`, 'g');
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const start = sentence.start + match.index;
      const range = { start, end: start + acronym.length };
      if ([...chosen, ...extra].some((other) => overlaps(other, range))) continue;
      extra.push({ ...model, ...range, text: acronym });
    }
  }
  for (const hit of chosen) {
    const article = /^(Article \S+)( of .+)?$/.exec(hit.text);
    if (!article || hit.type !== 'Instrument') continue;
    if (article[2]) articlesSeen.set(article[1]!, hit.entityId);
    else if (articlesSeen.has(article[1]!)) hit.entityId = articlesSeen.get(article[1]!)!;
  }
  for (const hit of chosen) capitalAsCountry(lexicon, text, hit);
  for (const hit of chosen) {
    if (locatesCity(lexicon, text, hit, chosen)) locators.add(`${sentence.index}:${hit.start}`);
  }
  const hits = [...chosen, ...extra, ...nested, ...innerNames(chosen)].sort(
    (a, b) => a.start - b.start,
  );
  for (const hit of hits) seen.add(hit.entityId);
  state.hitsBySentence.set(sentence.index, hits.map(stripSource));
}

/**
 * The hit a candidate becomes, always in one object shape (the optional fields present, maybe
 * undefined): candidates come from some forty finders, each building its objects in its own key
 * order, and every later step reading hits was otherwise compiled for whichever shapes the first
 * documents showed and deoptimised by the next.
 */
function stripSource(candidate: Candidate): EntityHit {
  return {
    entityId: candidate.entityId,
    type: candidate.type,
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    adjectival: candidate.adjectival,
    nested: candidate.nested,
    name: candidate.name,
  };
}
