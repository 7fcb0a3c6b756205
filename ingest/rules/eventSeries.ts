/**
 * Recurring summits and their editions (data/rules/event-series.json), validated once. A mention
 * of a series ("the NATO Summit", "the upcoming G7 Summit in Hiroshima") is named by the edition
 * the statement's date and words imply (ingest/entities/eventSeries.ts).
 */
import { z } from 'zod';
import seriesJson from '../../data/rules/event-series.json';
import { parseRules } from './load';

/** "2025", "2024-11" or "2022-06-28": an edition's dates as precisely as they are known. */
const when = z
  .string()
  .regex(/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
const names = z.array(z.string().trim().min(1));

const edition = z.object({
  name: z.string().trim().min(1),
  start: when,
  end: when.optional(),
  places: names,
  number: z.number().int().positive().optional(),
  extraordinary: z.literal(true).optional(),
  announced: z.literal(true).optional(),
  aliases: names.optional(),
});

const series = z.object({
  series: z.string().trim().min(1),
  aliases: names.min(1),
  yearName: z.string().includes('{year}').optional(),
  /** The groupings whose bare name, as a venue ("at the G20 in India"), is this summit. */
  bodies: names.optional(),
  editions: z.array(edition).min(1),
});

const schema = z.object({ series: z.array(series).min(1) }).superRefine((rules, ctx) => {
  const seen = new Map<string, string>();
  for (const [i, one] of rules.series.entries()) {
    const forms = [...one.aliases, ...one.editions.flatMap((e) => e.aliases ?? [])];
    for (const form of forms) {
      const key = foldSeriesName(form);
      const owner = seen.get(key);
      if (owner !== undefined && owner !== one.series)
        ctx.addIssue({
          code: 'custom',
          path: ['series', i],
          message: `"${form}" already names ${owner}`,
        });
      seen.set(key, one.series);
    }
  }
});

export type SeriesEdition = z.infer<typeof edition>;
export type EventSeries = z.infer<typeof series>;

/** Case, apostrophes and the spaces around a dash do not tell two writings apart. */
export function foldSeriesName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export const EVENT_SERIES: readonly EventSeries[] = parseRules(
  'rules/event-series.json',
  schema,
  seriesJson,
).series;

/** Every edition's name: a host city in parentheses is part of it ("G20 Leaders’ Summit (Bali)"). */
export const EDITION_NAMES: ReadonlySet<string> = new Set(
  EVENT_SERIES.flatMap((series) => series.editions.map((edition) => edition.name)),
);
