/**
 * Presets of the lens's time filter (data/rules/lens-anchors.json): "since the last statement
 * signed by exactly these parties". A series is data, not code: the rule is the same for every
 * anchor (the latest dated document with exactly its signatories), so adding a series is adding
 * an entry. Validated once at module load; a broken file stops the server with one line naming
 * the file and the field.
 */
import { z } from 'zod';
import type { LensAnchor } from '../../contract/api';
import anchors from '../../data/rules/lens-anchors.json';
import { parseRules } from '../../ingest/rules/load';

const AnchorsSchema = z
  .object({
    anchors: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'anchor ids are lowercase words'),
          label: z.string().min(1),
          signatories: z
            .array(z.string().regex(/^[a-z]+:[a-z0-9-]+$/, 'signatories are entity ids'))
            .min(1)
            .refine((ids) => new Set(ids).size === ids.length, 'a signatory is listed twice'),
        }),
      )
      .min(1),
  })
  .refine((value) => new Set(value.anchors.map((a) => a.id)).size === value.anchors.length, {
    message: 'two anchors have the same id',
    path: ['anchors'],
  });

export type LensAnchorRule = z.output<typeof AnchorsSchema>['anchors'][number];

export function parseLensAnchors(json: unknown): LensAnchorRule[] {
  return parseRules('rules/lens-anchors.json', AnchorsSchema, json).anchors;
}

export const LENS_ANCHORS: readonly LensAnchorRule[] = parseLensAnchors(anchors);

/** What the lens's menu shows: ids and labels, not the rule's internals. */
export const ANCHOR_OPTIONS: LensAnchor[] = LENS_ANCHORS.map(({ id, label }) => ({ id, label }));
