/**
 * A deterministic scaled corpus for the benchmarks: N statements made by recombining the real
 * paragraphs of `data/corpus/*.txt`, with partner countries, officials, programs and dates
 * swapped per document so that loading sees many distinct entities, not one graph N times.
 * Same (n, seed, source paragraphs) → same bytes; no Math.random anywhere.
 *
 *   tsx bench/generateCorpus.ts --count 1000 [--seed 1] [--out bench/generated/1000]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { createRng } from './rng';

export interface GeneratedFile {
  name: string;
  text: string;
}

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_CORPUS_DIR = join(ROOT, 'data/corpus');

class Picker {
  constructor(private readonly next: () => number) {}
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
  /** `count` distinct items, in random order (partial Fisher–Yates). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    for (let k = 0; k < count && copy.length > 0; k++) {
      const [item] = copy.splice(this.int(copy.length), 1);
      if (item !== undefined) out.push(item);
    }
    return out;
  }
}

/** Body paragraphs of one corpus file: header, release preamble, markers and end mark removed. */
export function bodyParagraphs(text: string): string[] {
  let paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (paragraphs[0]?.startsWith('Title:')) paragraphs = paragraphs.slice(1);
  // The State Department file has a date/title/preamble before "Begin Text" and ends at "End Text".
  const begin = paragraphs.indexOf('Begin Text');
  if (begin >= 0) paragraphs = paragraphs.slice(begin + 1);
  const end = paragraphs.indexOf('End Text');
  if (end >= 0) paragraphs = paragraphs.slice(0, end);
  // A paragraph ending in an article was cut by a page break: rejoin it before recombining,
  // or the dangling "The" would end up in front of an unrelated paragraph.
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const last = joined[joined.length - 1];
    if (last !== undefined && /\b(?:The|the|a|an|and|of|to)$/.test(last)) {
      joined[joined.length - 1] = `${last} ${paragraph}`;
    } else {
      joined.push(paragraph);
    }
  }
  // A lone word is the "###" end mark, not a paragraph to reuse.
  return joined.filter((p) => p !== '###' && p.split(/\s+/).length >= 2);
}

export function loadSourceParagraphs(corpusDir = DEFAULT_CORPUS_DIR): string[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => bodyParagraphs(readFileSync(join(corpusDir, file), 'utf8')));
}

interface Country {
  name: string;
  short: string;
  demonym: string;
}

const PARTNERS: readonly Country[] = [
  { name: 'Japan', short: 'Japan', demonym: 'Japanese' },
  { name: 'Republic of Korea', short: 'ROK', demonym: 'Korean' },
  { name: 'Australia', short: 'Australia', demonym: 'Australian' },
  { name: 'India', short: 'India', demonym: 'Indian' },
  { name: 'Canada', short: 'Canada', demonym: 'Canadian' },
  { name: 'France', short: 'France', demonym: 'French' },
  { name: 'Germany', short: 'Germany', demonym: 'German' },
  { name: 'United Kingdom', short: 'UK', demonym: 'British' },
  { name: 'Italy', short: 'Italy', demonym: 'Italian' },
  { name: 'New Zealand', short: 'New Zealand', demonym: 'New Zealand' },
  { name: 'Philippines', short: 'Philippines', demonym: 'Philippine' },
  { name: 'Indonesia', short: 'Indonesia', demonym: 'Indonesian' },
  { name: 'Vietnam', short: 'Vietnam', demonym: 'Vietnamese' },
  { name: 'Singapore', short: 'Singapore', demonym: 'Singaporean' },
  { name: 'Thailand', short: 'Thailand', demonym: 'Thai' },
  { name: 'Malaysia', short: 'Malaysia', demonym: 'Malaysian' },
];

/** The corpus's partner countries and the forms of them that are safe to swap. "Korean" and
 * "Indian" are not swapped: "Korean Peninsula", "North Korean", "Indian Ocean". */
const SOURCE_COUNTRIES = [
  { forms: { 'Republic of Korea': 'name', ROK: 'short' } },
  { forms: { Japan: 'name', Japanese: 'demonym' } },
  { forms: { Australia: 'name', Australian: 'demonym' } },
  { forms: { India: 'name' } },
] as const satisfies readonly { forms: Record<string, keyof Country> }[];

/** Names that contain a swappable form but are another entity (the DPRK is not a partner). */
const PROTECTED = [
  "Democratic People's Republic of Korea",
  'Democratic People’s Republic of Korea',
];

/** Each person's written forms, longest first, and which part of a new name replaces each. */
const SOURCE_OFFICIALS: readonly Record<string, 'full' | 'family'>[] = [
  { 'Joseph R. Biden, Jr.': 'full', 'Joseph R. Biden': 'full', Biden: 'family' },
  { 'Kishida Fumio': 'full', Kishida: 'family' },
  { 'Yoon Suk Yeol': 'full', Yoon: 'family' },
  { 'Marco Rubio': 'full' },
  { 'Iwaya Takeshi': 'full' },
  { 'Cho Hyun': 'full' },
  { 'Jake Sullivan': 'full' },
  { 'Shigeru Kitamura': 'full' },
  { 'Suh Hoon': 'full' },
];
const GIVEN =
  'Anna David Elena Hiro James Jin Laura Mei Omar Priya Rafael Sara Tomas Yuki Amir Clara'.split(
    ' ',
  );
const FAMILY =
  'Andersen Bauer Castillo Dubois Everett Fischer Haddad Ito Kowalski Lindqvist Moreau Novak Okafor Park Rossi Tanaka'.split(
    ' ',
  );

const THEMES =
  'Maritime|Cyber|Energy|Space|Health|Quantum|Semiconductor|Climate|Infrastructure|Critical Minerals'.split(
    '|',
  );
const CODE_A = ['Freedom', 'Pacific', 'Ocean', 'Northern', 'Harbor', 'Summit', 'Silver', 'Iron'];
const CODE_B = ['Edge', 'Shield', 'Vanguard', 'Sentinel', 'Horizon', 'Anchor', 'Bridge', 'Beacon'];
/** Named programs of the corpus and how a replacement is built (a theme keeps the head noun). */
const SOURCE_PROGRAMS: Record<string, (p: Picker) => string> = {
  'Freedom Edge': (p) => `${p.pick(CODE_A)} ${p.pick(CODE_B)}`,
  'Trilateral Technology Leaders Training Program': (p) =>
    `Trilateral ${p.pick(THEMES)} Leaders Training Program`,
  'Young Trilateral Leaders program': (p) => `Young Trilateral ${p.pick(THEMES)} Leaders program`,
  'Quad Vaccine Partnership': (p) => `Quad ${p.pick(THEMES)} Partnership`,
  'Quad Fellowship': (p) => `Quad ${p.pick(THEMES)} Fellowship`,
  'Nuclear Consultative Group': (p) => `${p.pick(THEMES)} Consultative Group`,
};

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const DATE_PATTERN = new RegExp(`\\b(${MONTHS.join('|')})( \\d{1,2})?(, \\d{4}| \\d{4})?\\b`, 'g');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Swaps {
  map: Map<string, string>;
  pattern: RegExp;
}

/** One substitution table per document, applied in a single pass so swaps never chain. */
function documentSwaps(p: Picker, partners: readonly Country[]): Swaps {
  const map = new Map<string, string>();
  SOURCE_COUNTRIES.forEach((source, k) => {
    const target = partners[k];
    if (!target) return;
    for (const [form, part] of Object.entries(source.forms)) map.set(form, target[part]);
  });
  for (const forms of SOURCE_OFFICIALS) {
    const given = p.pick(GIVEN);
    const family = p.pick(FAMILY);
    for (const [form, part] of Object.entries(forms)) {
      map.set(form, part === 'full' ? `${given} ${family}` : family);
    }
  }
  for (const [name, build] of Object.entries(SOURCE_PROGRAMS)) map.set(name, build(p));
  // Longer names that contain a swappable form map to themselves: the alternation below tries
  // the longest form first, so "Republic of Korea" inside them is never replaced.
  for (const name of PROTECTED) map.set(name, name);
  const forms = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { map, pattern: new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'gu') };
}

function isoDate(p: Picker): { year: number; month: number; day: number } {
  return { year: 2015 + p.int(12), month: 1 + p.int(12), day: 1 + p.int(28) };
}

function rewrite(paragraph: string, swaps: Swaps, p: Picker, year: number): string {
  return paragraph
    .replace(swaps.pattern, (form) => swaps.map.get(form) ?? form)
    .replace(DATE_PATTERN, (_all, _month: string, day?: string, tail?: string) => {
      const month = p.pick(MONTHS);
      const newDay = day ? ` ${1 + p.int(28)}` : '';
      const newTail = tail ? `${tail.startsWith(',') ? ',' : ''} ${year - p.int(2)}` : '';
      return `${month}${newDay}${newTail}`;
    });
}

const TITLES: readonly ((names: readonly string[]) => string)[] = [
  ([a, b]) => `Joint Statement of the United States and ${a ?? b}`,
  ([a, b]) => `Joint Statement from the Trilateral Meeting of the United States, ${a}, and ${b}`,
  ([a, b, c]) => `Joint Statement from the Leaders of the United States, ${a}, ${b}, and ${c}`,
  ([a]) => `United States–${a} Leaders’ Statement`,
  ([a, b]) => `Readout of the Foreign Ministers’ Meeting of the United States, ${a} and ${b}`,
];

function generateOne(
  index: number,
  p: Picker,
  paragraphs: readonly string[],
  digits: number,
): GeneratedFile {
  const partners = p.sample(PARTNERS, 4);
  const swaps = documentSwaps(p, partners);
  const { year, month, day } = isoDate(p);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const count = Math.min(paragraphs.length, 4 + p.int(11));
  const body = p.sample(paragraphs, count).map((paragraph) => rewrite(paragraph, swaps, p, year));
  const title = p.pick(TITLES)(partners.map((c) => c.name));
  const serial = String(index + 1).padStart(digits, '0');
  const name = `${serial}-${date}-statement.txt`;
  // The serial keeps two statements drawn with the same date and title distinct: a document's id
  // is its date and title, and two different texts under one id are refused.
  const header = [
    `Title: ${title} (No. ${serial})`,
    `Date: ${date}`,
    `Source: https://statements.example.org/${date}/${serial}`,
  ];
  return { name, text: `${header.join('\n')}\n\n${[...body, '###'].join('\n\n')}\n` };
}

/** N statements from the given paragraphs (the real corpus by default). */
export function generateCorpus(
  n: number,
  seed: number,
  paragraphs: readonly string[] = loadSourceParagraphs(),
): GeneratedFile[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`generateCorpus: n must be a whole number ≥ 0, got ${n}`);
  if (paragraphs.length === 0) throw new RangeError('generateCorpus: no source paragraphs');
  const picker = new Picker(createRng(seed));
  const digits = Math.max(5, String(n).length);
  return Array.from({ length: n }, (_, index) => generateOne(index, picker, paragraphs, digits));
}

/** Writes the corpus into `outDir` (emptied first so stale files from a larger run vanish). */
export function writeCorpus(files: readonly GeneratedFile[], outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.name), file.text);
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number ≥ 0');
  return n;
}

function main(argv: string[]): void {
  const program = new Command('generateCorpus')
    .description('Write N generated statements for the benchmarks.')
    .requiredOption('--count <n>', 'number of statements', wholeNumber)
    .option('--seed <n>', 'PRNG seed', wholeNumber, 1)
    .option('--out <dir>', 'output folder (default bench/generated/<count>)')
    .parse(argv);
  const options = program.opts<{ count: number; seed: number; out?: string }>();
  const outDir = resolve(options.out ?? join(ROOT, 'bench/generated', String(options.count)));
  const files = generateCorpus(options.count, options.seed);
  writeCorpus(files, outDir);
  const words = files.reduce((sum, f) => sum + f.text.split(/\s+/).filter(Boolean).length, 0);
  console.log(`wrote ${files.length} statements (${words} words) to ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv);
}
