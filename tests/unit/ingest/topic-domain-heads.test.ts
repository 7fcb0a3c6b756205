/**
 * domainVacuousHeads (data/rules/topic-quality.json): a head vacuous alone ("efforts", "measures")
 * after a domain word is a name the learnt selector may choose; after a weak modifier, a
 * determiner or a capitalised word it stays vacuous. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { candidateRows } from '../../../ingest/topics/selector/rows';
import { memoryDocument } from '../../support/extractText';

const doc = (body: string) => memoryDocument('Joint Statement', body);

/** The candidates extraction offers the model (the lone-word test never passes here). */
function offered(body: string): string[] {
  const { extraction, terms } = extractByRules(doc(body));
  return candidateRows(extraction, terms, lexicon(), () => false).map((row) => row.text);
}

describe('a vacuous head after a domain word', () => {
  it.each([
    [
      'Japan and the United States agreed to intensify diplomatic efforts in the Indo-Pacific.',
      'diplomatic efforts',
    ],
    [
      'Japan and the United States committed to coordinate economic measures against the regime.',
      'economic measures',
    ],
    [
      'Japan and the United States pledged to address shared security concerns through dialogue.',
      'security concerns',
    ],
    [
      'Japan and the United States will protect natural resources across the Arctic.',
      'natural resources',
    ],
    [
      'Japan and the United States will stockpile helicopter parts for their fleets.',
      'helicopter parts',
    ],
    [
      'Japan and the United States discussed the humanitarian situation in the region.',
      'humanitarian situation',
    ],
    [
      'Japan and the United States will monitor the security situation closely.',
      'security situation',
    ],
  ])('%s → %s', (body, name) => {
    expect(offered(body)).toContain(name);
  });

  it.each([
    [
      'Japan and the United States agreed to take concrete steps toward normalization.',
      'concrete steps',
    ],
    ['Japan and the United States committed to redouble their efforts.', 'efforts'],
    ['Japan and the United States pledged to continue these measures next year.', 'measures'],
    ['Japan and the United States will build peace in all parts of the region.', 'all parts'],
    ['Japan and the United States will monitor the situation closely.', 'situation'],
  ])('stays vacuous: %s', (body, name) => {
    expect(offered(body)).not.toContain(name);
  });
});
