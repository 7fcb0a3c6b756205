/**
 * Where each missed gold topic whose words stand in a found commitment's sentence is lost, by the
 * stage of the pipeline (session 54): for every gold topic an eval JSON (`--json --details`)
 * lists as missed, each gold sentence about it that the extraction has a commitment on, the
 * phrase's place there (written whole, or every content word apart), and what the extraction
 * made of those words — inside or outside the commitments' ranges (commitmentScope.ts), under a
 * name or rule topic (a taken span), the candidate rows over them (training rows: every
 * candidate, barred or not). One JSON line per missed topic with its `stage`; the counts by stage
 * (all files, and the files of GROUP) go to stderr:
 *
 *   noCommitment      no gold sentence about it holds a found commitment (commitment recall)
 *   candidate         a row names it exactly (matchScore 1): the selector or a bar dropped it
 *   notInText         neither it nor all its content words stand there (alias, paraphrase)
 *   whole:|spread:    written whole, or its content words apart (a coordination, another order),
 *     …taken          under a name or rule topic's span, where no row is ever built (rows.ts)
 *     …outsideScope   outside every range of the sentence's commitments
 *     …noRow          free words, yet no row over them (a word the chunker skips)
 *     …rowsShorter    rows over parts of it only (a chunk or run cut)
 *     …rowLonger / rowsOther
 * Session 54 (topics54) at b125f95, 5,682 missed: taken 1,927 (whole 752, spread 1,175; proxy
 * 533), candidate 1,037 (277), noCommitment 1,029 (513), notInText 1,086 (293), rowsShorter 375
 * (119), noRow 105, outsideScope 81.
 *
 *   npx tsx bench/topicStages.ts EVAL.json [GROUP] > out.jsonl
 */

import { z } from 'zod';
import { commitmentsBySentence, ranges, scopeEnd } from '../ingest/entities/commitmentScope';
import { matchScore } from '../ingest/eval/entityIndex';
import { goldName, readEvalDocuments, readNameList } from '../ingest/eval/evalJsonFile';
import { genreOf } from '../ingest/eval/genre';
import { normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { LABEL_MATCH, scoredTopics } from '../ingest/eval/selectorTraining';

const Item = z.object({ label: z.string() });
const Errors = z.object({ topics: z.object({ missed: z.array(Item) }) });

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex for a phrase written whole: words apart by space or hyphen, plurals either way. */
function phraseRegex(label: string): RegExp {
  const words = label
    .toLowerCase()
    .replace(/[’']/g, "['’]")
    .split(/[\s-]+/)
    .filter(Boolean);
  const body = words.map((w) => `${escapeRe(w).replace(/(ies|es|s)$/, '')}(?:s|es|ies|y)?`);
  return new RegExp(`\\b${body.join('[\\s-]+')}\\b`, 'i');
}

/** Content words of a label (longer than three letters), as stems for a prefix search. */
function stems(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3)
    .map((w) => w.replace(/(ies|es|s)$/, ''));
}

interface Place {
  how: string;
  sentence?: string;
  context?: string;
  triggers?: string[];
  inScope?: boolean;
  touchesScope?: boolean;
  span?: string;
  rows?: string[];
  taken?: string[];
}

/** The stage that lost a missed topic (see the module comment), from its best place. */
function stageOf(places: readonly Place[], exact: boolean): string {
  if (places.length === 0) return 'noCommitment';
  if (exact) return 'candidate';
  const rank = (p: Place) => (p.how === 'whole' ? 0 : 2) + (p.inScope ? 0 : 1);
  const best = places.filter((p) => p.how !== 'absent').sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return 'notInText';
  const { how } = best;
  if (!best.touchesScope) return `${how}:outsideScope`;
  if (best.taken?.length) return `${how}:taken`;
  const rows = (best.rows ?? []).map((r) => r.toLowerCase());
  if (rows.length === 0) return `${how}:noRow`;
  const span = best.span?.toLowerCase() ?? '';
  if (rows.some((r) => span.includes(r) && r !== span) && !rows.some((r) => r.includes(span)))
    return `${how}:rowsShorter`;
  return rows.some((r) => r.includes(span) && r !== span) ? `${how}:rowLonger` : `${how}:rowsOther`;
}

const [evalPath, groupPath] = process.argv.slice(2);
if (!evalPath) throw new Error('usage: topicStages.ts EVAL.json [GROUP]');
const group = groupPath ? readNameList(groupPath) : new Set<string>();
const counts = new Map<string, [number, number]>();
const documents = readEvalDocuments(evalPath, Errors);
const inputs = await goldInputs('data/gold', GOLD_CORPUS);
for (const input of inputs) {
  const doc = documents.find((d) => goldName(d.file) === input.base);
  if (!doc) continue;
  const { extraction } = input.rules;
  const genre = genreOf(doc.counts.document);
  const topics = scoredTopics(input);
  const bySentence = commitmentsBySentence(extraction.commitments);
  const entityName = new Map(extraction.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  for (const { label } of doc.errors.topics.missed) {
    const goldTopic = input.gold.entities.find((e) => e.name === label && e.type === 'Topic');
    let bestRow = '';
    let best = 0;
    input.rows.forEach((r, k) => {
      const score = goldTopic ? matchScore(goldTopic, topics[k]!) : 0;
      if (score > best) [bestRow, best] = [r.text, score];
    });
    const goldSentences = new Set(
      input.gold.commitments
        .filter((c) => c.about.includes(label))
        .map((c) => normSentence(c.sentence)),
    );
    const places: Place[] = [];
    for (const sentence of extraction.sentences) {
      if (!goldSentences.has(normSentence(sentence.text))) continue;
      const list = bySentence.get(sentence.index);
      if (!list) continue;
      const text = sentence.text;
      const whole = phraseRegex(label).exec(text);
      let from = -1;
      let to = -1;
      let how = 'absent';
      if (whole) [from, to, how] = [whole.index, whole.index + whole[0].length, 'whole'];
      else {
        const lower = text.toLowerCase();
        const at = stems(label).map((s) => new RegExp(`\\b${escapeRe(s)}`).exec(lower));
        if (at.length > 0 && at.every((m) => m !== null)) {
          from = Math.min(...at.map((m) => m!.index));
          to = Math.max(...at.map((m) => m!.index + m![0].length));
          to = to + (/^\w*/.exec(text.slice(to))?.[0].length ?? 0);
          how = 'spread';
        }
      }
      if (from < 0) {
        places.push({ how, sentence: text });
        continue;
      }
      const inScope = list.some((c, k) =>
        ranges(text, c, k === 0, scopeEnd(text, list, k)).some((r) => r.from <= from && r.to >= to),
      );
      const touchesScope = list.some((c, k) =>
        ranges(text, c, k === 0, scopeEnd(text, list, k)).some((r) => r.from < to && r.to > from),
      );
      const abs = [sentence.start + from, sentence.start + to];
      const rows = [
        ...new Set(
          input.rows.filter((r) => r.start < abs[1]! && r.end > abs[0]!).map((r) => r.text),
        ),
      ];
      const taken = [
        ...new Set(
          extraction.mentions
            .filter((m) => m.start < abs[1]! && m.end > abs[0]!)
            .map((m) => `${entityName.get(m.entityId)}|${m.text}`),
        ),
      ];
      places.push({
        how,
        span: text.slice(from, to),
        context: text.slice(Math.max(0, from - 60), Math.min(text.length, to + 60)),
        inScope,
        touchesScope,
        rows,
        taken,
        triggers: list.map((c) => c.trigger),
      });
    }
    const stage = stageOf(places, best >= 1);
    const count = counts.get(stage) ?? [0, 0];
    count[0]++;
    if (group.has(input.base)) count[1]++;
    counts.set(stage, count);
    console.log(
      JSON.stringify({
        stage,
        file: input.base,
        genre,
        label,
        aliases: goldTopic?.aliases ?? [],
        bestRow,
        best: Number(best.toFixed(2)),
        labelMatch: best >= LABEL_MATCH,
        places,
      }),
    );
  }
}
console.error('stage\tall\tgroup');
for (const [stage, [all, inGroup]] of [...counts].sort((a, b) => b[1][0] - a[1][0]))
  console.error(`${stage}\t${all}\t${inGroup}`);
