/**
 * Census of spurious topics (what the extractor keeps as a topic that the gold does not), from an
 * `npm run eval -- --json --details` JSON: each spurious topic is classed as
 *   dup    — the scorer would match it to a gold topic another prediction already took,
 *   near   — it shares a content word with a gold topic left unmatched (cut differently),
 *   nocom  — it is in the about of no matched commitment (rides on a spurious commitment),
 *   other  — the rest (a phrase the gold leaves out, vacuous, …), with its sentence.
 *
 *   npx tsx bench/topicSpurious.ts EVAL.json [FILES.txt] [--show CLASS] [--tsv OUT]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { genreOf } from '../ingest/eval/genre';
import { contentTokens, topicSimilarity } from '../ingest/eval/normalize';
import { readNameList } from './nameList';

interface Item {
  label: string;
  detail?: string;
}
interface EvalDoc {
  file: string;
  errors: { topics: { missed: Item[]; spurious: Item[] }; aboutSpurious: Item[] };
}
interface GoldFile {
  document: { title: string };
  entities: { name: string; type: string; aliases?: string[] }[];
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [evalPath, listPath] = positional;
const show = flag('--show');
const tsv = flag('--tsv');
const only = readNameList(listPath);
const docs = (JSON.parse(readFileSync(evalPath!, 'utf8')) as { gold: { documents: EvalDoc[] } })
  .gold.documents;

const tally = new Map<string, { items: number; files: Set<string>; genres: Map<string, number> }>();
const rows: string[] = [];
for (const doc of docs) {
  if (only && !only.has(doc.file)) continue;
  const gold = JSON.parse(readFileSync(join('data/gold', `${doc.file}.json`), 'utf8')) as GoldFile;
  const genre = genreOf(gold.document.title);
  const topics = gold.entities.filter((e) => e.type === 'Topic');
  const missed = new Set(doc.errors.topics.missed.map((m) => m.label));
  const inAbout = new Map<string, string>();
  for (const a of doc.errors.aboutSpurious)
    if (!inAbout.has(a.label)) inAbout.set(a.label, a.detail ?? '');
  for (const s of doc.errors.topics.spurious) {
    const names = (t: GoldFile['entities'][number]) => [t.name, ...(t.aliases ?? [])];
    const similar = topics.filter((t) => names(t).some((n) => topicSimilarity(n, s.label) > 0));
    const words = new Set(contentTokens(s.label));
    const near = topics.filter(
      (t) => missed.has(t.name) && names(t).some((n) => contentTokens(n).some((w) => words.has(w))),
    );
    const cls =
      similar.length > 0
        ? 'dup'
        : near.length > 0
          ? 'near'
          : inAbout.has(s.label)
            ? 'other'
            : 'nocom';
    const entry = tally.get(cls) ?? { items: 0, files: new Set(), genres: new Map() };
    entry.items++;
    entry.files.add(doc.file);
    entry.genres.set(genre, (entry.genres.get(genre) ?? 0) + 1);
    tally.set(cls, entry);
    const gloss =
      cls === 'dup' ? similar[0]!.name : cls === 'near' ? near.map((t) => t.name).join(' | ') : '';
    const row = [
      cls,
      genre,
      doc.file.slice(0, 60),
      s.label,
      gloss,
      inAbout.get(s.label) ?? '',
    ].join('\t');
    rows.push(row);
    if (show === cls) console.log(row);
  }
}
for (const [cls, e] of [...tally].sort((a, b) => b[1].items - a[1].items))
  console.log(
    `${cls.padEnd(6)} items ${String(e.items).padStart(5)} files ${String(e.files.size).padStart(4)}  ${[...e.genres].map(([g, n]) => `${g} ${n}`).join(', ')}`,
  );
if (tsv) writeFileSync(tsv, `${rows.join('\n')}\n`);
