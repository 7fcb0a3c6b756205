/**
 * Dumps, per gold file, every sentence's predicted commitments (trigger, offset, about as gold
 * names) with the gold about of the commitment each matched, for offline study of about links.
 * Usage: npx tsx bench/aboutPairsDump.ts OUT.json
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchCommitments } from '../ingest/eval/commitments';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { finishExtraction } from '../ingest/extract';
import { selector } from '../ingest/topics/selector/model';

const out = process.argv[2] ?? '/tmp/about-pairs.json';
const inputs = await goldInputs(resolve(import.meta.dirname, '../data/gold'), GOLD_CORPUS);
const model = selector();
const files: unknown[] = [];
for (const { base, gold, lexicon, rules } of inputs) {
  const x = finishExtraction(rules, lexicon(), model);
  const entities = new GoldEntityIndex(gold.entities).match(x.entities);
  const { pairs } = matchCommitments(gold, x, entities);
  const goldOf = new Map(pairs.map((p) => [p.predicted.id, p.gold.about]));
  const name = (id: string) => [...entities.goldNamesOf(id)][0] ?? `?${id}`;
  const types = new Map(x.entities.map((e) => [e.id, e.type]));
  const sentences = x.sentences.map((s) => ({
    text: s.text,
    mentions: x.mentions
      .filter((m) => m.sentenceId === s.id)
      .map((m) => ({
        at: m.start - s.start,
        end: m.end - s.start,
        name: name(m.entityId),
        type: types.get(m.entityId),
      })),
    commitments: x.commitments
      .filter((c) => c.sentenceId === s.id)
      .map((c) => ({
        trigger: c.trigger,
        at: s.text.indexOf(c.trigger),
        stance: c.stance,
        actors: c.actors.map(name),
        about: [...c.about, ...(c.implicitAbout ?? [])].map(name),
        gold: goldOf.get(c.id) ?? null,
      })),
  }));
  files.push({ file: base, sentences: sentences.filter((s) => s.commitments.length > 0) });
}
writeFileSync(out, JSON.stringify(files));
