import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../ingest/contract';
import { LoadInputError, loadSteps } from '../../../ingest/load/toRows';

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
    expect(step(steps, 'linkActors')).toEqual([
      { commitment: 'commitment:d1:0:0', entity: 'country:usa' },
    ]);
    expect(step(steps, 'linkAbout')).toEqual([
      { commitment: 'commitment:d1:0:0', entity: 'country:rus', implicit: false },
      { commitment: 'commitment:d1:0:0', entity: 'topic:sanctions', implicit: true },
    ]);
  });

  it('sends SIGNED to documents and other relations between entities', () => {
    const { steps } = loadSteps(extraction());
    expect(step(steps, 'linkSignatories')).toEqual([{ from: 'country:usa', to: 'doc:d1' }]);
    expect(step(steps, 'upsertRelations')).toEqual([
      { type: 'PART_OF', from: 'country:rus', to: 'country:usa', props: {} },
    ]);
  });

  it('keeps commitment lists off the commitment node rows', () => {
    const [row] = step(loadSteps(extraction()).steps, 'upsertCommitments');
    expect(row).toMatchObject({ id: 'commitment:d1:0:0', stance: 'urge', trigger: 'urged' });
    expect(row).not.toHaveProperty('actors');
  });
});
