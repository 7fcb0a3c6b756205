/**
 * Whom each official speaks for and under what title: the REPRESENTS relations and the
 * officials' attributes extract.ts builds from the recognised officials and the title's speakers.
 */
import { delegationSpans } from './entities/delegations';
import { homeCountryOfTitle } from './entities/homeOffices';
import { findOfficials, type OfficialFinding } from './entities/officials';
import type { Recognition } from './entities/recognise';
import type { EntityRegistry } from './entities/registry';
import type { Lexicon } from './lexicon';
import { HONORIFICS } from './rules/titles';
import type { SegmentedSentence } from './segment';

// "Mr.", "Dr." (HONORIFICS): a form of address, no office; a later "Mr. Sullivan" keeps the title
// he was introduced with.

/** Official's id → country id, and official's id → attributes (title, country). */
interface OfficialsRepresenting {
  represents: Map<string, string>;
  officialAttributes: Map<string, Record<string, string>>;
}

/** The officials present in the text, each with its title and the country it represents. */
export function officialsRepresenting(
  lexicon: Lexicon,
  recognition: Recognition,
  sentences: readonly SegmentedSentence[],
  title: string,
): OfficialsRepresenting {
  const present = new Set(
    [...recognition.hitsBySentence.values()].flat().map((hit) => hit.entityId),
  );
  const represents = new Map<string, string>();
  const officialAttributes = new Map<string, Record<string, string>>();
  // A delegation's country, then a U.S. executive title, count only where no mention of the
  // official states a country of its own.
  // "Readout of … Meeting with President Samia Suluhu Hassan of Tanzania": the title states the
  // country of an official the text names bare ("met with President Samia Suluhu Hassan").
  const titled = new Map<string, string>();
  for (const official of findOfficials(lexicon, title, 0))
    if (official.countryId) titled.set(official.candidate.entityId, official.countryId);
  const delegations = delegationSpans(lexicon, sentences);
  const framed = new Map<string, string>();
  const home = new Map<string, string>();
  for (const official of recognition.officials) {
    const id = official.candidate.entityId;
    if (!present.has(id)) continue;
    // "Sheikh Tahnoon" after the full name: a later mention without a title says nothing new; nor
    // does "Mr. Sullivan" after "National Security Advisor Jake Sullivan", so "The National
    // Security Advisor and Foreign Minister discussed …" still names him (gold 2022-06-18).
    const addressOnly = official.title === '' || HONORIFICS.has(official.title);
    if (addressOnly && officialAttributes.has(id)) continue;
    const countryId = official.countryId ?? lexicon.entities.get(id)?.represents;
    const attributes: Record<string, string> = { title: official.title };
    if (countryId) {
      attributes.country = lexicon.entities.get(countryId)?.name ?? countryId;
      represents.set(id, countryId);
    } else {
      const { start } = official.candidate;
      const delegation = delegations.find((span) => span.start <= start && start < span.end);
      if (delegation && !framed.has(id)) framed.set(id, delegation.countryId);
      const homeId = home.has(id) ? undefined : homeCountryOfTitle(lexicon, official.title);
      if (homeId) home.set(id, homeId);
    }
    officialAttributes.set(id, attributes);
  }
  for (const [id, countryId] of [...titled, ...framed, ...home]) {
    if (represents.has(id) || !present.has(id)) continue;
    represents.set(id, countryId);
    const attributes = officialAttributes.get(id);
    if (attributes) attributes.country = lexicon.entities.get(countryId)?.name ?? countryId;
  }
  for (const id of present) {
    const known = lexicon.entities.get(id)?.represents;
    if (known && !represents.has(id)) represents.set(id, known);
  }
  return { represents, officialAttributes };
}

/** The title's speakers ("Statement by President …") join the registry with their attributes. */
export function addTitleSpeakers(
  lexicon: Lexicon,
  registry: EntityRegistry,
  speakers: OfficialFinding[],
  signatories: string[],
  represents: Map<string, string>,
  officialAttributes: Map<string, Record<string, string>>,
): void {
  for (const official of speakers) {
    const id = official.candidate.entityId;
    if (registry.has(id)) continue;
    registry.ensure(id, 'Official', official.candidate.text);
    const known = lexicon.entities.get(id);
    // The head of an international body ("President von der Leyen") speaks for no signatory.
    const organization = known?.attributes?.organization;
    const countryId = organization
      ? undefined
      : (official.countryId ??
        known?.represents ??
        homeCountryOfTitle(lexicon, official.title) ??
        (signatories.length === 1 ? signatories[0] : undefined));
    const attributes: Record<string, string> = {
      title: official.title,
      ...(organization ? { organization } : {}),
    };
    if (countryId) {
      attributes.country = lexicon.entities.get(countryId)?.name ?? countryId;
      represents.set(id, countryId);
    }
    officialAttributes.set(id, attributes);
    registry.setAttributes(id, attributes);
  }
}
