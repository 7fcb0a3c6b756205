/**
 * The gold-learnt topics keep no alias the product's quality floor rejects: "close cooperation"
 * and "close collaboration", which annotators alias to `bilateral cooperation` where two parties
 * speak, read as that relation in 10 of the 41 gold commitments whose sentences hold them (session 34:
 * 'close collaboration to respond to the pandemic', 'in close cooperation with third countries'
 * name the field or other partners), so they are vacuous phrases and the learnt concept keeps
 * only its specific names.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldTopicsFile } from '../../../ingest/eval/goldTopicsFile';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function goldFile(aliases: string[]): string {
  return JSON.stringify({
    document: { title: 'Joint Statement of Ghana and the United States' },
    entities: [
      { name: 'United States', type: 'Country', aliases: ['United States'] },
      { name: 'bilateral cooperation', type: 'Topic', aliases },
    ],
    relations: [],
    commitments: [
      {
        actors: ['United States'],
        stance: 'commit',
        about: ['bilateral cooperation'],
        targets: [],
        sentence: 'The United States will deepen U.S.-Ghana cooperation.',
        trigger: 'will deepen',
      },
    ],
  });
}

describe('gold-learnt aliases of a relation', () => {
  it('drops "close cooperation" and "close collaboration", keeps the pair-named form', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gold-topics-'));
    dirs.push(dir);
    await writeFile(join(dir, 'a.json'), goldFile(['close cooperation', 'U.S.-Ghana cooperation']));
    await writeFile(join(dir, 'b.json'), goldFile(['close collaboration']));
    const file = JSON.parse(await goldTopicsFile(dir)) as {
      concepts: { label: string; altLabels: string[] }[];
    };
    const concept = file.concepts.find((c) => c.label === 'bilateral cooperation');
    expect(concept?.altLabels).toEqual(['U.S.-Ghana cooperation']);
  });
});
