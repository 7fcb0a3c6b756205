/**
 * Why the learnt topic selector misses the gold topics it misses: for every gold topic of the
 * listed files that `npm run eval` (10-fold) misses and that occurs word for word in the
 * statement, the best account of its occurrences — a candidate (with the fold model's p, or
 * dropped by the topic conventions, or lost to an overlapping pick), a name or rule topic over its
 * words, outside every commitment's words, or inside them but never cut as a candidate.
 *
 *   npx tsx bench/selectorMissed.ts --groups groups.json [--list]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Extraction } from '../contract/extraction';
import { commitmentsBySentence, ranges, scopeEnd } from '../ingest/entities/commitmentScope';
import { topicSimilarity } from '../ingest/eval/normalize';
import { GOLD_CORPUS, type GoldInput, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf, outOfFoldSelectors, trainingFile } from '../ingest/eval/selectorTraining';
import { TOPIC_QUALITY } from '../ingest/rules/topicQuality';
import { selectTopics, WORD_GOLD_FILES } from '../ingest/topics/selector/apply';
import { rowGoldFeatures } from '../ingest/topics/selector/goldFeatures';
import { probability, type Selector } from '../ingest/topics/selector/model';
import { candidateRows } from '../ingest/topics/selector/rows';
import { foldLabel } from '../ingest/topics/thesaurus';

const MATCH = 0.75;

interface Occurrence {
  sentence: Extraction['sentences'][number];
  /** Sentence offsets. */
  start: number;
  end: number;
}

function occurrences(extraction: Extraction, name: string): Occurrence[] {
  const needle = name.toLowerCase().replace(/[’‘]/g, "'");
  const out: Occurrence[] = [];
  for (const sentence of extraction.sentences) {
    const hay = sentence.text.toLowerCase().replace(/[’‘]/g, "'");
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const before = hay[at - 1] ?? ' ';
      const after = hay[at + needle.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ sentence, start: at, end: at + needle.length });
    }
  }
  return out;
}

/** Which convention bars a candidate the training rows hold (candidates.ts's order). */
function barred(text: string, loneWord: (text: string) => boolean): string {
  const lower = text.toLowerCase();
  const single = !lower.includes(' ');
  const head = lower.slice(lower.lastIndexOf(' ') + 1);
  if (TOPIC_QUALITY.vacuousPhrases.has(lower)) return 'vacuous phrase';
  if (TOPIC_QUALITY.vacuousHeads.has(head)) return 'vacuous head';
  if (single && TOPIC_QUALITY.vacuousAlone.has(lower)) return 'vacuous alone';
  if (single && !loneWord(text)) return 'lone word (not known, listed or gold-named)';
  return 'modifies next / points back / of-head';
}

/** Lower is a better account (the class shown is the best over the occurrences). */
function account(
  input: GoldInput,
  model: Selector,
  chosen: Extraction,
  name: string,
  at: Occurrence,
): [number, string] {
  const ex = input.rules.extraction;
  const s = at.sentence;
  const [from, to] = [s.start + at.start, s.start + at.end];
  const match = (text: string) => topicSimilarity(text, name) >= MATCH;
  const rows = input.rows.filter((r) => r.start < to && r.end > from && match(r.text));
  if (rows.length > 0) {
    const loneWord = (text: string) =>
      model.stats.named(foldLabel(text.toLowerCase())) >= WORD_GOLD_FILES;
    const open = candidateRows(ex, input.rules.terms, input.lexicon(), loneWord);
    const scored = rows
      .map((r) => ({
        r,
        p: probability(model.weights, [...r.features, ...rowGoldFeatures(r, model.stats)]),
        allowed: open.some((o) => o.start === r.start && o.end === r.end),
      }))
      .sort((a, b) => Number(b.allowed) - Number(a.allowed) || b.p - a.p);
    const best = scored[0]!;
    if (!best.allowed)
      return [1, `candidate barred: ${barred(best.r.text, loneWord)} ("${best.r.text}")`];
    if (best.p >= model.threshold) {
      const winner = chosen.mentions.find(
        (m) =>
          m.start < best.r.end &&
          m.end > best.r.start &&
          (m.start !== best.r.start || m.end !== best.r.end),
      );
      return [
        0,
        `candidate over threshold, lost to "${winner?.text ?? '?'}" (p ${best.p.toFixed(2)})`,
      ];
    }
    const band = best.p >= 0.4 ? '0.4-0.6' : best.p >= 0.2 ? '0.2-0.4' : '<0.2';
    return [2, `candidate p ${band} ("${best.r.text}" ${best.p.toFixed(2)})`];
  }
  const list = commitmentsBySentence(ex.commitments).get(s.index);
  if (!list) return [6, 'no commitment in the sentence'];
  const inside = list.some((c, k) =>
    ranges(s.text, c, k === 0, scopeEnd(s.text, list, k)).some(
      (r) => r.from <= at.start && r.to >= at.end,
    ),
  );
  const over = ex.mentions.filter((m) => m.start < to && m.end > from);
  if (over.length > 0) {
    const entity = ex.entities.find((e) => e.id === over[0]!.entityId);
    const kind = entity?.type === 'Topic' ? 'rule topic' : 'name';
    return [3, `overlaps a ${kind}${inside ? '' : ' (outside commitments)'}: "${over[0]!.text}"`];
  }
  if (!inside) return [5, 'outside every commitment'];
  const part = input.rows.some((r) => r.start < to && r.end > from);
  return [4, part ? 'in commitment, only partial candidates' : 'in commitment, no candidate'];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { groups: { type: 'string' }, list: { type: 'boolean', default: false } },
  });
  const groups: Record<string, string[]> = JSON.parse(await readFile(values.groups!, 'utf8'));
  const wanted = new Set(Object.values(groups).flat());
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const models = outOfFoldSelectors(files);
  const classes = new Map<string, number>();
  let composed = 0;
  for (const input of inputs.filter((i) => wanted.has(i.base))) {
    const model = models[foldOf(input.base)]!;
    const chosen = selectTopics(input.rules.extraction, input.rules.terms, input.lexicon(), model);
    const missed = scoreDocument(input.gold, chosen).errors.topics.missed;
    for (const { label } of missed) {
      const found = occurrences(chosen, label);
      if (found.length === 0) {
        composed++;
        continue;
      }
      const best = found
        .map((at) => account(input, model, chosen, label, at))
        .sort((a, b) => a[0] - b[0])[0]!;
      const cls = best[1].replace(/ \(".*$|: ".*$| \(p .*$/, '');
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      if (values.list) console.log(`${input.base.slice(0, 40)}\t${label}\t${best[1]}`);
    }
  }
  console.log(`not word for word: ${composed}`);
  for (const [cls, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${cls}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
