/**
 * The shapes of the compiled lexicon (lexicon.ts builds them): one home so that readers of the
 * lexicon import its types without the loader.
 */
import type { EntityType } from '../contract/extraction';

export interface LexiconEntity {
  id: string;
  type: EntityType;
  name: string;
  attributes?: Record<string, string>;
  /** Region containment (PART_OF). */
  partOf?: string;
  /** Officials: the country id they represent. */
  represents?: string;
  /** Regions that are cities (venues). */
  city?: boolean;
  /** Capital cities: the country id their possessive stands for ("Seoul's defense ministry"). */
  capitalOf?: string;
  /** A company or private foundation (organizations.json `company`): it acts for itself. */
  company?: true;
  /** From the general gazetteer (places.json): a place only in a place's context. */
  gazetteer?: true;
  /**
   * Topics: the regions (ids) their label names that are not what a clause naming the topic is
   * about ("a free and open Indo-Pacific" is the vision, the region only when named again).
   */
  absorbs?: string[];
}

export interface LexiconAlias {
  alias: string;
  entityId: string;
  /** Demonyms ("North Korean"): name the state without being a grammatical subject. */
  adjectival?: boolean;
  /** Topic synonyms are matched regardless of case; names are matched as written. */
  caseInsensitive?: boolean;
  /** A bare surname ("Biden") counts only after a title or once the full name was seen. */
  surnameOnly?: boolean;
}

/**
 * An official whose bare surname names them only after their title and inside their term
 * ("President Macron" on a document dated 2024): datedOfficials.ts resolves it.
 */
export interface DatedOfficial {
  entityId: string;
  title: string;
  /** The country entity id, or none for the head of an international body. */
  countryId?: string;
  from?: string;
  to?: string;
}

/** The dated officials by surname, and the words that make a title a lower office. */
export interface DatedOfficials {
  bySurname: Map<string, DatedOfficial[]>;
  lesserRanks: ReadonlySet<string>;
}

/** A topic the gold named in several statements (data/lexicon/topics-gold.json). */
export interface LearntTopic {
  id: string;
  label: string;
  names: string[];
}

export interface Lexicon {
  entities: Map<string, LexiconEntity>;
  aliases: LexiconAlias[];
  /**
   * Gold-learnt topics: not names the recogniser matches (they would cut the phrase rules'
   * longer topics), but a last pass that fills what the rules left (topics/learnt.ts).
   */
  learnt: LearntTopic[];
  /** Absent in hand-built test lexicons. */
  dated?: DatedOfficials;
  /** The White House's own offices by holder and term (homeHolders.ts); absent in test lexicons. */
  homeOffices?: HomeOfficeTerm[];
}

/** "President": `entityId` held it from `from` to `to` (ISO, inclusive; open when absent). */
export interface HomeOfficeTerm {
  office: string;
  entityId: string;
  from?: string;
  to?: string;
  /** Only where the holder of this other office is named too (officials.json). */
  beside?: string;
  /** Words after the office that make it its staff ("and his national security team"). */
  staffPhrases?: string[];
}
