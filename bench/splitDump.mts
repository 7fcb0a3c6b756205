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
import { normSentence } from '../ingest/eval/normalize';
import { goldRows, matchedGold, predictedRow } from './matchedGold';

const out = process.argv[2] ?? '/tmp/split-dump.json';
const docs = (await matchedGold('rules')).map(({ base, gold, extraction, pairs }) => {
  const text = new Map(extraction.sentences.map((s) => [s.id, s.text]));
  return {
    file: base,
    gold: goldRows(gold),
    pred: extraction.commitments.map(predictedRow),
    skipped: (extraction.skipped ?? []).map((k) => ({
      s: normSentence(text.get(k.sentenceId) ?? ''),
      trigger: k.trigger,
      stance: k.stance,
      reason: k.reason,
    })),
    pairs,
  };
});
writeFileSync(out, JSON.stringify(docs));
console.log(`${docs.length} files → ${out}`);
