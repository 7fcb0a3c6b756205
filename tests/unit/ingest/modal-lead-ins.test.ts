/**
 * Modal lead-ins (commitments/modalLeadIn.ts): "<party> will:" leaves its verb to each item, so
 * each base-verb item is the party's, its own verb deciding the stance ("Support …" support, any
 * other verb commit); a plan's, framework's or relative clause's "will:" is a remit and opens
 * nothing, and an item with a subject of its own is no item.
 */
import { describe, expect, it } from 'vitest';
import { commitmentRows } from '../../support/commitmentRows';

const BOTH = ['country:fra', 'country:usa'];
const ITEMS = [
  'Strengthen cooperation on critical minerals supply chains.',
  'Support developing countries in deploying clean energy.',
];

function rows(lead: string, items: string[] = ITEMS) {
  return commitmentRows([lead, ...items], 'modal-lead-ins');
}

describe('modal lead-ins', () => {
  it.each([
    ['the parties named', 'Together, the United States and France will:'],
    ['"we"', 'With the above in mind, we will:'],
    ['an adverb after the modal', 'Over the next year, we will also:'],
  ])('makes each base-verb item a commitment of %s', (_, lead) => {
    const found = rows(lead);
    expect(found.find((c) => c.text === ITEMS[0])).toMatchObject({
      stance: 'commit',
      trigger: 'Strengthen',
      actors: BOTH,
    });
    expect(found.find((c) => c.text === ITEMS[1])).toMatchObject({
      stance: 'support',
      trigger: 'Support',
      actors: BOTH,
    });
  });

  it.each([
    ['a plan', 'Specifically, the framework will:'],
    ['a new body (relative clause)', 'We launch a Working Group, which will:'],
    ['a pronoun for an instrument', 'The Roadmap sets out our goals. It will:'],
    ['standards with a party as agent', 'The standards proposed today by France will:'],
  ])('opens nothing on the remit of %s', (_, lead) => {
    const found = rows(lead);
    expect(found.some((c) => ITEMS.includes(c.text))).toBe(false);
  });

  it('reads no item with a subject of its own under the modal', () => {
    const own = 'Quad partners will launch a joint initiative to map capacity.';
    const found = rows('Together, the United States and France will:', [own, ...ITEMS]);
    expect(found.filter((c) => c.text === own).map((c) => c.trigger)).not.toContain('Quad');
  });

  it('ends the list at a line of another kind', () => {
    const prose = 'Energy security remains a shared priority.';
    const found = rows('Together, the United States and France will:', [
      ITEMS[0]!,
      prose,
      ITEMS[1]!,
    ]);
    expect(found.some((c) => c.text === ITEMS[0])).toBe(true);
    expect(found.some((c) => c.text === ITEMS[1])).toBe(false);
  });
});
