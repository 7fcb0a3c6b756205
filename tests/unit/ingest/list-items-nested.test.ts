/**
 * A list item whose own later clause takes a stance stays the lead-in's item (nestedItem.ts), so
 * the list goes on; under a lead-in known to hold verbs ("We intend to:", or after a verb item) a
 * new bullet's opening word is read as what follows "to" (itemVerb.ts).
 */
import { describe, expect, it } from 'vitest';
import { commitmentRows } from '../../support/commitmentRows';

function commitments(paragraphs: string[]) {
  return commitmentRows(paragraphs, 'list-items-nested');
}

const BOTH = ['country:fra', 'country:usa'];
const DOMAINS =
  'The United States and France welcomed enhanced cooperation across the following domains:';

describe('list items with a stance of their own inside', () => {
  it('keeps the item and the list past a nested stance clause', () => {
    const nested =
      'Lay the groundwork for deeper research collaboration, within which the United States and France intend to launch a forum for discussions.';
    const next = 'Launch new collaboration on bioeconomy research in 2024.';
    const found = commitments([DOMAINS, nested, next]);
    const inNested = found.filter((c) => c.text === nested).map((c) => [c.stance, c.trigger]);
    expect(inNested).toEqual([
      ['welcome', 'Lay'],
      ['commit', 'intend to'],
    ]);
    expect(found.find((c) => c.text === next)).toMatchObject({ stance: 'welcome', actors: BOTH });
  });

  it.each([
    [
      'a fronted phrase before its main clause',
      'Subject to available resources, we intend to increase fertilizer production.',
      'Subject',
    ],
    [
      'a subject opening the sentence',
      'Founding partners each commit to reach ten million people.',
      'Founding',
    ],
  ])('reads no item from %s', (_, sentence, word) => {
    const first = 'Expand access to fertilizers.';
    const lead = 'We will work together with willing partners to:';
    const found = commitments([lead, first, sentence]);
    expect(found.map((c) => c.trigger)).not.toContain(word);
  });
});

describe('items of a list known to hold verbs', () => {
  it.each([
    [
      'a verb compromise reads as a noun, under "to:"',
      'We intend to:',
      'Hold ransomware actors accountable for their crimes;',
      'commit',
    ],
    [
      'a verb before a capitalised name, after a verb item',
      DOMAINS,
      'Hold National Security Council-led consultations with like-minded partners.',
      'welcome',
    ],
    [
      'a base form before an acronym',
      DOMAINS,
      'Expand R&D between national laboratories.',
      'welcome',
    ],
  ])('reads %s', (_, lead, item, stance) => {
    const first = 'Expand collaboration between our research agencies.';
    const found = commitments([lead, first, item]);
    expect(found.find((c) => c.text === item)).toMatchObject({ stance, actors: BOTH });
  });

  it('reads no verb in a bullet’s further sentence with a subject of its own', () => {
    const item = 'Advance domestic workers’ rights. Care workers should be supported and valued.';
    const found = commitments(['We intend to:', item]);
    expect(found.map((c) => c.trigger)).not.toContain('Care');
  });

  it('reads no noun-first item as a verb under a lead-in of no verbs', () => {
    const lead = 'We committed to grow the following areas of collaboration:';
    const item = 'Hold National Security Council-led consultations with like-minded partners.';
    expect(commitments([lead, item]).map((c) => c.text)).not.toContain(item);
  });
});
