/**
 * Census of who "we" is in joint statements (genre.ts): for every gold commitment of a
 * joint-genre file whose subject is "we" (the word right before its trigger, a few words at most
 * between), the gold actor set beside the actor set the rules give the same sentence's commitment
 * (same stance, the closest trigger; no actor overlap required, so a "we" given only guests still
 * shows). Rules alone: who "we" is does not depend on the learnt selector.
 *
 *   npx tsx bench/jointWeCensus.mts /tmp/joint-we.json [basenames.txt]
 */
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import { genreOf } from '../ingest/eval/genre';
import { normName, normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';

const [out = '/tmp/joint-we.json', listPath] = process.argv.slice(2);
const only = listPath
  ? new Set(
      readFileSync(listPath, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
  : undefined;
const goldDir = resolve('data/gold');
const dir = mkdtempSync(join(tmpdir(), 'joint-we-'));
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const base = file.slice(0, -5);
  if (only && !only.has(base)) continue;
  const title: string = JSON.parse(readFileSync(join(goldDir, file), 'utf8')).document.title;
  if (genreOf(title) === 'joint') symlinkSync(join(goldDir, file), join(dir, file));
}
/** "We will …", "we, together with …, reaffirm", "we also strongly condemn". */
const WE_SUBJECT = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Ww]e(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:\s+[^\s,.;]+){0,3}\s*$/;
const rows = [];
for (const { base, gold, rules } of await goldInputs(dir, GOLD_CORPUS)) {
  const extraction = rules.extraction;
  const entities = new GoldEntityIndex(gold.entities).match(extraction.entities);
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const goldName = (id: string) => [...entities.goldNamesOf(id)][0] ?? `(${nameOf.get(id) ?? id})`;
  const typeOf = new Map(gold.entities.map((e) => [e.name, e.type]));
  for (const g of gold.commitments) {
    const at = g.sentence.indexOf(g.trigger);
    if (at < 0 || !WE_SUBJECT.test(g.sentence.slice(0, at))) continue;
    const same = extraction.commitments.filter(
      (p) => normSentence(p.text) === normSentence(g.sentence) && p.stance === g.stance,
    );
    const p =
      same.find((c) => normName(c.trigger) === normName(g.trigger)) ??
      same.find(
        (c) =>
          normName(c.trigger).includes(normName(g.trigger)) ||
          normName(g.trigger).includes(normName(c.trigger)),
      ) ??
      same[0];
    const pred = p ? [...new Set(p.actors.map(goldName))].sort() : null;
    const goldActors = [...g.actors].sort();
    rows.push({
      file: base,
      title: gold.document.title,
      sentence: g.sentence,
      trigger: g.trigger,
      gold: goldActors.map((a) => ({ name: a, type: typeOf.get(a) })),
      pred,
      same:
        !!pred && pred.length === goldActors.length && pred.every((a, i) => a === goldActors[i]),
    });
  }
}
writeFileSync(out, JSON.stringify(rows));
console.log(
  `${rows.length} joint "we" commitments, ${rows.filter((r) => !r.same).length} differ → ${out}`,
);
