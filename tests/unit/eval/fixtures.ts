/** Hand-built gold documents and extractions for the scorer tests (no extractor involved). */
import type {
  Commitment,
  Entity,
  EntityType,
  Extraction,
  Relation,
  Stance,
} from '../../../contract/extraction';
import type { GoldCommitment, GoldDocument, GoldEntity } from '../../../ingest/eval/goldSchema';

export function goldEntity(name: string, type: EntityType, aliases: string[] = []): GoldEntity {
  return { name, type, aliases };
}

export function gold(parts: {
  entities: GoldEntity[];
  relations?: GoldDocument['relations'];
  commitments?: GoldCommitment[];
}): GoldDocument {
  return {
    document: { title: 'Test statement' },
    entities: parts.entities,
    relations: parts.relations ?? [],
    commitments: parts.commitments ?? [],
  };
}

export function entity(id: string, name: string, type: EntityType, aliases: string[] = []): Entity {
  return { id, name, type, aliases };
}

let commitmentCounter = 0;

export function commitment(parts: {
  text: string;
  stance: Stance;
  actors: string[];
  trigger?: string;
  about?: string[];
  targets?: string[];
  implicitAbout?: string[];
}): Commitment {
  commitmentCounter++;
  return {
    id: `commitment:${commitmentCounter}`,
    docId: 'doc:test',
    sentenceId: 'sentence:test-0',
    stance: parts.stance,
    trigger: parts.trigger ?? parts.stance,
    text: parts.text,
    actors: parts.actors,
    about: parts.about ?? [],
    targets: parts.targets ?? [],
    ...(parts.implicitAbout ? { implicitAbout: parts.implicitAbout } : {}),
  };
}

export function extraction(parts: {
  entities?: Entity[];
  commitments?: Commitment[];
  relations?: Relation[];
}): Extraction {
  return {
    documents: [{ id: 'doc:test', title: 'Test statement', sha256: '0'.repeat(64) }],
    sentences: [],
    entities: parts.entities ?? [],
    mentions: [],
    commitments: parts.commitments ?? [],
    relations: parts.relations ?? [],
  };
}
