/**
 * About-link error classes: of the gold `about` names missed on a matched commitment, which ones
 * name an entity the extraction DID find (so the link, not the entity, is wrong), and where it
 * sits relative to the trigger: `sibling:` another commitment of the sentence that the gold also
 * has holds it, `split:` one the gold lacks holds it (the clause was cut), `inside:` it is named
 * only inside a longer name, then the first cue between trigger and mention (`after:including`…);
 * `no-mention`: found elsewhere in the statement, not in this sentence. `not-extracted` and
 * `no-mention` carry the gold item's kind (`:topic`, `:named`): a topic the topic stage never
 * produced and a name the entity stage missed are other stages' errors, not the about link's.
 * Counts per class and genre; `--list CLASS` prints the cases, `--files LIST.txt` restricts to
 * those gold files; `--unlinked` adds the precision side (aboutUnlinked.ts): the named entities
 * of each sentence a commitment leaves out, per class, in the gold `about` or not.
 * `--dump OUT.json` writes every miss (with the gold type and the sentence's other holders).
 * `--kfold` scores each file with the selector of the folds that never saw it, as `npm run eval`
 * does (the shipped model saw every file, so it finds topics K-fold misses).
 * Usage: npx tsx ingest/eval/aboutMissCli.ts [--list CLASS] [--files LIST.txt] [--unlinked]
 *   [--dump OUT.json] [--kfold]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Commitment, Extraction } from '../../contract/extraction';
import { finishExtraction } from '../extract';
import { compileSelector, type Selector, selector } from '../topics/selector/model';
import { causeSummary } from './aboutCause';
import { sentenceMentions, unlinkedEntities } from './aboutUnlinked';
import { matchCommitments } from './commitments';
import { type EntityMatching, GoldEntityIndex } from './entityIndex';
import { readNameList } from './evalJsonFile';
import { genreOf } from './genre';
import { GOLD_CORPUS, goldInputs } from './runGold';
import { perFold, trainingFile, trainSelector } from './selectorTraining';

/** A cue between the trigger and the missed mention, first match wins (why the span stopped). */
const CUES: readonly [string, RegExp][] = [
  ['semicolon', /;/],
  ['including', /\bincluding\b|\bsuch as\b|\bnotably\b|\bin particular\b/i],
  ['relative', /\b(?:which|that|who)\b|,\s*\w+ed\b/i],
  ['as-clause', /\bas\b/i],
  ['purpose', /\bto\s+\w+/i],
  ['and', /\band\b|\bas well as\b/i],
  ['preposition', /\b(?:in|on|with|through|for|of|from|at|between|among)\b/i],
];

interface Miss {
  file: string;
  genre: string;
  cls: string;
  name: string;
  sentence: string;
  trigger: string;
  /** The gold item's type, and who else in the sentence holds it (`--dump` only). */
  type?: string;
  holders?: string[];
}

function classify(
  extraction: Extraction,
  ids: ReadonlySet<string>,
  matched: ReadonlySet<string>,
  commitmentId: string,
  sentenceId: string,
  sentence: string,
  trigger: string,
  kind: string,
): string {
  const sameSentence = extraction.commitments.filter(
    (c) => c.sentenceId === sentenceId && c.id !== commitmentId,
  );
  const holders = sameSentence.filter((c) =>
    [...c.about, ...(c.implicitAbout ?? [])].some((id) => ids.has(id)),
  );
  const elsewhere = holders.length > 0;
  // A holder no gold commitment matched: the clause was split where the gold has one commitment.
  const split = holders.some((c) => !matched.has(c.id));
  const mentions = extraction.mentions.filter(
    (m) => m.sentenceId === sentenceId && ids.has(m.entityId),
  );
  if (mentions.length === 0) return elsewhere ? 'sibling-clause' : `no-mention:${kind}`;
  const at = sentence.indexOf(trigger);
  // Mentions are offset in the document, the trigger in its sentence: both in the sentence here.
  const offset = extraction.sentences.find((s) => s.id === sentenceId)?.start ?? 0;
  const first = Math.min(...mentions.map((m) => m.start)) - offset;
  // Inside a longer mention of another entity ("Israel" in "the Israel-Lebanon … agreement").
  const inside = mentions.every((m) =>
    extraction.mentions.some(
      (o) =>
        o.sentenceId === sentenceId &&
        !ids.has(o.entityId) &&
        o.start <= m.start &&
        o.end >= m.end &&
        o.end - o.start > m.end - m.start,
    ),
  );
  const prefix = (elsewhere ? (split ? 'split:' : 'sibling:') : '') + (inside ? 'inside:' : '');
  if (at < 0) return `${prefix}trigger-unknown`;
  if (first < at) return `${prefix}before-trigger`;
  const between = sentence.slice(at + trigger.length, first);
  for (const [cue, pattern] of CUES) if (pattern.test(between)) return `${prefix}after:${cue}`;
  return `${prefix}after:direct`;
}

/** Tallies the entities `predicted`'s sentence names but it leaves out, by class and gold. */
function countUnlinked(
  extraction: Extraction,
  predicted: Commitment,
  goldAbout: readonly string[],
  entities: EntityMatching,
  topicIds: ReadonlySet<string>,
  tally: Map<string, [number, number]>,
): void {
  const sentence = extraction.sentences.find((s) => s.id === predicted.sentenceId);
  if (!sentence) return;
  const triggerStart = sentence.text.indexOf(predicted.trigger);
  if (triggerStart < 0) return;
  const siblings = extraction.commitments
    .filter((c) => c.sentenceId === predicted.sentenceId && c.id !== predicted.id)
    .flatMap((c) => c.about);
  const mentions = sentenceMentions(extraction.mentions, sentence.id, sentence.start, (id) =>
    topicIds.has(id),
  );
  const classes = unlinkedEntities(mentions, {
    triggerStart,
    linked: new Set([...predicted.about, ...(predicted.implicitAbout ?? [])]),
    actors: new Set(predicted.actors),
    siblings: new Set(siblings),
  });
  const goldIds = new Set(goldAbout.flatMap((name) => [...entities.accepted(name)]));
  for (const [id, cls] of classes) {
    const row = tally.get(cls) ?? [0, 0];
    row[goldIds.has(id) ? 0 : 1]++;
    tally.set(cls, row);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
  const filesArg = args.includes('--files') ? args[args.indexOf('--files') + 1] : undefined;
  const only = filesArg ? readNameList(filesArg) : undefined;
  const withUnlinked = args.includes('--unlinked');
  const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
  // class → [in the gold about, not in it]
  const unlinked = new Map<string, [number, number]>();
  const inputs = await goldInputs(resolve(import.meta.dirname, '../../data/gold'), GOLD_CORPUS);
  const shipped = selector();
  const folded = perFold(
    inputs.map((i) => trainingFile(i)),
    (training, fold) => compileSelector(trainSelector(training, `fold ${fold}`, shipped.threshold)),
  );
  const modelFor = (base: string): Selector => (args.includes('--kfold') ? folded(base) : shipped);
  const misses: Miss[] = [];
  for (const { base, gold, lexicon, rules } of inputs) {
    if (only && !only.has(base)) continue;
    const extraction = finishExtraction(rules, lexicon(), modelFor(base));
    const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
    const sentences = new Map(extraction.sentences.map((s) => [s.id, s.text]));
    const genre = genreOf(gold.document.title);
    const { pairs } = matchCommitments(gold, extraction, entities);
    const matched = new Set(pairs.map((pair) => pair.predicted.id));
    const goldTypes = new Map(gold.entities.map((e) => [e.name, e.type]));
    const topicIds = new Set(
      extraction.entities.filter((e) => e.type === 'Topic').map((e) => e.id),
    );
    for (const { gold: g, predicted: p } of pairs) {
      const found = new Set([...p.about, ...(p.implicitAbout ?? [])]);
      if (withUnlinked) countUnlinked(extraction, p, g.about, entities, topicIds, unlinked);
      for (const name of g.about) {
        const ids = entities.accepted(name);
        if ([...ids].some((id) => found.has(id))) continue;
        const sentence = sentences.get(p.sentenceId) ?? p.text;
        const kind = goldTypes.get(name) === 'Topic' ? 'topic' : 'named';
        const cls =
          ids.size === 0
            ? `not-extracted:${kind}`
            : classify(extraction, ids, matched, p.id, p.sentenceId, sentence, p.trigger, kind);
        const holders = extraction.commitments
          .filter((c) => c.sentenceId === p.sentenceId && c.id !== p.id)
          .filter((c) => [...c.about, ...(c.implicitAbout ?? [])].some((id) => ids.has(id)))
          .map((c) => c.trigger);
        const type = goldTypes.get(name);
        misses.push({ file: base, genre, cls, name, sentence, trigger: p.trigger, type, holders });
      }
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const miss of misses) {
    const row = counts.get(miss.cls) ?? new Map<string, number>();
    row.set(miss.genre, (row.get(miss.genre) ?? 0) + 1);
    row.set('all', (row.get('all') ?? 0) + 1);
    counts.set(miss.cls, row);
  }
  const rows = [...counts].sort((a, b) => (b[1].get('all') ?? 0) - (a[1].get('all') ?? 0));
  console.log('class'.padEnd(28), 'all', 'joint', 'readout', 'one-party', 'other');
  for (const [cls, row] of rows) {
    const cell = (g: string) => String(row.get(g) ?? 0).padStart(4);
    console.log(
      cls.padEnd(28),
      cell('all'),
      cell('joint'),
      cell('readout'),
      cell('one-party'),
      cell('other'),
    );
  }
  console.log('\ncause (aboutCause.ts)'.padEnd(29), 'items', 'files');
  for (const { cause, items, files } of causeSummary(misses))
    console.log(cause.padEnd(28), String(items).padStart(5), String(files).padStart(5));
  if (withUnlinked) {
    console.log('\nunlinked named entities of the sentence'.padEnd(29), 'in gold about', 'not');
    for (const [cls, [yes, no]] of [...unlinked].sort((a, b) => b[1][0] - a[1][0]))
      console.log(cls.padEnd(28), String(yes).padStart(13), String(no).padStart(4));
  }
  if (dump) writeFileSync(dump, JSON.stringify(misses, null, 1));
  if (list)
    for (const miss of misses.filter((m) => m.cls === list))
      console.log(`\n${miss.file} [${miss.trigger}] ${miss.name}\n  ${miss.sentence}`);
}

await main();
