import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldAsExtraction, runAgreement } from '../../../ingest/eval/agreement';
import { figuresOf } from '../../../ingest/eval/figures';
import { type GoldDocument, loadGold } from '../../../ingest/eval/goldSchema';
import { scoreDocument } from '../../../ingest/eval/score';

const GOLD_DIR = join(import.meta.dirname, '../../../data/gold');
// A DPRK statement with topics, targets and lens links, so every figure is defined.
const FILE =
  '2023-03-15-statement-by-nsc-spokesperson-adrienne-watson-on-the-democratic-peoples-republic-of-koreas-icbm-test-3.json';

async function gold(): Promise<GoldDocument> {
  return loadGold(join(GOLD_DIR, FILE));
}

describe('inter-annotator agreement', () => {
  it('scores a gold file against itself as full agreement on every figure', async () => {
    const doc = await gold();
    const figures = figuresOf(scoreDocument(doc, goldAsExtraction(doc)));
    for (const [metric, value] of Object.entries(figures))
      if (value !== null) expect(value, metric).toBe(1);
    expect(figures.lensRecall).not.toBeNull();
  });

  it('counts what the second annotator left out as the first one’s misses', async () => {
    const doc = await gold();
    const topic = doc.entities.find((e) => e.type === 'Topic');
    expect(topic).toBeDefined();
    const second: GoldDocument = {
      ...doc,
      entities: doc.entities.filter((e) => e !== topic),
      commitments: doc.commitments
        .slice(1)
        .map((c) => ({ ...c, about: c.about.filter((name) => name !== topic?.name) })),
    };
    const figures = figuresOf(scoreDocument(doc, goldAsExtraction(second)));
    expect(figures.topicRecall).toBeLessThan(1);
    expect(figures.topicPrecision).toBe(1);
    expect(figures.commitmentRecall).toBeLessThan(1);
    expect(figures.commitmentPrecision).toBe(1);
  });

  it('refuses a second annotation that has no first one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agreement-'));
    await mkdir(join(dir, 'X'));
    await writeFile(join(dir, 'X', 'no-such-statement.json'), JSON.stringify(await gold()));
    await expect(runAgreement(GOLD_DIR, dir)).rejects.toThrow(/no first annotation/);
  });
});
