/**
 * Rules-only dump for the clause-splitting census (session 51): per gold file every gold and
 * predicted commitment, the one-to-one matching, and the triggers the extraction skipped with
 * their reasons, so a gold commitment missed beside a found one can be told apart as "trigger
 * never found" or "trigger found and skipped (reason)". No selector: commitments do not depend
 * on it.   npx tsx bench/splitDump.mts [out.json]
 *
 * Census s51 (main 392fc816): of the 254 gold commitments missed beside a found one (82 in 45
 * proxy files), 112 have their trigger found and skipped (no-subject 80, complement-clause 31),
 * the rest no trigger at all. By shape, proxy (all gold): coordinated verbs with one subject 22
 * rows in 17 files (~75), mostly a verb that is no stance lemma ("reversed", "considered", "ask
 * others to", "invite them to"); a participle / "including" / "while" / fronted frame 23 (~54);
 * other (relative or complement clauses, own subjects) 19; a stance noun object 9 (~21); a
 * purpose clause 7 (~18); after ";" or ":" 0 (9). Skipped triggers by left context, missed
 * split vs rightly skipped: "including by/through" 9 vs 8 (4 once nouns and other-stance
 * gerunds are set aside: includedStance.ts), "and" 10 vs 73, "to" 12 vs 481, other 31 vs 784.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchCommitments } from '../ingest/eval/commitments';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import { normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';

const out = process.argv[2] ?? '/tmp/split-dump.json';
const inputs = await goldInputs(resolve('data/gold'), GOLD_CORPUS);
const docs = [];
for (const { base, gold, rules } of inputs) {
  const extraction = rules.extraction;
  const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
  const m = matchCommitments(gold, extraction, entities);
  const text = new Map(extraction.sentences.map((s) => [s.id, s.text]));
  const goldIdx = new Map(gold.commitments.map((c, i) => [c, i]));
  const predIdx = new Map(extraction.commitments.map((c, i) => [c, i]));
  docs.push({
    file: base,
    gold: gold.commitments.map((c) => ({
      s: normSentence(c.sentence),
      sentence: c.sentence,
      stance: c.stance,
      trigger: c.trigger,
      actors: c.actors,
    })),
    pred: extraction.commitments.map((c) => ({
      s: normSentence(c.text),
      stance: c.stance,
      trigger: c.trigger,
    })),
    skipped: (extraction.skipped ?? []).map((k) => ({
      s: normSentence(text.get(k.sentenceId) ?? ''),
      trigger: k.trigger,
      stance: k.stance,
      reason: k.reason,
    })),
    pairs: m.pairs.map((p) => [goldIdx.get(p.gold), predIdx.get(p.predicted), p.sameActors]),
  });
}
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
