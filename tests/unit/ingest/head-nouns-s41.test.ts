/**
 * Program heads added in session 41 (data/rules/names.json heads): the financing windows, transport
 * lanes, pathways and observatories joint statements launch or join, which the gold types as
 * Programs (2021-09-18, 2022-06-27, 2023-05-19, 2024-05-23, 2025-11-13 and others) and which no
 * head named, so the run was no name or took a head inside it ("Pledge"). One row per head,
 * sentences written for the test in the releases' style.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

const doc = (body: string) => memoryDocument(undefined, body);

type Row = [sentence: string, name: string];

const ROWS: Row[] = [
  [
    'The partners will fund the Rapid Grain Financing Window of the regional bank.',
    'Rapid Grain Financing Window',
  ],
  [
    'Norway and Japan will expand the Danube Solidarity Lanes to move grain to world markets.',
    'Danube Solidarity Lanes',
  ],
  [
    'Norway and Japan joined the Clean Shipping Fuels Pathway launched last year.',
    'Clean Shipping Fuels Pathway',
  ],
  [
    'Norway and Japan will support the Arctic Ice Melt Observatory in Tromsø.',
    'Arctic Ice Melt Observatory',
  ],
];

describe('session 41 Program heads', () => {
  it.each(ROWS)('%s', (sentence, name) => {
    const extraction = extract(doc(sentence));
    const found = extraction.entities.find((entity) => entity.name === name);
    expect(found?.type).toBe('Program');
  });
});
