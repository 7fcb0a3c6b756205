/**
 * Turns one document's Extraction into the parameter rows of the load statements. Pure, so the
 * loader's shape is testable without a database.
 */
import type { Extraction } from '../contract';

export interface LoadStep {
  /** `cypher/load/<file>.cypher` */
  file: string;
  rows: Record<string, unknown>[];
}

export class LoadInputError extends Error {
  override name = 'LoadInputError';
}

/** Drops undefined values: the driver refuses them, and SET with null would erase a property. */
function defined<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

export function loadSteps(extraction: Extraction): {
  docId: string;
  doc: Record<string, unknown>;
  steps: LoadStep[];
} {
  const [doc, ...others] = extraction.documents;
  if (!doc || others.length > 0) {
    throw new LoadInputError(
      `load: an extraction must hold exactly one document to load in one transaction, got ${extraction.documents.length}; extract files one by one.`,
    );
  }
  const signed = extraction.relations.filter((r) => r.type === 'SIGNED');
  const between = extraction.relations.filter((r) => r.type !== 'SIGNED');
  const edges = (
    pick: (c: Extraction['commitments'][number]) => string[],
    extra: Record<string, unknown> = {},
  ) =>
    extraction.commitments.flatMap((c) =>
      [...new Set(pick(c))].map((entity) => ({ commitment: c.id, entity, ...extra })),
    );

  return {
    docId: doc.id,
    doc: defined(doc),
    steps: [
      { file: 'upsertSentences', rows: extraction.sentences.map(defined) },
      {
        file: 'upsertEntities',
        rows: extraction.entities.map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          attributes: e.attributes ?? {},
        })),
      },
      { file: 'createMentions', rows: extraction.mentions.map(defined) },
      {
        file: 'upsertCommitments',
        rows: extraction.commitments.map((c) =>
          defined({
            ...c,
            actors: undefined,
            about: undefined,
            targets: undefined,
            implicitAbout: undefined,
          }),
        ),
      },
      { file: 'linkActors', rows: edges((c) => c.actors) },
      {
        file: 'linkAbout',
        rows: [
          ...edges((c) => c.about, { implicit: false }),
          ...edges((c) => (c.implicitAbout ?? []).filter((id) => !c.about.includes(id)), {
            implicit: true,
          }),
        ],
      },
      { file: 'linkTargets', rows: edges((c) => c.targets) },
      {
        file: 'upsertRelations',
        rows: between.map((r) => ({ type: r.type, from: r.from, to: r.to, props: r.props ?? {} })),
      },
      { file: 'linkSignatories', rows: signed.map((r) => ({ from: r.from, to: r.to })) },
    ],
  };
}
