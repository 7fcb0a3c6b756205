/**
 * Head nouns added in session 26 (data/rules/names.json heads), found by how often they end
 * Title Case runs in the archive and by their word class next to heads already listed: one row
 * per head, sentences written for the test in the releases' style.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

const doc = (body: string) => memoryDocument(undefined, body);

type Row = [sentence: string, name: string, type: string];

const ROWS: Row[] = [
  [
    'The leaders welcomed the purchase of new aircraft by Pacific Star Airlines.',
    'Pacific Star Airlines',
    'Organization',
  ],
  [
    'Officials met with the Financial Intelligence Unit to trace illicit proceeds.',
    'Financial Intelligence Unit',
    'Organization',
  ],
  [
    'The Department of Justice’s Civil Rights Division will lead the review.',
    'Civil Rights Division',
    'Organization',
  ],
  [
    'Members of the Congressional Energy Caucus joined the delegation.',
    'Congressional Energy Caucus',
    'Organization',
  ],
  ['The two sides discussed the filling of the Upper Nile Dam.', 'Upper Nile Dam', 'Region'],
  [
    'Officials will greet the first shipment at Dulles International Airport.',
    'Dulles International Airport',
    'Region',
  ],
  ['The ministers met at the Presidential Palace in the capital.', 'Presidential Palace', 'Region'],
  [
    'The Secretary will host a Critical Minerals Roundtable next month.',
    'Critical Minerals Roundtable',
    'Event',
  ],
  [
    'The partners will convene an Ocean Science Symposium in Lisbon.',
    'Ocean Science Symposium',
    'Event',
  ],
  [
    'The leaders commended the Presidential Decree on Maritime Security.',
    'Presidential Decree on Maritime Security',
    'Instrument',
  ],
  [
    'The Department will publish the Annual Supply Chain Report in June.',
    'Annual Supply Chain Report',
    'Instrument',
  ],
  [
    'The Agency is launching the Clean Water Innovation Challenge for universities.',
    'Clean Water Innovation Challenge',
    'Program',
  ],
  [
    'The partners will expand the Regional Clean Energy Hubs in the region.',
    'Regional Clean Energy Hubs',
    'Program',
  ],
];

describe('session 26 head nouns', () => {
  it.each(ROWS)('%s', (sentence, name, type) => {
    const entities = extract(doc(sentence)).entities;
    expect(
      entities.find((e) => e.name === name),
      `${name} (${type})`,
    ).toMatchObject({ type });
  });
});
