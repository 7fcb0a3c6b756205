/**
 * The learnt name finder's model as data: data/lexicon/names-finder.json, generated from the gold
 * by `npm run gold:names -- --write` (and by `npm run gold:topics`; ingest/eval/nameFinderFile.ts),
 * validated with zod and compiled once per process. Two logistic regressions over sparse string
 * features: whether an uncovered capitalised span is a name the gold would declare
 * (learntCandidates.ts features plus what the gold files say of the text), and, one-vs-rest, which
 * type a name's own words say; with the gold statistics both read.
 */
import { z } from 'zod';
import { type EntityType, EntityTypeSchema } from '../../contract/extraction';
import finderJson from '../../data/lexicon/names-finder.json';
import { parseRules } from '../rules/load';
import { type DeclaredTexts, declaredTexts } from './declaredTexts';

const Weights = z.array(z.tuple([z.string().min(1), z.number()]));
const count = z.number().int().min(0);
/** A named type, 'mixed' when the files disagree (no two-thirds majority), 'none' when none declares it. */
const Majority = z.union([EntityTypeSchema.exclude(['Topic']), z.enum(['mixed', 'none'])]);

export const nameFinderSchema = z
  .object({
    $comment: z.string().optional(),
    /** sha256 of the gold files the model was trained on (a unit test checks it is current). */
    gold: z.string().regex(/^[0-9a-f]{64}$/),
    /** A span is added when p(name) × the confidence of its type reaches this. */
    threshold: z.number().gt(0).lt(1),
    /** [feature, weight] of the detection model, sorted by feature. */
    weights: Weights,
    /** The types of the one-vs-rest type model, in the order of `typeWeights`' columns. */
    types: z.array(EntityTypeSchema),
    /** [feature of the name's own words, its weight in each type's model]: one line a feature. */
    typeWeights: z.array(z.tuple([z.string().min(1), z.array(z.number())])),
    /** [word shape, most frequent type of gold names of that shape, its share]. */
    shapes: z.array(z.tuple([z.string().min(1), EntityTypeSchema, z.number().min(0).max(1)])),
    /** [folded text, majority type of the files declaring it, files declaring it, files showing it]. */
    names: z.array(z.tuple([z.string().min(1), Majority, count, count])),
    /** [head word, majority type of the gold names it ends, files]. */
    heads: z.array(z.tuple([z.string().min(1), Majority, count])),
  })
  .refine((file) => file.typeWeights.every(([, ws]) => ws.length === file.types.length), {
    message: 'every typeWeights row has one weight per type',
  });

export type NameFinderFile = z.output<typeof nameFinderSchema>;
export type Majority = z.output<typeof Majority>;

/** What gold files say of a text and of a head word, none of them the statement's own. */
export interface NameStats {
  named(key: string): readonly [Majority, number];
  /** Files showing the text: declared, extracted or offered as a candidate. */
  seen(key: string): number;
  head(head: string): readonly [Majority, number];
}

export interface NameFinder {
  readonly weights: ReadonlyMap<string, number>;
  readonly types: readonly { type: EntityType; weights: ReadonlyMap<string, number> }[];
  readonly shapes: ReadonlyMap<string, readonly [EntityType, number]>;
  readonly stats: NameStats;
  /**
   * The texts the gold files declare with a type (two thirds of them agreeing), as a word trie:
   * the only spans the 'known' finder reads (declaredTexts.ts).
   */
  readonly declared: DeclaredTexts;
  readonly threshold: number;
}

/** Whether the files declaring a text agree on its type ('mixed' and 'none' do not). */
export function isTyped(majority: Majority): majority is Exclude<Majority, 'mixed' | 'none'> {
  return majority !== 'mixed' && majority !== 'none';
}

/** The key the statistics are counted by: quotes and spaces folded, lower case. */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function headOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** A name's word shape ("X Xx 9"), from its nameFeatures (learntCandidates.ts). */
export function shapeOf(features: readonly string[]): string {
  return features.find((f) => f.startsWith('shape:'))?.slice('shape:'.length) ?? '';
}

const bucket = (n: number) => (n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

/**
 * The share of the files showing a text that declare it. A text one other file shows and does not
 * declare counts as unseen: so the shipped table need not list every text one file shows (most
 * of the 40,000 candidate texts), and training reads the same rule.
 */
function rate(named: number, seen: number): string {
  if (seen === 0 || (named === 0 && seen < 2)) return 'unseen';
  if (named / seen >= 0.5) return 'high';
  if (named / seen >= 0.2) return 'mid';
  return named ? 'low' : 'none';
}

/** The gold features of a text: how many files declare it and as what, and its head's type. */
export function statFeatures(key: string, stats: NameStats): string[] {
  const [namedType, n] = stats.named(key);
  const [headType, h] = stats.head(headOf(key));
  return [
    `goldNamed:${bucket(n)}`,
    `goldNamedType:${namedType}`,
    `goldRate:${rate(n, stats.seen(key))}`,
    `goldHeadType:${headType}`,
    `goldHeadType+n:${headType}|${bucket(h)}`,
  ];
}

export function compileNameFinder(file: NameFinderFile): NameFinder {
  const names = new Map(file.names.map(([key, type, n, seen]) => [key, [type, n, seen] as const]));
  const heads = new Map(file.heads.map(([head, type, n]) => [head, [type, n] as const]));
  return {
    weights: new Map(file.weights),
    types: file.types.map((type, k) => ({
      type,
      weights: new Map(file.typeWeights.flatMap(([f, ws]) => (ws[k] ? [[f, ws[k]] as const] : []))),
    })),
    shapes: new Map(file.shapes.map(([shape, type, share]) => [shape, [type, share] as const])),
    stats: {
      named: (key) => {
        const entry = names.get(key);
        return entry ? [entry[0], entry[1]] : ['none', 0];
      },
      seen: (key) => names.get(key)?.[2] ?? 0,
      head: (head) => heads.get(head) ?? ['none', 0],
    },
    declared: declaredTexts(file.names.flatMap(([key, type]) => (isTyped(type) ? [key] : []))),
    threshold: file.threshold,
  };
}

let compiled: NameFinder | undefined;

/** The model of data/lexicon/names-finder.json (validated and compiled once). */
export function nameFinder(): NameFinder {
  compiled ??= compileNameFinder(
    parseRules('lexicon/names-finder.json', nameFinderSchema, finderJson),
  );
  return compiled;
}
