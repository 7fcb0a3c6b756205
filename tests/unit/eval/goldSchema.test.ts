import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFileError, loadGold, parseGold } from '../../../ingest/eval/goldSchema';

const GOLD_DIR = join(import.meta.dirname, '../../../data/gold');

const minimal = {
  document: { title: 'T' },
  entities: [{ name: 'Japan', type: 'Country', aliases: ['Japan'] }],
  relations: [],
  commitments: [
    {
      actors: ['Japan'],
      stance: 'commit',
      about: [],
      targets: [],
      sentence: 'Japan will.',
      trigger: 'will',
    },
  ],
};

describe('gold schema', () => {
  it.each(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')))('loads %s', async (file) => {
    const doc = await loadGold(join(GOLD_DIR, file));
    expect(doc.entities.length).toBeGreaterThan(0);
  });

  // A statement with no stance clause (a condolence message) is a valid gold answer: an empty
  // commitment list. Such files stay rare (three condolence messages in 595); more than one in a
  // hundred would mean the pick or the annotation went astray.
  it('has commitments in all but a few gold files', async () => {
    const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json'));
    const docs = await Promise.all(files.map((f) => loadGold(join(GOLD_DIR, f))));
    const empty = docs.filter((doc) => doc.commitments.length === 0);
    expect(empty.length).toBeLessThanOrEqual(Math.ceil(files.length / 100));
  });

  it('accepts a minimal document', () => {
    expect(parseGold(minimal).entities).toHaveLength(1);
  });

  it('rejects a commitment naming an undeclared entity', () => {
    const bad = { ...minimal, commitments: [{ ...minimal.commitments[0], about: ['Japna'] }] };
    expect(() => parseGold(bad, 'bad.json')).toThrow(/"Japna" is not a declared entity/);
  });

  it('rejects an unknown stance and a duplicate entity', () => {
    expect(() =>
      parseGold({ ...minimal, commitments: [{ ...minimal.commitments[0], stance: 'hope' }] }),
    ).toThrow(GoldFileError);
    expect(() =>
      parseGold({ ...minimal, entities: [...minimal.entities, ...minimal.entities] }),
    ).toThrow(/declared twice/);
  });

  it('reports an unreadable file as a GoldFileError', async () => {
    await expect(loadGold(join(GOLD_DIR, 'missing.json'))).rejects.toBeInstanceOf(GoldFileError);
  });
});
