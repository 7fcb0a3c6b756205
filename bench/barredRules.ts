/**
 * The topic conventions that bar selector candidates at extraction, rule by rule and entry by entry
 * (session 53): under the K-fold of `npm run eval` (each file read with the lone-word statistics of
 * the fold model that never saw it), every training row that extraction would not offer gets the
 * gate that bars it (barReason.ts). For each rule:
 *   missed   gold topics the extraction misses whose own words were rows, every one barred, the
 *            first by this rule: selectorRejected.ts's "exact barred" class
 *   kept     barred rows of commitments matched to a gold commitment that the gold names there
 *            (training label 1)
 *   dropped  barred rows of such commitments that the gold does not name (label 0): the rule's
 *            true negatives
 *   exact    kept rows whose own words are a gold name or alias (the rest a variant the label takes)
 * A rule the gold keeps more often than not, across three files or more, is a candidate for lifting.
 *
 *   npx tsx bench/barredRules.ts [--group recent.txt] [--list rows.tsv] [--entries]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { matchCommitments } from '../ingest/eval/commitments';
import { GoldEntityIndex, matchScore } from '../ingest/eval/entityIndex';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { scoreDocument } from '../ingest/eval/score';
import { foldOf, outOfFoldSelectors, trainingFile } from '../ingest/eval/selectorTraining';
import { finishExtraction } from '../ingest/extract';
import { chunksOnce } from '../ingest/topics/chunkMemo';
import { WORD_GOLD_FILES } from '../ingest/topics/selector/apply';
import { goldKeeps } from '../ingest/topics/selector/goldFeatures';
import { candidateRows } from '../ingest/topics/selector/rows';
import { type Taken, Words } from '../ingest/topics/selector/words';
import { conceptFor, foldLabel } from '../ingest/topics/thesaurus';
import { barReason } from './barReason';
import { readGroup } from './selectorFolds';

/** Counts and file sets of one rule: [all, files, group, group files]. */
class Tally {
  readonly rows = new Map<string, [number, Set<string>, number, Set<string>]>();
  add(rule: string, file: string, inGroup: boolean): void {
    const t = this.rows.get(rule) ?? [0, new Set<string>(), 0, new Set<string>()];
    t[0]++;
    t[1].add(file);
    if (inGroup) {
      t[2]++;
      t[3].add(file);
    }
    this.rows.set(rule, t);
  }
  get(rule: string): string {
    const t = this.rows.get(rule);
    return t ? `${t[0]}\t${t[1].size}\t${t[2]}\t${t[3].size}` : '0\t0\t0\t0';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      group: { type: 'string' },
      list: { type: 'string' },
      entries: { type: 'boolean' },
    },
  });
  const group = await readGroup(values.group);
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const models = outOfFoldSelectors(files);
  const key = (rule: string) => (values.entries ? rule : rule.split(':')[0]!);
  const missed = new Tally();
  const kept = new Tally();
  const dropped = new Tally();
  const exact = new Tally();
  const lines: string[] = [];
  let drift = 0;
  inputs.forEach((input, n) => {
    const model = models[foldOf(input.base)]!;
    const ex = input.rules.extraction;
    const lexicon = input.lexicon();
    const inGroup = group.has(input.base);
    const loneWord = (t: string) =>
      model.stats.named(foldLabel(t.toLowerCase())) >= WORD_GOLD_FILES;
    const goldKept = (t: string) => goldKeeps(model.stats, foldLabel(t.toLowerCase()));
    const open = new Set(
      candidateRows(ex, input.rules.terms, lexicon, loneWord, undefined, goldKept).map(
        (r) => `${r.commitment}:${r.start}:${r.end}`,
      ),
    );
    const entities = new GoldEntityIndex(input.gold.entities).match(ex.entities);
    const matched = new Set(
      matchCommitments(input.gold, ex, entities).pairs.map((p) =>
        ex.commitments.indexOf(p.predicted),
      ),
    );
    const labels = files[n]!.labels;
    const goldTopics = input.gold.entities.filter((e) => e.type === 'Topic');
    const reasons = new Map<number, string>();
    const seen = new Set<string>();
    input.rows.forEach((row, i) => {
      if (open.has(`${row.commitment}:${row.start}:${row.end}`)) return;
      if (row.nameHead !== undefined || row.features.includes('owner')) return;
      const reason =
        reasonOf(
          input.rules.terms,
          ex.sentences,
          ex.mentions,
          row,
          (p) => conceptFor(lexicon, p) !== undefined,
          loneWord,
        ) ?? 'unattributed';
      if (reason === 'unattributed') drift++;
      reasons.set(i, reason);
      if (!matched.has(row.commitment)) return;
      // One count per span and verdict: a sentence's commitments share their candidates.
      const once = `${row.start}:${row.end}:${labels[i]}`;
      if (seen.has(once)) return;
      seen.add(once);
      (labels[i] ? kept : dropped).add(key(reason), input.base, inGroup);
      // Kept in the gold's own words (a name or alias), not a variant the label accepts.
      const own = labels[i] && goldTopics.some((g) => matchScore(g, input.rowTopics[i]!) >= 1);
      if (own) exact.add(key(reason), input.base, inGroup);
      const s = ex.sentences.find((x) => x.start <= row.start && x.end >= row.end);
      lines.push(
        [
          inGroup ? 'G' : '-',
          input.base,
          reason,
          own ? 2 : labels[i],
          row.text,
          s?.text.replace(/\s+/g, ' ') ?? '',
        ].join('\t'),
      );
    });
    const chosen = finishExtraction(input.rules, lexicon, model);
    for (const { label } of scoreDocument(input.gold, chosen).errors.topics.missed) {
      const gold = input.gold.entities.find((e) => e.name === label && e.type === 'Topic');
      if (!gold) continue;
      // The census's "exact barred" class: the gold's own words were rows, every one barred.
      const hits = input.rows
        .map((row, i) => ({ row, i, score: matchScore(gold, input.rowTopics[i]!) }))
        .filter((m) => m.score >= 1);
      if (hits.length === 0 || hits.some((h) => !reasons.has(h.i))) continue;
      missed.add(key(reasons.get(hits[0]!.i)!), input.base, inGroup);
    }
  });
  const rules = new Set([...missed.rows.keys(), ...kept.rows.keys(), ...dropped.rows.keys()]);
  const order = [...rules].sort(
    (x, y) => (missed.rows.get(y)?.[0] ?? 0) - (missed.rows.get(x)?.[0] ?? 0) || x.localeCompare(y),
  );
  console.log(`replica drift (barred rows no gate explains): ${drift}`);
  console.log(
    'rule\tmissed\tfiles\tgroup\tgfiles\tkept\tfiles\tgroup\tgfiles\tdropped\tfiles\tgroup\tgfiles\texact\tfiles\tgroup\tgfiles',
  );
  for (const r of order)
    console.log(`${r}\t${missed.get(r)}\t${kept.get(r)}\t${dropped.get(r)}\t${exact.get(r)}`);
  if (values.list)
    await writeFile(values.list, `grp\tfile\trule\tlabel\trow\tsentence\n${lines.join('\n')}\n`);
}

type Sentence = { index: number; start: number; end: number; text: string };

/** The gate that bars one row, read in its sentence as candidates.ts reads it. */
function reasonOf(
  terms: ReadonlyMap<number, Parameters<typeof chunksOnce>[0]>,
  sentences: readonly Sentence[],
  mentions: readonly { start: number; end: number }[],
  row: { start: number; end: number; text: string },
  known: (phrase: string) => boolean,
  loneWord: (text: string) => boolean,
): string | undefined {
  const s = sentences.find((x) => x.start <= row.start && x.end >= row.end);
  const tagged = s && terms.get(s.index);
  if (!s || !tagged) return undefined;
  const from = row.start - s.start;
  const to = row.end - s.start;
  const a = tagged.findIndex((t) => t.start === from);
  let b = a;
  while (b + 1 < tagged.length && tagged[b + 1]!.start < to) b++;
  if (a < 0) return undefined;
  const taken: Taken[] = mentions
    .filter((m) => m.start < s.end && m.end > s.start)
    .map((m) => ({ start: m.start - s.start, end: m.end - s.start }));
  const words = new Words(s.text, tagged, taken);
  const chunk = chunksOnce(tagged, 0, s.text.length).find((c) => c.start <= from && c.end >= to);
  const a0 = chunk
    ? Math.max(
        0,
        tagged.findIndex((t) => t.start >= chunk.start),
      )
    : a;
  return barReason({
    sentence: s.text,
    terms: tagged,
    words,
    a0,
    a,
    b,
    text: row.text,
    known: known(row.text),
    loneWord,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
