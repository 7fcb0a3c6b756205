/**
 * `npm run eval:entity-miss -- EVAL.json [LIST] [--genre joint] [--examples]`: the entity misses
 * and spurious entities of an eval JSON (`npm run eval -- --json --details`) classified by cause,
 * so named-entity work aims at the largest class rather than at one file's list:
 *   type      the name was found with another type (same normalised name);
 *   longer    the gold name is longer than a found one that it contains ('Naftali Bennett' ~ 'Bennett');
 *   shorter   the gold name is inside a longer found one ('U.K. Department for …' found whole);
 *   described a dated or descriptive gold name ('… (July 2022)', a lowercase description);
 *   never     no candidate of that name at all (lexicon or name shape missing);
 *   spurious  found entities left over after the pairings above.
 */
import { z } from 'zod';
import { goldName, readEvalDocuments, readNameList } from './evalJsonFile';
import { genreOf } from './genre';

const Item = z.object({ label: z.string(), detail: z.string() });
const Errors = z
  .object({ entities: z.object({ missed: z.array(Item), spurious: z.array(Item) }) })
  .optional();
type EntityItem = z.infer<typeof Item>;

const CLASSES = ['type', 'longer', 'shorter', 'described', 'never', 'spurious'] as const;
type MissClass = (typeof CLASSES)[number];

class EntityMissCliError extends Error {}

/** Case, punctuation and curly apostrophes do not tell two names apart. */
function normal(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]/g, '');
}

/** One document's misses paired with its spurious entities, each pair or leftover classed. */
function classify(missed: readonly EntityItem[], spurious: readonly EntityItem[]) {
  const out: { cls: MissClass; text: string }[] = [];
  const left = new Map(spurious.map((s) => [normal(s.label), s] as const));
  for (const miss of missed) {
    const name = normal(miss.label);
    const same = left.get(name);
    if (same) {
      left.delete(name);
      out.push({ cls: 'type', text: `${miss.label}: gold ${miss.detail}, found ${same.detail}` });
      continue;
    }
    const near = [...left.keys()].find((k) => k !== '' && (name.includes(k) || k.includes(name)));
    const found = near === undefined ? undefined : left.get(near);
    if (near !== undefined && found) {
      left.delete(near);
      const cls = name.includes(near) ? 'longer' : 'shorter';
      out.push({ cls, text: `${miss.label} [${miss.detail}] ~ ${found.label} [${found.detail}]` });
    } else if (miss.label.includes('(') || /^[a-z]/.test(miss.label))
      out.push({ cls: 'described', text: `${miss.label} [${miss.detail}]` });
    else out.push({ cls: 'never', text: `${miss.label} [${miss.detail}]` });
  }
  for (const s of left.values()) out.push({ cls: 'spurious', text: `${s.label} [${s.detail}]` });
  return out;
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const genreAt = argv.indexOf('--genre');
  const genre = genreAt >= 0 ? argv[genreAt + 1] : undefined;
  const [evalPath, listPath] = args.filter((a) => a !== genre);
  if (!evalPath) throw new EntityMissCliError('usage: EVAL.json [LIST] [--genre G] [--examples]');
  const list = listPath ? readNameList(listPath) : undefined;
  const rows = readEvalDocuments(evalPath, Errors)
    .filter((doc) => !list || list.has(goldName(doc.file)))
    .filter((doc) => !genre || genreOf(doc.counts.document) === genre)
    .flatMap((doc) =>
      doc.errors ? classify(doc.errors.entities.missed, doc.errors.entities.spurious) : [],
    );
  for (const cls of CLASSES) {
    const mine = rows.filter((r) => r.cls === cls);
    console.log(`${cls}\t${mine.length}`);
    if (argv.includes('--examples')) for (const r of mine) console.log(`  ${r.text}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof EntityMissCliError) && !(error instanceof z.ZodError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
