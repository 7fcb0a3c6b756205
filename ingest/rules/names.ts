/** Head nouns and name-building words of open-vocabulary names (data/rules/names.json). */
import { z } from 'zod';
import type { EntityType } from '../../contract/extraction';
import namesJson from '../../data/rules/names.json';
import { parseRules } from './load';

const words = z.array(z.string().trim().min(1));
const headed = z.enum(['Program', 'Organization', 'Event', 'Instrument', 'Region']);

const schema = z.object({
  heads: z.record(headed, words),
  unitHeads: words.min(1),
  lowercaseHeads: words,
  lowercaseInstrumentHeads: words,
  lowercaseEventHeads: words,
  incidentHeads: words,
  meetingHeads: words.min(1),
  meetingNamers: words.min(1),
  meetingRanks: words,
  meetingFillers: words,
  datedMeetingHeads: words.min(1),
  forceNouns: words.min(1),
  seatsOf: words,
  quotedKinds: words,
  namingWords: words.min(1),
  joiners: words,
  withGroups: words,
  openers: words,
  currencies: words,
  leadingPrefixes: z.array(z.string().regex(/^-[a-z]+$/)),
  placeHeadsBefore: words,
  pairMechanismHeads: words.min(1),
  pairMechanismModifiers: words.min(1),
  pairMeetingHeads: words.min(1),
  pairMeetingModifiers: words,
  bareMemoranda: z.object({
    name: z.string().min(1),
    forms: words.min(1),
    determiners: words.min(1),
  }),
  createdMechanisms: z.object({
    verbs: words.min(1),
    participles: words.min(1),
    determiners: words.min(1),
    fillers: words,
    heads: z.object({ Program: words.min(1), Instrument: words.min(1) }),
  }),
  proxyGroups: z.object({ backing: words.min(1), modifiers: words, heads: words.min(1) }),
  stateMilitaries: z.object({
    names: z.record(z.string(), words.min(1)),
    stateNouns: words.min(1),
    followers: words,
  }),
  crossingHeads: z.object({ heads: words.min(1), pairHeads: words.min(1) }),
  countryTailKeeps: z.object({ heads: words.min(1) }),
  formatBodyModifiers: words.min(1),
  formatBodyHeads: words.min(1),
  remitStops: words.min(1),
  companySuffixes: words.min(1),
  companyHeads: words.min(1),
  definiteHeads: words,
  stateMissionHeads: words.min(1),
  hostWords: words.min(1),
  bodyDocumentNouns: words,
  nameDocumentNouns: words,
  cityMeetingHeads: words,
  remitInstrumentHeads: words,
  numberedHeads: words,
  codeTitleHeads: words,
  ownBodyQualifiers: words.min(1),
  yearlySessionHeads: words.min(1),
  pairBodyHeads: words.min(1),
  pairBodyParties: words.min(1),
  bilateralBodies: z.object({ heads: words.min(1), marks: words.min(1), fillers: words }),
  ordinalSessionHeads: words.min(1),
  boundPrefixes: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  finalOnlyHeads: words,
  innerNameHeads: words,
  peopleWords: words.min(1),
  acronymKinds: words.min(1),
  observanceModifiers: words.min(1),
  observanceContexts: words.min(1),
  personDayContexts: words.min(1),
  personRoles: z.object({ roles: words.min(1), modifiers: words }),
});

const rules = parseRules('rules/names.json', schema, namesJson);

/** Head noun ("Working Group", "Summit") → the type of the name it ends. */
export const HEAD_TYPES: ReadonlyMap<string, EntityType> = (() => {
  const map = new Map<string, EntityType>();
  for (const [type, heads] of Object.entries(rules.heads)) {
    for (const head of heads ?? []) {
      if (map.has(head))
        throw new Error(`rules: data/rules/names.json lists the head "${head}" twice`);
      map.set(head, type as EntityType);
    }
  }
  return map;
})();

export const NAME_RULES = {
  lowercaseHeads: rules.lowercaseHeads,
  lowercaseInstrumentHeads: rules.lowercaseInstrumentHeads,
  lowercaseEventHeads: rules.lowercaseEventHeads,
  incidentHeads: rules.incidentHeads,
  pairMechanismHeads: rules.pairMechanismHeads,
  pairMechanismModifiers: rules.pairMechanismModifiers,
  pairMeetingHeads: rules.pairMeetingHeads,
  pairMeetingModifiers: rules.pairMeetingModifiers,
  bareMemoranda: rules.bareMemoranda,
  createdMechanisms: rules.createdMechanisms,
  proxyGroups: rules.proxyGroups,
  stateMilitaries: rules.stateMilitaries,
  crossingHeads: rules.crossingHeads.heads,
  pairCrossingHeads: rules.crossingHeads.pairHeads,
  countryTailKeeps: new Set(rules.countryTailKeeps.heads),
  formatBodyModifiers: rules.formatBodyModifiers,
  formatBodyHeads: rules.formatBodyHeads,
  remitStops: new Set(rules.remitStops),
  companySuffixes: rules.companySuffixes,
  companyHeads: rules.companyHeads,
  definiteHeads: new Set(rules.definiteHeads),
  stateMissionHeads: rules.stateMissionHeads,
  hostWords: rules.hostWords,
  bodyDocumentNouns: rules.bodyDocumentNouns,
  nameDocumentNouns: rules.nameDocumentNouns,
  cityMeetingHeads: rules.cityMeetingHeads,
  remitInstrumentHeads: rules.remitInstrumentHeads,
  numberedHeads: rules.numberedHeads,
  codeTitleHeads: rules.codeTitleHeads,
  ownBodyQualifiers: new Set(rules.ownBodyQualifiers),
  boundPrefixes: rules.boundPrefixes,
  yearlySessionHeads: rules.yearlySessionHeads,
  pairBodyHeads: rules.pairBodyHeads,
  pairBodyParties: rules.pairBodyParties,
  bilateralBodies: rules.bilateralBodies,
  ordinalSessionHeads: rules.ordinalSessionHeads,
  finalOnlyHeads: new Set(rules.finalOnlyHeads),
  innerNameHeads: new Set(rules.innerNameHeads),
  peopleWords: new Set(rules.peopleWords),
  acronymKinds: rules.acronymKinds,
  observanceModifiers: new Set(rules.observanceModifiers),
  observanceContexts: rules.observanceContexts,
  personDayContexts: rules.personDayContexts,
  personRoles: new Set(rules.personRoles.roles),
  roleModifiers: new Set(rules.personRoles.modifiers),
  meetingHeads: rules.meetingHeads,
  meetingNamers: rules.meetingNamers,
  meetingRanks: rules.meetingRanks,
  meetingFillers: rules.meetingFillers,
  datedMeetingHeads: rules.datedMeetingHeads,
  forceNouns: rules.forceNouns,
  seatsOf: rules.seatsOf,
  unitHeads: rules.unitHeads,
  quotedKinds: rules.quotedKinds,
  namingWords: rules.namingWords,
  joiners: rules.joiners,
  withGroups: rules.withGroups,
  openers: new Set(rules.openers),
  currencies: rules.currencies,
  leadingPrefixes: rules.leadingPrefixes,
  placeHeadsBefore: rules.placeHeadsBefore,
};
