/**
 * Second looks at the open-vocabulary names of a sentence against what the lexicon found there:
 * a body named with its country after it, a known name after its date.
 */
import type { EntityType } from '../../contract/extraction';
import type { Lexicon } from '../lexicon';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { candidateAt, entityIdFor } from './candidateAt';
import { DEFINED_ACRONYM } from './lowercaseHeads';
import type { Candidate } from './matchLexicon';
import { classify } from './nameHeads';
import { endsInHead } from './toJoiner';

/** "the 2018 Singapore Joint Statement": a known name after its date stays the known name. */
export function datedKnownName(candidate: Candidate, lexical: readonly Candidate[]): boolean {
  if (!/^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ )?(?:19|20)\d\d /.test(candidate.text)) return false;
  return lexical.some(
    (known) =>
      known.type === candidate.type && known.end === candidate.end && known.start > candidate.start,
  );
}

const ALIASES_OF_TYPE = new WeakMap<Lexicon, Map<EntityType, Set<string>>>();

/** The lexicon's names of one entity type (countries, bodies), built once per lexicon and type. */
function aliasesOfType(lexicon: Lexicon, type: EntityType): Set<string> {
  let byType = ALIASES_OF_TYPE.get(lexicon);
  if (!byType) {
    byType = new Map();
    ALIASES_OF_TYPE.set(lexicon, byType);
  }
  let names = byType.get(type);
  if (!names) {
    names = new Set(
      lexicon.aliases
        .filter((alias) => lexicon.entities.get(alias.entityId)?.type === type)
        .map((alias) => alias.alias),
    );
    byType.set(type, names);
  }
  return names;
}

const FORCES = new Set(NAME_RULES.forceNouns);
const COUNTRY_TAIL = /^(.+? (\S+)) of (?:the )?(.+)$/;

/**
 * "the National Security Secretariat of Japan", "the National Security Council Secretariat of the
 * Philippines": a body named by its head noun and then its country is the body; the country is
 * a mention of its own. Only when the name before "of" already ends in a body's head noun and
 * has two words or more ("Bank of Korea" stays whole).
 */
export function withoutCountryTail(lexicon: Lexicon, candidate: Candidate): Candidate {
  if (candidate.type !== 'Organization' && candidate.type !== 'Program') return candidate;
  const match = COUNTRY_TAIL.exec(candidate.text);
  if (!match || HEAD_TYPES.get(match[2]!) !== candidate.type) return candidate;
  // "the Development Bank of Japan", "the Mining Association of Canada": a bank's, an
  // association's or a university's proper name goes on with its country (countryTailKeeps).
  if (NAME_RULES.countryTailKeeps.has(match[2]!)) return candidate;
  if (!aliasesOfType(lexicon, 'Country').has(match[3]!)) return candidate;
  const name = match[1]!;
  // "the Armed Forces of the Philippines": a force named by its generic noun keeps its state.
  if (FORCES.has(name.toLowerCase())) return candidate;
  return {
    ...candidate,
    entityId: entityIdFor(candidate.type, name),
    end: candidate.start + name.length,
    text: name,
  };
}

/** A group's head ("Working Group", "Experts Group") ending the name, before any complement. */
const GROUP_NAME =
  /^(\S+) (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]* |and )*(?:Working|Experts?|Contact|Planning) Groups?(?: (?:on|for|of) .+)?$/;

/**
 * "Quad Vaccine Experts Group", "G20 Expert Group on Strengthening MDBs": a group a known body
 * sets up is an organ of that body, an Organization (gold conventions: multilateral bodies' groups,
 * as the GHSA Steering Group); a group of two countries ("U.S.-Canada Supply Chain Working
 * Group", "NCG Working Group") opens with no body's name and stays a Program.
 */
export function bodysGroup(lexicon: Lexicon, candidate: Candidate): Candidate {
  if (candidate.type !== 'Program') return candidate;
  const match = GROUP_NAME.exec(candidate.text);
  if (!match || !aliasesOfType(lexicon, 'Organization').has(match[1]!.replace(/[’']s$/, '')))
    return candidate;
  return {
    ...candidate,
    type: 'Organization',
    entityId: candidate.entityId.replace(/^program:/, 'organization:'),
  };
}

const TO_PLACE = / to (?:the )?$/;

/**
 * "the National Guard State Partnership Program to Pacific Island countries": a name of several
 * words before "to" and a country or region the lexicon knows is the name alone; the place is
 * its destination (found by the lexicon on its own).
 */
export function withoutPlaceAfterTo(
  candidate: Candidate,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase' || !candidate.text.includes(' to ')) return candidate;
  const place = lexical.find(
    (known) =>
      (known.type === 'Country' || known.type === 'Region') &&
      known.start > candidate.start &&
      known.start < candidate.end &&
      TO_PLACE.test(candidate.text.slice(0, known.start - candidate.start)) &&
      // "Meeting of the Parties to the Paris Agreement": the place opens a longer known name.
      !lexical.some((other) => other.start === known.start && other.end > known.end),
  );
  if (!place) return candidate;
  const left = candidate.text.slice(0, place.start - candidate.start).replace(TO_PLACE, '');
  const type = left.includes(' ') ? classify(left) : undefined;
  if (!type || !endsInHead(left)) return candidate;
  return candidateAt(type, left, candidate.start, 'phrase');
}

/** " for ", " for the ": what joins a known place or programme to the name or place after it. */
const FOR_JOINER = /^ for (?:the )?/;
/** " of the ": what joins a known country to the body it is a member of. */
const OF_THE_JOINER = /^ of the /;

/**
 * "President Biden’s visit to New Delhi for the G-20 Leaders’ Summit": a known place followed by
 * "for" and a name is where that name's meeting or work happens, not the start of one name (a
 * name's complement follows its head: "Summit for Democracy"). The name after "for" stands alone.
 * So does the name after a known country and "of the" ("the Principals of Australia, India, Japan
 * and the United States of the Quad Senior Cyber Group"): a state's own long name is the
 * lexicon's ("United States of America"), never a phrase running on into a body's name.
 */
export function withoutPlaceBeforeFor(
  candidate: Candidate,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase') return candidate;
  if (!candidate.text.includes(' for ') && !candidate.text.includes(' of the ')) return candidate;
  const place = lexical.find(
    (known) =>
      (known.type === 'Country' || known.type === 'Region') &&
      known.start === candidate.start &&
      known.end < candidate.end,
  );
  if (!place) return candidate;
  const after = candidate.text.slice(place.end - candidate.start);
  const joiner =
    FOR_JOINER.exec(after) ??
    (place.type === 'Country' &&
    // "Republic of the Marshall Islands": a longer known name from the same start is the state.
    !lexical.some((known) => known.start === place.start && known.end > place.end)
      ? OF_THE_JOINER.exec(after)
      : null);
  if (!joiner) return candidate;
  const skip = place.end - candidate.start + joiner[0].length;
  const right = candidate.text.slice(skip);
  const type = right.includes(' ') ? classify(right) : undefined;
  if (!type) return candidate;
  return candidateAt(type, right, candidate.start + skip, 'phrase');
}

const CITY_MEETING = new RegExp(` (?:${NAME_RULES.cityMeetingHeads.join('|')})$`);

/**
 * "the Sydney Energy Forum": a forum named after the known city that opens its name is a meeting
 * held there, an Event (gold 2022-05-24); one opening with no city ("Pacific Islands Forum",
 * "Global Refugee Forum") keeps its head's type.
 */
export function cityMeeting(
  lexicon: Lexicon,
  candidate: Candidate,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.type === 'Event' || !CITY_MEETING.test(candidate.text)) return candidate;
  const city = lexical.some(
    (known) =>
      known.start === candidate.start &&
      known.end < candidate.end &&
      lexicon.entities.get(known.entityId)?.city === true,
  );
  if (!city) return candidate;
  return { ...candidate, type: 'Event', entityId: entityIdFor('Event', candidate.text) };
}

/** A defined acronym ending a name before its lowercase kind. */
const ACRONYM_END = new RegExp(`${DEFINED_ACRONYM}$`);
/** A known company's own "Company" ("The Boeing Company") is that company too (companyHeads). */
const KINDS = new Set([...NAME_RULES.lowercaseHeads, ...NAME_RULES.companyHeads]);
const INCIDENTS = new Set(NAME_RULES.incidentHeads);

/**
 * "the Russian Federation attacks", "Ongoing Houthi attacks": an incident head after a known
 * state, body or person names whose attacks they are (a topic), not an incident named by its
 * place ("the Camp Speicher massacre"); after a known place ("the Red Sea attacks", "the West
 * Bank attacks") it says where, and the place stays the entity the gold declares. Coordinated
 * places ("the Mumbai and Pathankot attacks") are two incidents, which one name would merge.
 */
function actorsIncident(candidate: Candidate, lexical: readonly Candidate[]): boolean {
  if (candidate.text.includes(' and ')) return true;
  return lexical.some(
    (known) =>
      known.type !== 'Topic' && known.start >= candidate.start && known.end < candidate.end,
  );
}

/**
 * "the Partners in the Blue Pacific initiative", "the annual FREEDOM EDGE exercise": a name the
 * lexicon knows followed by its lowercase kind is that known name (the gold names it without the
 * kind); the kind names an unknown one ("the Young Leaders program").
 */
export function knownWithKind(candidate: Candidate, lexical: readonly Candidate[]): boolean {
  if (candidate.source !== 'phrase') return false;
  const kind = candidate.text.slice(candidate.text.lastIndexOf(' ') + 1);
  if (INCIDENTS.has(kind)) return actorsIncident(candidate, lexical);
  if (KINDS.has(kind)) {
    // "the Build Back Better World (B3W) initiative": its acronym may stand before the kind.
    const acronym = ACRONYM_END.exec(candidate.text.slice(0, -kind.length - 1));
    const end = candidate.end - kind.length - 1 - (acronym?.[0].length ?? 0);
    return lexical.some(
      (known) => known.type !== 'Topic' && known.start === candidate.start && known.end === end,
    );
  }
  return knownForCountry(candidate, lexical);
}

/**
 * "Presidential Drawdown Authority for Taiwan": a known programme or body followed by "for" and a
 * country or place is that programme given to it, not a new name (a document's complement,
 * "Code of Conduct for the South China Sea", stays whole: instruments are not checked).
 */
function knownForCountry(candidate: Candidate, lexical: readonly Candidate[]): boolean {
  if (!candidate.text.includes(' for ')) return false;
  const known = lexical.find(
    (hit) =>
      (hit.type === 'Program' || hit.type === 'Organization') && hit.start === candidate.start,
  );
  if (!known) return false;
  const rest = FOR_JOINER.exec(candidate.text.slice(known.end - candidate.start));
  if (!rest) return false;
  const at = known.end + rest[0].length;
  return lexical.some(
    (hit) =>
      (hit.type === 'Country' || hit.type === 'Region') &&
      hit.start === at &&
      hit.end === candidate.end,
  );
}

/** "Annex III", "Annex 2 to Executive Order 14346": a part named by its number alone. */
const NUMBERED_ANNEX = /^Annex (?:[IVX]+|\d+)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * A numbered annex is a part of the document it belongs to, not an instrument of its own: the
 * document is declared and the annex is not (gold conventions, 2025-10-26 Thailand and Malaysia:
 * "Annex III to Executive Order 14346" gives only the order). An annex named by its own title
 * ("the Potential Tariff Adjustments for Aligned Partners Annex") is not numbered and stays.
 */
export function isNumberedAnnex(candidate: Candidate): boolean {
  return NUMBERED_ANNEX.test(candidate.text);
}

const IN_PLACE = / in (?:the )?$/;

/**
 * "Palestinians in the West Bank": a run that ends in a known place after "in", with no head
 * noun of its own before it, took its type from the place's last word ("Bank"); it names no
 * body, only people or things located there (the place is found by the lexicon on its own).
 */
export function placeHeadOnly(candidate: Candidate, lexical: readonly Candidate[]): boolean {
  if (candidate.source !== 'phrase' || !candidate.text.includes(' in ')) return false;
  const place = lexical.find(
    (known) =>
      (known.type === 'Country' || known.type === 'Region') &&
      known.end === candidate.end &&
      known.start > candidate.start &&
      IN_PLACE.test(candidate.text.slice(0, known.start - candidate.start)),
  );
  if (!place) return false;
  const left = candidate.text.slice(0, place.start - candidate.start).replace(IN_PLACE, '');
  return classify(left) === undefined && !endsInHead(left);
}
