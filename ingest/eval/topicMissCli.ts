/**
 * `npm run eval:topic-miss -- EVAL.json [LIST] [--show CLASS|all]`: where each missed gold
 * topic of an eval JSON (`--json --details`) is lost, counted per class and per genre, so that
 * recall work goes to the largest class rather than to single phrases:
 *
 * - `noCommitment`: no gold sentence about it is a predicted commitment (topics are read from
 *   commitments' words, so this is commitment recall, not topic work);
 * - `merged`: the thesaurus folds it into a concept the extraction names (one node for two gold
 *   topics, matched one-to-one);
 * - `dropped:score` / `dropped:filtered`: a selector candidate names it exactly (its name, a gold
 *   alias or its thesaurus concept: the training label's match), but the selector
 *   (its fold's model) scores it below the threshold, or the extraction's filters leave it out;
 * - `formation:of|and|hyphen|named|plain`: no candidate names it whole, yet its words stand in a
 *   gold sentence about it (the chunker or the rules never form the phrase), by shape;
 * - `alias`: one of its gold aliases stands in such a sentence (naming: a thesaurus label or a
 *   rule names it from that wording);
 * - `formation:spread`: every content word of it stands in such a sentence, apart (a coordination
 *   to expand, another order);
 * - `entityLike`: not in the text, a capitalised word after the first (a name, not a concept);
 * - `nearMiss`: not in the text, a spurious predicted topic shares a content word (plural, order,
 *   a synonym the thesaurus lacks);
 * - `paraphrase`: the gold's own wording (a nominalisation, an abstraction).
 */

import { z } from 'zod';
import { isPlain, thresholdFor } from '../topics/selector/apply';
import { rowGoldFeatures } from '../topics/selector/goldFeatures';
import { probability } from '../topics/selector/model';
import { conceptFor } from '../topics/thesaurus';
import { matchScore } from './entityIndex';
import { goldName, readEvalDocuments, readNameList } from './evalJsonFile';
import { genreOf } from './genre';
import { GoldCounts } from './goldCounts';
import { normSentence } from './normalize';
import { GOLD_CORPUS, goldInputs } from './runGold';
import {
  LABEL_MATCH,
  perFold,
  scoredTopics,
  trainingFile,
  trainSelector,
} from './selectorTraining';
import { contentWords, textClass } from './topicMissText';

const Item = z.object({ label: z.string() });
const Errors = z.object({
  topics: z.object({ missed: z.array(Item), spurious: z.array(Item) }),
});

class TopicMissError extends Error {}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? args.splice(showAt, 2)[1] : undefined;
  const [evalPath, listPath] = args;
  if (!evalPath) throw new TopicMissError('usage: topicMissCli.ts EVAL.json [LIST] [--show CLASS]');
  const documents = readEvalDocuments(evalPath, Errors);
  const list = listPath ? readNameList(listPath) : undefined;
  const inputs = await goldInputs('data/gold', GOLD_CORPUS);
  const files = inputs.map((i) => trainingFile(i));
  const counts = new GoldCounts(files);
  const modelOf = perFold(files, (training, fold) => trainSelector(training, `fold ${fold}`));
  const table = new Map<string, Map<string, number>>();
  const add = (genre: string, cls: string) => {
    for (const key of [genre, 'all']) {
      const row = table.get(key) ?? new Map<string, number>();
      row.set(cls, (row.get(cls) ?? 0) + 1);
      table.set(key, row);
    }
  };
  for (const input of inputs) {
    if (list && !list.has(input.base)) continue;
    const doc = documents.find((d) => goldName(d.file) === input.base);
    if (!doc) continue;
    const genre = genreOf(doc.counts.document);
    const file = modelOf(input.base);
    const weights = new Map(file.weights);
    const commitments = input.rules.extraction.commitments.length;
    const stats = counts.without(input.base);
    const extracted = new Set(input.rules.extraction.commitments.map((c) => normSentence(c.text)));
    // The thesaurus folds the gold's name into a concept the extraction names already: two gold
    // topics, one predicted node, and the scorer matches one-to-one.
    const predicted = new Set(input.rules.extraction.entities.map((e) => e.id));
    const lexicon = input.lexicon();
    const merged = (label: string) => {
      const id = conceptFor(lexicon, label);
      return id !== undefined && predicted.has(id);
    };
    const spurious = doc.errors.topics.spurious.map((s) => s.label);
    const ruleNames = new Set(
      input.rules.extraction.entities
        .filter((e) => e.type === 'Topic')
        .map((e) => e.name.toLowerCase()),
    );
    const topics = scoredTopics(input);
    for (const { label } of doc.errors.topics.missed) {
      let row: (typeof input.rows)[number] | undefined;
      let best = 0;
      const goldTopic = input.gold.entities.find((e) => e.name === label && e.type === 'Topic');
      input.rows.forEach((r, k) => {
        // The training label's own match (name, gold alias, thesaurus concept, fuzzy name).
        const score = goldTopic ? matchScore(goldTopic, topics[k]!) : 0;
        if (score >= LABEL_MATCH && score > best) [row, best] = [r, score];
      });
      const words = contentWords(label);
      const near = spurious.find((s) => [...contentWords(s)].some((w) => words.has(w)));
      const sentences = input.gold.commitments
        .filter((c) => c.about.includes(label))
        .map((c) => normSentence(c.sentence));
      const aliases = input.gold.entities.find((e) => e.name === label)?.aliases ?? [];
      const inText = textClass(label, aliases, sentences);
      let cls: string;
      let note = row ? row.text : (near ?? '');
      if (!sentences.some((s) => extracted.has(s))) cls = 'noCommitment';
      else if (merged(label)) cls = 'merged';
      // At 1 or above the candidate names it exactly: its name or a gold alias (entityIndex.ts).
      else if (row && best >= 1) {
        const p = probability(weights, [...row.features, ...rowGoldFeatures(row, stats)]);
        cls =
          p >= thresholdFor(file.threshold, commitments, isPlain(row.text, row.features))
            ? 'dropped:filtered'
            : 'dropped:score';
        note = `p=${p.toFixed(2)}`;
      } else if (inText) cls = inText;
      else if (/\s[A-Z]/.test(label.replace(/^\S+/, ''))) cls = 'entityLike';
      else if (near) {
        cls = 'nearMiss';
        // Who named the spurious phrase: a rule (in the rules' own extraction) or the selector.
        note = `${near}\t${ruleNames.has(near.toLowerCase()) ? 'rule' : 'selector'}`;
      } else cls = 'paraphrase';
      add(genre, cls);
      if (show && (show === 'all' || cls.startsWith(show)))
        console.log(`${cls}\t${label}\t${note}\t${input.base}`);
    }
  }
  const classes = [...new Set([...table.values()].flatMap((row) => [...row.keys()]))].sort();
  console.log(['genre', ...classes, 'total'].join('\t'));
  for (const [genre, row] of [...table].sort()) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    console.log([genre, ...classes.map((c) => row.get(c) ?? 0), total].join('\t'));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
