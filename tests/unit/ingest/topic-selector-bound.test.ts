/**
 * The selector's early bound (ingest/topics/selector/bound.ts): a row dropped once its candidate's
 * and commitment's features are known could never have reached the threshold, so extraction with
 * the bound chooses what scoring every row would.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { readDocument } from '../../../ingest/read';
import { laterBound, mayPass } from '../../../ingest/topics/selector/bound';
import { rowGoldFeatures } from '../../../ingest/topics/selector/goldFeatures';
import { probability, selector } from '../../../ingest/topics/selector/model';
import { candidateRows } from '../../../ingest/topics/selector/rows';

const ROOT = join(import.meta.dirname, '../../..');

describe('the selector bound', () => {
  it('adds the largest weight of each later family, and nothing for a family all negative', () => {
    const weights = new Map([
      ['phrase:a', 0.5],
      ['phrase:b', 0.7],
      ['inDocument:true', -0.1],
      ['inDocument:false', -0.2],
      ['goldRate+length:high|1', 0.25],
      ['goldRate:high', 0.125],
      ['head:x', 3],
    ]);
    expect(laterBound(weights)).toBeCloseTo(0.7 + 0.25 + 0.125, 12);
  });

  it('never drops a row the full score would choose, and drops some that it would not', async () => {
    const model = selector();
    let chosen = 0;
    let dropped = 0;
    for (const file of [
      'data/corpus/2023-01-13-us-japan-joint-statement.txt',
      'data/corpus-wh-dprk/2023-08-18-fact-sheet-the-trilateral-leaders-summit-at-camp-david.md',
    ]) {
      const { extraction, terms } = extractByRules(await readDocument(join(ROOT, file)));
      for (const row of candidateRows(extraction, terms, lexicon())) {
        // The row's features in the order rows.ts adds them: the candidate's, then 3 of context.
        // (A name-complement row's features carry its prefix: 'pn:phrase:'.)
        const at = row.features.findIndex((f) => /^(?:pn:)?phrase:/.test(f));
        const first = row.features.slice(0, at - 3);
        const context = row.features.slice(at - 3, at);
        const full = [...row.features, ...rowGoldFeatures(row, model.stats)];
        const passes = probability(model.weights, full) >= model.threshold;
        const kept = mayPass(model.weights, model.threshold, first, context);
        if (passes) {
          chosen++;
          expect(kept, row.text).toBe(true);
        }
        if (!kept) dropped++;
      }
    }
    expect(chosen).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
    // Two whole extractions (one a long fact sheet) outlast the unit default of 5 s on a loaded
    // 2-core machine; this checks what is chosen, not how fast.
  }, 30_000);
});
