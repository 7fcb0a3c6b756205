/**
 * The shared vocabulary: entity types, stances and relation types, as plain constants so the
 * browser bundle can import them without zod. `extraction.ts` builds its schemas from these.
 */
export const ENTITY_TYPES = [
  'Country',
  'Official',
  'Organization',
  'Program',
  'Region',
  'Topic',
  'Instrument',
  'Event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STANCES = [
  'commit',
  'reaffirm',
  'support',
  'oppose',
  'concern',
  'condemn',
  'urge',
  'welcome',
  'encourage',
  'call',
  'recognize',
  'other',
] as const;
export type Stance = (typeof STANCES)[number];

export const RELATION_TYPES = ['REPRESENTS', 'PARTICIPATED_IN', 'PART_OF', 'SIGNED'] as const;
