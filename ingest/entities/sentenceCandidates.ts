/**
 * The candidates of one sentence, from every finder: lexicon matches (less portfolios inside
 * titles), named phrases (less titles, offices and plural-titled people, trimmed by the phrase
 * filters), the officials' titled names and the pattern recognisers. Split from recognise.ts
 * (which settles overlaps and carries state between sentences) so each file has one job.
 */
import type { Lexicon } from '../lexicon';
import { TITLE_RULES, TITLE_WORDS } from '../rules/titles';
import { accessionProtocols } from './accessionProtocols';
import { toAcronymSpan } from './acronymSpan';
import { withDashedParty } from './dashedPairs';
import { directionalPlaces } from './directionalPlaces';
import { gazetteerOutOfPlace } from './gazetteerPlaces';
import { hostedEvents } from './hostedEvents';
import { withRemit } from './instrumentRemits';
import { splitAtKnownConjunct } from './knownConjunct';
import { acronymMechanisms, cityProcesses, yearEvents } from './knownExtensions';
import { withoutTailAfterKnown } from './knownNameTails';
import { listedBodies } from './listedBodies';
import { withListRemit } from './listRemits';
import { locativePlaces } from './locativePlaces';
import { localities, madeOfPlaces } from './locators';
import type { Candidate } from './matchLexicon';
import { meetingsBetween } from './meetingsBetween';
import type { OfficialFinding } from './officials';
import { ownedPolicies } from './ownedPolicies';
import { ownedProxies } from './ownedProxies';
import { pairMechanisms, pairMeetings } from './pairMechanisms';
import {
  bodysGroup,
  cityMeeting,
  datedKnownName,
  isNumberedAnnex,
  knownWithKind,
  placeHeadOnly,
  withoutCountryTail,
  withoutPlaceAfterTo,
  withoutPlaceBeforeFor,
} from './phraseFilters';
import { listedPlaces } from './placeLists';
import { withPlaceOwnerInside } from './placeOwnedInside';
import { stateMilitaries } from './proxyGroups';
import { overlaps } from './selectCandidates';
import { sharedHeadNames, sharedStateBodies } from './sharedHead';
import { stateMissions } from './stateMissions';
import { documentFinds, type TextFinds } from './textFinds';
import { possessiveVisits } from './visits';

/** A body or program inside titles coordinated before an official's ("Politburo Member, …"). */
function inTitleList(officials: OfficialFinding[], candidate: Candidate): boolean {
  if (candidate.type === 'Country' || candidate.type === 'Official') return false;
  return officials.some(
    (official) => official.titleList && overlaps(official.titleList, candidate),
  );
}

/**
 * A building that names a U.S. executive office (titles.json `homeOffices.bodies`: the White
 * House) before a title ("White House COVID-19 Response Coordinator Jeff Zients", "White House
 * Director of National Drug Control Policy") modifies the title; it is no venue of the statement
 * (gold conventions: "White House National Security Council" in a title is not declared). "met
 * at the White House" stays a Region.
 */
const HOME_BODIES: ReadonlySet<string> = new Set(TITLE_RULES.homeOffices.bodies);
/** The capitalised run right after a name, with its "of"/"for" joiners (up to eight words). */
const CAPITALISED_RUN = /^(?: (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*|of|for|on))+/;
function bodyBeforeTitle(text: string, offset: number, candidate: Candidate): boolean {
  if (candidate.type !== 'Region' || !HOME_BODIES.has(candidate.text)) return false;
  const end = candidate.end - offset;
  const run = CAPITALISED_RUN.exec(text.slice(end, end + 120));
  return !!run && run[0].split(' ').some((word) => TITLE_WORDS.has(word));
}

/**
 * A region in an official's title, before the name ("Senior Director for the Western Hemisphere
 * Juan Gonzalez", "Deputy Assistant Secretary for the Bureau of Western Hemisphere Affairs"), is
 * the office's remit, not a place the statement names (as a portfolio in a title is no topic).
 */
function regionInTitle(officials: OfficialFinding[], candidate: Candidate): boolean {
  if (candidate.type !== 'Region') return false;
  return officials.some(
    (official) =>
      official.span.start <= candidate.start && candidate.end <= official.candidate.start,
  );
}

/** "a Paris-aligned temperature limit", "Tokyo-based": a city opening a compound adjective is no place named. */
function cityInCompound(lexicon: Lexicon, text: string, offset: number, candidate: Candidate) {
  if (!lexicon.entities.get(candidate.entityId)?.city) return false;
  return /^-[a-zß-öø-ɏḀ-ỿ]/.test(text.slice(candidate.end - offset, candidate.end - offset + 2));
}

export function candidatesFor(
  lexicon: Lexicon,
  text: string,
  offset: number,
  officials: OfficialFinding[],
  // What the text-only finders found in this sentence (textFinds.ts runs them over the document).
  finds: TextFinds = documentFinds(lexicon, [{ text, start: offset }])[0]!,
): Candidate[] {
  // "the U.S. Secretary of Defense and French Minister of Armed Forces": offices (officeHolders
  // names them) hold no phrase's name.
  const offices = finds.offices;
  // "Assistant Secretary of Defense for Space Policy": a portfolio in a title is no topic.
  const matched = finds.matched;
  // "the Nairobi process": a process named after a city replaces the city.
  const processes = cityProcesses(lexicon, matched, text, offset);
  const lexical = matched.filter(
    (candidate) =>
      !processes.replaced.has(candidate) &&
      (candidate.type !== 'Topic' ||
        !officials.some((official) => overlaps(official.span, candidate))) &&
      !inTitleList(officials, candidate) &&
      !bodyBeforeTitle(text, offset, candidate) &&
      !regionInTitle(officials, candidate) &&
      !cityInCompound(lexicon, text, offset, candidate) &&
      !gazetteerOutOfPlace(lexicon, text, offset, candidate, matched),
  );
  // One pass per phrase rather than a chain of map() calls: each call site of the chain was
  // compiled for the array kinds seen so far, and a new one threw the whole optimised
  // function away (the compiler's recompiles cost more than the chain itself).
  // "Senior Directors Tarun Chhabra and Sarah Ladislaw": the people of a plural title hold no
  // phrase's name either ("National Security Council Senior Directors Tarun … Ladislaw").
  const plural = finds.plural;
  const phrases: Candidate[] = [];
  for (const found of [finds.named, finds.quoted].flat()) {
    // A title ("National Security Secretariat Secretary General") is not a program's name.
    if (officials.some((official) => overlaps(official.span, found))) continue;
    if (offices.some((office) => overlaps(office.span, found))) continue;
    if (plural.some((person) => overlaps(person, found))) continue;
    if (inTitleList(officials, found)) continue;
    // "Arms Regulations (ITAR)": a defined acronym says where the name starts.
    let candidate = toAcronymSpan(found, text, offset);
    if (isNumberedAnnex(candidate) || placeHeadOnly(candidate, lexical)) continue;
    candidate = bodysGroup(lexicon, withoutCountryTail(lexicon, candidate));
    candidate = withRemit(candidate, text, offset, lexical);
    candidate = withListRemit(candidate, text, offset, lexical);
    candidate = withoutPlaceAfterTo(candidate, lexical);
    candidate = withoutPlaceBeforeFor(candidate, lexical);
    candidate = withoutTailAfterKnown(candidate, lexical);
    candidate = withDashedParty(candidate, text, offset, lexical);
    candidate = withPlaceOwnerInside(candidate, text, offset, lexical);
    candidate = cityMeeting(lexicon, candidate, lexical);
    if (!datedKnownName(candidate, lexical)) phrases.push(candidate);
  }
  const titled = officials.map((official) => official.candidate);
  // One flat() of the recognisers' lists, not a spread of each: a spread is compiled with the
  // array kinds seen so far, so the first time a rare recogniser returns a non-empty list
  // the whole optimised function was thrown away and compiled again (16 times in 600 documents).
  return [
    lexical,
    processes.found,
    // Before the phrases: a series' writing whose head types it otherwise ("Major Economies
    // Forum on Energy and Climate", a Forum) is the edition meant, as long as the phrase (gold
    // 2021-09-18, 2022-07-15); the longest still wins.
    finds.series,
    sharedHeadNames(lexicon, text, offset, lexical),
    finds.sharedOf,
    finds.administrations,
    sharedStateBodies(text, offset, lexical),
    titled,
    // After the split: "FMF and Presidential Drawdown Authority for Taiwan" has a known conjunct.
    splitAtKnownConjunct(phrases, lexical).filter(
      (candidate) => !knownWithKind(candidate, lexical),
    ),
    yearEvents(lexical, text, offset),
    acronymMechanisms(lexical, text, offset),
    pairMechanisms(lexical, text, offset),
    finds.pairAgreements,
    pairMeetings(lexical, text, offset),
    finds.bareMemoranda,
    finds.formatBodies,
    finds.created,
    finds.commaCompanies,
    finds.namedCompanies,
    listedBodies(text, offset, lexical),
    finds.proxyGroups,
    ownedProxies(lexical, text, offset),
    accessionProtocols(lexical, text, offset),
    stateMilitaries(lexical, text, offset),
    finds.crossings,
    finds.pairBorders,
    stateMissions(lexical, text, offset),
    hostedEvents(lexical, text, offset),
    finds.numberedResolutions,
    finds.listedResolutions,
    finds.symbolResolutions,
    finds.numberedInstruments,
    finds.militaryUnits,
    plural,
    finds.officeNames,
    finds.meetingPhrases,
    finds.datedMeetings,
    meetingsBetween(text, offset, titled),
    possessiveVisits(text, offset, [lexical, titled].flat()),
    localities(lexicon, text, offset, lexical, officials),
    listedPlaces(text, offset, matched, lexical, officials),
    locativePlaces(text, offset, matched, officials),
    directionalPlaces(text, offset, lexical),
    ownedPolicies(lexical, text, offset),
    finds.articles,
    finds.waters,
    finds.venues.filter((venue) => !madeOfPlaces(venue, lexical)),
  ].flat();
}
