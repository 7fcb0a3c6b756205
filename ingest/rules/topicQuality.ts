/** The quality floor of derived topics (data/rules/topic-quality.json), validated once. */
import { z } from 'zod';
import qualityJson from '../../data/rules/topic-quality.json';
import { inflect } from './inflect';
import { parseRules } from './load';

const lower = z.array(
  z
    .string()
    .min(1)
    .refine((word) => word === word.toLowerCase(), 'must be lowercase'),
);

const schema = z.object({
  weakModifiers: lower,
  keepModifiers: lower,
  vacuousHeads: lower,
  vacuousAlone: lower,
  genericAlone: lower,
  relationalHeads: lower,
  frameWords: lower,
  modifierFrameWords: lower,
  vacuousPhrases: lower,
  vacuousComplements: lower,
  danglingWords: lower,
  leadingFragments: lower,
  namedObjectHeads: lower,
  ownedHeads: lower,
  abbreviationOwnedHeads: lower,
  placeHeads: lower,
  countryHeads: lower,
  domainSharedHeads: lower,
  kindSharedHeads: lower,
  occasionNouns: lower,
  pairHeads: lower,
  toHeads: lower,
  triggerObjectHeads: lower,
  sharedHeads: lower,
  attributeAdjectives: lower,
  listAgents: lower,
  gerundHeads: lower,
  catenativeVerbs: lower,
  ingKinds: lower,
  placeNouns: lower,
  pluralModifiers: lower,
  verbTaggedNouns: lower,
  posedByHeads: lower,
  sourceHeads: lower,
  withHeads: lower,
  domainVacuousHeads: lower,
  ofChainHeads: lower,
  knownObjectHeads: lower,
  phrasePrepositions: lower,
  complementPrepositions: lower,
  scopeModifiers: lower,
  scopeHeads: lower,
  postpositiveAdjectives: lower,
  trailingProforms: lower,
  eventHeads: lower,
  sectorWords: lower,
  aspectHeads: lower,
  wholePairs: lower,
  pairKinds: lower,
  talkHeads: lower,
  agentHeads: lower,
  peopleNouns: lower,
  ownPublic: z.array(z.string().min(1)),
  religionAdjectives: z.array(
    z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/, 'must be one capitalised word'),
  ),
  definiteStateWords: lower,
  kindAdjectives: lower,
  kindOfHeads: lower,
  valueNouns: lower,
  kindValueNouns: lower,
  waterBodies: lower,
  verbNominals: z.record(
    z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'must be a lowercase verb'),
    z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'must be a lowercase noun'),
  ),
  objectVerbNominals: z.record(
    z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'must be a lowercase verb'),
    z.object({
      nominal: z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/),
      objectHeads: lower,
      compound: z.boolean().optional(),
    }),
  ),
});

const rules = parseRules('rules/topic-quality.json', schema, qualityJson);

/**
 * Each listed verb's infinitive and -ing forms (with the -ise spelling), which are the forms that
 * take an object after "to", a preposition or another verb, mapped to its nominalisation.
 */
function verbNominals<T>(table: Record<string, T>): Map<string, T> {
  const byForm = new Map<string, T>();
  for (const [lemma, nominal] of Object.entries(table))
    for (const form of inflect(lemma))
      if (form === lemma || form.endsWith('ing') || form === lemma.replace(/ize$/, 'ise'))
        byForm.set(form, nominal);
  return byForm;
}

/** `objectVerbNominals` by verb form, the object heads as a set. */
function objectVerbNominals(
  table: Record<string, { nominal: string; objectHeads: string[]; compound?: boolean }>,
): Map<string, { nominal: string; objectHeads: ReadonlySet<string>; compound: boolean }> {
  const entries = Object.entries(table).map(
    ([verb, rule]) =>
      [
        verb,
        {
          nominal: rule.nominal,
          objectHeads: new Set(rule.objectHeads),
          compound: rule.compound === true,
        },
      ] as const,
  );
  return verbNominals(Object.fromEntries(entries));
}

export const TOPIC_QUALITY = {
  weakModifiers: new Set(rules.weakModifiers),
  keepModifiers: rules.keepModifiers,
  vacuousHeads: new Set(rules.vacuousHeads),
  vacuousAlone: new Set(rules.vacuousAlone),
  genericAlone: new Set(rules.genericAlone),
  relationalHeads: new Set(rules.relationalHeads),
  frameWords: new Set(rules.frameWords),
  modifierFrameWords: new Set(rules.modifierFrameWords),
  vacuousPhrases: new Set(rules.vacuousPhrases),
  vacuousComplements: new Set(rules.vacuousComplements),
  danglingWords: new Set(rules.danglingWords),
  leadingFragments: new Set(rules.leadingFragments),
  namedObjectHeads: new Set(rules.namedObjectHeads),
  ownedHeads: new Set(rules.ownedHeads),
  abbreviationOwnedHeads: new Set(rules.abbreviationOwnedHeads),
  placeHeads: new Set(rules.placeHeads),
  countryHeads: new Set(rules.countryHeads),
  domainSharedHeads: new Set(rules.domainSharedHeads),
  kindSharedHeads: new Set(rules.kindSharedHeads),
  occasionNouns: new Set(rules.occasionNouns),
  pairHeads: new Set(rules.pairHeads),
  toHeads: new Set(rules.toHeads),
  triggerObjectHeads: new Set(rules.triggerObjectHeads),
  sharedHeads: new Set(rules.sharedHeads),
  attributeAdjectives: new Set(rules.attributeAdjectives),
  listAgents: new Set(rules.listAgents),
  gerundHeads: new Set(rules.gerundHeads),
  catenativeVerbs: new Set(rules.catenativeVerbs),
  ingKinds: new Set(rules.ingKinds),
  placeNouns: new Set(rules.placeNouns),
  pluralModifiers: new Set(rules.pluralModifiers),
  verbTaggedNouns: new Set(rules.verbTaggedNouns),
  posedByHeads: new Set(rules.posedByHeads),
  sourceHeads: new Set(rules.sourceHeads),
  withHeads: new Set(rules.withHeads),
  domainVacuousHeads: new Set(rules.domainVacuousHeads),
  ofChainHeads: new Set(rules.ofChainHeads),
  phrasePrepositions: new Set(rules.phrasePrepositions),
  complementPrepositions: new Set(rules.complementPrepositions),
  scopeModifiers: new Set(rules.scopeModifiers),
  scopeHeads: new Set(rules.scopeHeads),
  postpositiveAdjectives: new Set(rules.postpositiveAdjectives),
  trailingProforms: new Set(rules.trailingProforms),
  eventHeads: new Set(rules.eventHeads),
  sectorWords: new Set(rules.sectorWords),
  agentHeads: new Set(rules.agentHeads),
  peopleNouns: new Set(rules.peopleNouns),
  ownPublic: new Set(rules.ownPublic),
  religionAdjectives: rules.religionAdjectives,
  definiteStateWords: new Set(rules.definiteStateWords),
  kindAdjectives: new Set(rules.kindAdjectives),
  aspectHeads: new Set(rules.aspectHeads),
  wholePairs: new Set(rules.wholePairs),
  pairKinds: new Set(rules.pairKinds),
  talkHeads: new Set(rules.talkHeads),
  kindOfHeads: new Set(rules.kindOfHeads),
  knownObjectHeads: new Set(rules.knownObjectHeads),
  valueNouns: new Set(rules.valueNouns),
  kindValueNouns: new Set(rules.kindValueNouns),
  waterBodies: new Set(rules.waterBodies),
  verbNominals: verbNominals(rules.verbNominals),
  objectVerbNominals: objectVerbNominals(rules.objectVerbNominals),
};
