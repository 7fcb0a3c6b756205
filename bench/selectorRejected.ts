/**
 * The gold topics the learnt selector had as a candidate and did not keep, by cause (session 52):
 * under the K-fold of `npm run eval` (each file scored by the fold model that never saw it, the
 * ensemble beside it), every gold topic the extraction misses whose own words — or a variant the
 * label accepts (`matchScore` ≥ LABEL_MATCH) — were a candidate row. For the best such row: its
 * probability under both models, the bar it had to clear, its label in training (0 where the gold
 * puts the topic on another commitment), the chosen candidate over its words, the features that
 * pulled it down most, and one cause:
 *   barred      the topic conventions never offer it at extraction (candidates.ts gate)
 *   lost-longer / lost-shorter / lost-overlap   over its bar, but a kept candidate over its words won
 *   cut         the ensemble's addition is barred as a piece (wholePhrase.ts)
 *   near        below its bar by less than NEAR
 *   low         further below
 *   chosen      kept, but the scorer matched its entity to another gold topic
 *
 *   npx tsx bench/selectorRejected.ts [--group recent.txt] [--list out.tsv]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { matchScore } from '../ingest/eval/entityIndex';
import { genreOf } from '../ingest/eval/genre';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import {
  foldOf,
  LABEL_MATCH,
  outOfFoldSelectors,
  trainingFile,
} from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { TOPIC_QUALITY } from '../ingest/rules/topicQuality';
import { agentHeaded } from '../ingest/topics/agents';
import { isPlain, thresholdFor, WORD_GOLD_FILES } from '../ingest/topics/selector/apply';
import { rowGoldFeatures } from '../ingest/topics/selector/goldFeatures';
import { probability } from '../ingest/topics/selector/model';
import { NAME_THRESHOLD } from '../ingest/topics/selector/nameComplements';
import { candidateRows } from '../ingest/topics/selector/rows';
import { rowCut } from '../ingest/topics/selector/wholePhrase';
import { foldLabel } from '../ingest/topics/thesaurus';
import { readGroup } from './selectorFolds';

/** Which topic convention bars a row at extraction (names.ts, candidates.ts order), roughly. */
function barredBy(text: string, features: readonly string[], loneWord: boolean): string {
  const lower = text.toLowerCase();
  const words = lower.split(' ');
  const single = words.length === 1;
  const head = words[words.length - 1]!;
  const known = features.includes('known:true');
  if (single && TOPIC_QUALITY.genericAlone.has(lower)) return 'genericAlone';
  if (!known) {
    if (TOPIC_QUALITY.vacuousPhrases.has(lower)) return 'vacuousPhrase';
    if (TOPIC_QUALITY.vacuousHeads.has(head)) return 'vacuousHead';
    const prep = words.findIndex((w, k) => k > 0 && TOPIC_QUALITY.complementPrepositions.has(w));
    if (prep > 0 && TOPIC_QUALITY.vacuousHeads.has(words[prep - 1]!)) return 'vacuousOfHead';
    if (TOPIC_QUALITY.ownPublic.has(text)) return 'ownPublic';
    if (agentHeaded(text.split(' '))) return 'agent';
    if (TOPIC_QUALITY.leadingFragments.has(words[0]!)) return 'leadingFragment';
    if (TOPIC_QUALITY.danglingWords.has(head)) return 'dangling';
    if (single && TOPIC_QUALITY.vacuousAlone.has(lower)) return 'vacuousAlone';
  }
  const item = features.includes('listed:true') || features.includes('loneItem:true');
  if (single && !known && !item && !loneWord) return 'loneWord';
  return 'other';
}

/** "near": within this of the bar. */
const NEAR = 0.15;

interface Verdict {
  cause: string;
  line: string;
}

function cut(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { group: { type: 'string' }, list: { type: 'string' } },
  });
  const group = await readGroup(values.group);
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const models = outOfFoldSelectors(files);
  const lines: string[] = [];
  const tally = new Map<string, [number, Set<string>, number, Set<string>]>();
  let missedAll = 0;
  let missedGroup = 0;
  inputs.forEach((input, n) => {
    const model = models[foldOf(input.base)]!;
    const ex = input.rules.extraction;
    const lexicon = input.lexicon();
    const chosen = finishExtraction(input.rules, lexicon, model);
    const missed = scoreDocument(input.gold, chosen).errors.topics.missed;
    const inGroup = group.has(input.base);
    missedAll += missed.length;
    if (inGroup) missedGroup += missed.length;
    if (missed.length === 0) return;
    const loneWord = (t: string) =>
      model.stats.named(foldLabel(t.toLowerCase())) >= WORD_GOLD_FILES;
    const open = new Set(
      candidateRows(ex, input.rules.terms, lexicon, loneWord).map(
        (r) => `${r.commitment}:${r.start}:${r.end}`,
      ),
    );
    const kept = chosen.mentions.filter(
      (m) => !ex.mentions.some((r) => r.start === m.start && r.end === m.end),
    );
    const commitments = ex.commitments.length;
    const labels = files[n]!.labels;
    const genre = genreOf(input.gold.document.title);
    for (const { label } of missed) {
      const gold = input.gold.entities.find((e) => e.name === label && e.type === 'Topic');
      if (!gold) continue;
      const matches = input.rows
        .map((row, i) => ({ row, i, score: matchScore(gold, input.rowTopics[i]!) }))
        .filter((m) => m.score >= LABEL_MATCH);
      if (matches.length === 0) continue;
      const verdicts = matches.map(({ row, i, score }): Verdict & { rank: number } => {
        const features = [...row.features, ...rowGoldFeatures(row, model.stats)];
        const p = probability(model.weights, features);
        const e = model.ensemble ? probability(model.ensemble.weights, features) : 0;
        const plain = isPlain(row.text, features);
        const floor = row.nameHead === undefined ? 0 : NAME_THRESHOLD;
        const bar = Math.max(floor, thresholdFor(model.threshold, commitments, plain));
        const ens = model.ensemble;
        const eBar = ens
          ? Math.max(
              floor,
              thresholdFor(row.text.includes(' ') ? ens.threshold : ens.lone, commitments, plain),
            )
          : 1;
        const over = kept.find((m) => m.start < row.end && m.end > row.start);
        const allowed = open.has(`${row.commitment}:${row.start}:${row.end}`);
        let cause: string;
        let rank: number;
        if (!allowed)
          [cause, rank] = [`barred:${barredBy(row.text, features, loneWord(row.text))}`, 5];
        else if (over && over.start === row.start && over.end === row.end)
          [cause, rank] = ['chosen', 0];
        else if (p >= bar || e >= eBar) {
          const pieceCut = p < bar ? rowCut(ex.sentences, input.rules.terms, row) : undefined;
          if (pieceCut !== undefined && ens?.barred.has(pieceCut))
            [cause, rank] = [`cut:${pieceCut}`, 2];
          else if (!over) [cause, rank] = ['over-unkept', 1];
          else if (over.start <= row.start && over.end >= row.end)
            [cause, rank] = ['lost-longer', 1];
          else if (over.start >= row.start && over.end <= row.end)
            [cause, rank] = ['lost-shorter', 1];
          else [cause, rank] = ['lost-overlap', 1];
        } else {
          [cause, rank] = bar - p <= NEAR || eBar - e <= NEAR ? ['near', 3] : ['low', 4];
        }
        const pulls = features
          .map((f) => [f, model.weights.get(f) ?? 0] as const)
          .filter(([, w]) => w < 0)
          .sort((a, b) => a[1] - b[1])
          .slice(0, 4)
          .map(([f, w]) => `${f}=${w.toFixed(2)}`)
          .join(' ');
        const gf = rowGoldFeatures(row, model.stats).slice(0, 3).join(' ');
        const line = [
          inGroup ? 'G' : '-',
          genre,
          input.base.slice(0, 50),
          label,
          cut(row.text),
          score.toFixed(2),
          p.toFixed(2),
          e.toFixed(2),
          bar.toFixed(2),
          labels[i],
          cause,
          over ? cut(over.text) : '',
          gf,
          pulls,
        ].join('\t');
        // A variant (a containment, "cooperation" of "bilateral cooperation") only after the words.
        const exact = score >= 1;
        return {
          cause: `${exact ? 'exact' : 'part'} ${cause}`,
          line,
          rank: rank + (exact ? 0 : 10),
        };
      });
      const best = verdicts.sort((a, b) => a.rank - b.rank)[0]!;
      lines.push(best.line);
      const t = tally.get(best.cause) ?? [0, new Set<string>(), 0, new Set<string>()];
      t[0]++;
      t[1].add(input.base);
      if (inGroup) {
        t[2]++;
        t[3].add(input.base);
      }
      tally.set(best.cause, t);
    }
  });
  console.log(`missed topics: all ${missedAll}, group ${missedGroup}`);
  console.log('cause\tall\tfiles\tgroup\tfiles');
  for (const [cause, [a, fa, g, fg]] of [...tally].sort((x, y) => y[1][0] - x[1][0]))
    console.log(`${cause}\t${a}\t${fa.size}\t${g}\t${fg.size}`);
  if (values.list) {
    const head =
      'grp\tgenre\tfile\tgold\trow\tmatch\tp\te\tbar\tlabel\tcause\tkept over it\tgold features\tpulls';
    await writeFile(values.list, `${head}\n${lines.join('\n')}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
