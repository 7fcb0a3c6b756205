/**
 * One-party statements: "When Prime Minister X and I met …" recalls a meeting the speaker was
 * in, so "we" stays the speaker's country (gold 2021-08-28); and a traveller's surname alone
 * opening a sentence ("Singh will meet …") is the official the statement named in full (gold
 * 2022-03-29).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { extractText, memoryDocument } from '../../support/extractText';

function actorsOf(title: string, body: string, sentence: string): string[] {
  const result = extract({ ...memoryDocument(title, body, 'statement'), date: '2021-08-28' });
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return [...commitment!.actors].sort();
}

const PRESIDENT = 'Statement by President Joe Biden on the Baghdad Conference';

describe('a presidential statement recalling the speaker’s meeting', () => {
  const last = 'We remain committed to strengthening our bilateral relationship.';
  it.each([
    'When Prime Minister Al-Kadhimi and I met in the Oval Office last month, we discussed the region.',
    'I spoke with Prime Minister Al-Kadhimi of Iraq yesterday about the summit.',
  ])('keeps "we" the speaker’s country: %s', (recalled) => {
    const body = `I congratulate the Government of Iraq on hosting the summit. ${recalled} ${last}`;
    expect(actorsOf(PRESIDENT, body, last)).toEqual(['country:usa']);
  });
});

describe('a traveller’s bare surname opening a sentence', () => {
  const title =
    'Statement by NSC Spokesperson Emily Horne on Senior Administration Travel to India';
  const opening =
    'Deputy National Security Advisor for International Economics Daleep Singh will be in New Delhi this week.';
  it('is the official named in full before', () => {
    const last = 'Singh will also discuss priorities of the Administration.';
    expect(actorsOf(title, `${opening} ${last}`, last)).toEqual(['official:daleep-singh']);
  });
  it('names no one when the surname came first', () => {
    const first = 'Singh will also discuss priorities of the Administration.';
    const result = extractText(title, `${first} ${opening}`, 'statement');
    expect(result.commitments.find((c) => c.text === first)).toBeUndefined();
  });
});
