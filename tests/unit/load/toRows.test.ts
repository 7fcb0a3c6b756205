import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import { batchSteps, LoadInputError, loadSteps } from '../../../ingest/load/toRows';

function extraction(): Extraction {
  return {
    documents: [
      { id: 'doc:d1', title: 'D1', sha256: 'a'.repeat(64), date: '2025-09-22', place: undefined },
    ],
    sentences: [
      {
        id: 'sentence:d1:0',
        docId: 'doc:d1',
        index: 0,
        text: 'They urged Russia.',
        start: 0,
        end: 18,
      },
    ],
    entities: [
      { id: 'country:usa', type: 'Country', name: 'United States', aliases: ['U.S.'] },
      { id: 'country:rus', type: 'Country', name: 'Russia', aliases: ['Russia'] },
      { id: 'topic:sanctions', type: 'Topic', name: 'sanctions', aliases: [] },
    ],
    mentions: [
      { entityId: 'country:rus', sentenceId: 'sentence:d1:0', start: 11, end: 17, text: 'Russia' },
    ],
    commitments: [
      {
        id: 'commitment:d1:0:0',
        docId: 'doc:d1',
        sentenceId: 'sentence:d1:0',
        stance: 'urge',
        trigger: 'urged',
        text: 'They urged Russia.',
        actors: ['country:usa', 'country:usa'],
        about: ['country:rus'],
        targets: ['country:rus'],
        implicitAbout: ['topic:sanctions', 'country:rus'],
      },
    ],
    relations: [
      { type: 'SIGNED', from: 'country:usa', to: 'doc:d1' },
      { type: 'PART_OF', from: 'country:rus', to: 'country:usa' },
    ],
  };
}

const step = (steps: ReturnType<typeof loadSteps>['steps'], file: string) =>
  steps.find((s) => s.file === file)?.rows ?? [];

describe('loadSteps', () => {
  it('refuses anything but exactly one document', () => {
    expect(() => loadSteps({ ...extraction(), documents: [] })).toThrowError(LoadInputError);
  });

  it('drops undefined properties the driver would refuse', () => {
    const { doc } = loadSteps(extraction());
    expect(Object.keys(doc)).not.toContain('place');
    expect(doc.date).toBe('2025-09-22');
  });

  it('deduplicates actors and keeps implicit about only when not explicit', () => {
    const { steps } = loadSteps(extraction());
    const [row] = step(steps, 'writeCommitments');
    expect(row?.actors).toEqual(['country:usa']);
    expect(row?.about).toEqual([
      { entity: 'country:rus', implicit: false },
      { entity: 'topic:sanctions', implicit: true },
    ]);
    expect(row?.targets).toEqual(['country:rus']);
  });

  it("nests each sentence's mentions in its row, so the sentence is created and linked at once", () => {
    const [row] = step(loadSteps(extraction()).steps, 'writeSentences');
    expect(row).toEqual({
      docId: 'doc:d1',
      props: {
        id: 'sentence:d1:0',
        docId: 'doc:d1',
        index: 0,
        text: 'They urged Russia.',
        start: 0,
        end: 18,
      },
      mentions: [{ entityId: 'country:rus', start: 11, end: 17, text: 'Russia' }],
    });
  });

  it('sends SIGNED to documents and other relations between entities', () => {
    const { steps } = loadSteps(extraction());
    expect(step(steps, 'linkSignatories')).toEqual([{ from: 'country:usa', to: 'doc:d1' }]);
    const key = 'PART_OF|country:rus|country:usa';
    expect(step(steps, 'upsertRelations')).toEqual([
      { key, type: 'PART_OF', from: 'country:rus', to: 'country:usa', props: {} },
    ]);
    expect(step(steps, 'createRelationSupports')).toEqual([
      { docId: 'doc:d1', key, type: 'PART_OF', from: 'country:rus', to: 'country:usa' },
    ]);
  });

  it('keeps the implicit list off the commitment rows', () => {
    const [row] = step(loadSteps(extraction()).steps, 'writeCommitments');
    expect(row).toMatchObject({ id: 'commitment:d1:0:0', stance: 'urge', trigger: 'urged' });
    expect(row).not.toHaveProperty('implicitAbout');
  });

  it('writes entities before the sentences and commitments that link to them', () => {
    const files = loadSteps(extraction()).steps.map((s) => s.file);
    expect(files.indexOf('upsertEntities')).toBeLessThan(files.indexOf('writeSentences'));
    expect(files.indexOf('upsertEntities')).toBeLessThan(files.indexOf('writeCommitments'));
  });

  it('batches documents: one row per shared entity, aliases united, one support per document', () => {
    const second = extraction();
    second.documents = [{ id: 'doc:d2', title: 'D2', sha256: 'b'.repeat(64) }];
    second.entities = [
      { id: 'country:usa', type: 'Country', name: 'United States', aliases: ['USA'] },
    ];
    const { docIds, steps } = batchSteps([extraction(), second]);
    expect(docIds).toEqual(['doc:d1', 'doc:d2']);
    const usa = step(steps, 'upsertEntities').filter((r) => r.id === 'country:usa');
    expect(usa).toEqual([
      expect.objectContaining({ aliases: ['U.S.', 'USA'], name: 'United States' }),
    ]);
    const supports = step(steps, 'linkSupports').filter((r) => r.entityId === 'country:usa');
    expect(supports).toEqual([
      { docId: 'doc:d1', entityId: 'country:usa' },
      { docId: 'doc:d2', entityId: 'country:usa' },
    ]);
    // Sorted by id: two loaders take the hubs' locks in the same order.
    const ids = step(steps, 'upsertEntities').map((r) => String(r.id));
    expect(ids).toEqual([...ids].sort());
  });

  it("links only the document's own entities, so the graph never depends on load order", () => {
    const x = extraction();
    x.relations.push({ type: 'SIGNED', from: 'country:ind', to: 'doc:d1' });
    const [c] = x.commitments;
    if (c) c.actors.push('country:ind');
    x.mentions.push({
      entityId: 'country:ind',
      sentenceId: 'sentence:d1:0',
      start: 0,
      end: 4,
      text: 'They',
    });
    const { steps } = loadSteps(x);
    const all = steps.flatMap((s) => s.rows.map((r) => JSON.stringify(r)));
    expect(all.filter((r) => r.includes('country:ind'))).toEqual([]);
    expect(step(steps, 'linkSignatories')).toEqual([{ from: 'country:usa', to: 'doc:d1' }]);
  });
});
