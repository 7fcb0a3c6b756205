/**
 * A held stance ("… is unwavering", "… remains ironclad") after another stance of its sentence:
 * its owned noun phrase names what it is about, and the stance before does not take it
 * (heldStance.ts `heldStart`).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitments(body: string) {
  const result = extractText(
    'Readout of President Biden’s Call with President Zelenskyy of Ukraine',
    body,
    'about-held-later',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments.map((c) => ({
    trigger: c.trigger,
    about: c.about.map((id) => names.get(id) ?? id),
  }));
}

const CASES: { sentence: string; held: string; before: string; named: string[] }[] = [
  {
    sentence:
      'President Biden discussed the situation in the Middle East and emphasized that our support for Ukraine remains ironclad.',
    held: 'remains ironclad',
    before: 'discussed',
    named: ['Ukraine'],
  },
  {
    sentence:
      'President Biden condemned the attacks on Kyiv and underscored that U.S. support for Ukraine’s sovereignty is unwavering.',
    held: 'is unwavering',
    before: 'condemned',
    named: ['Ukraine', 'sovereignty'],
  },
];

describe('a held stance after another stance of its sentence', () => {
  it.each(CASES)('$held: $named', ({ sentence, held, before, named }) => {
    const found = commitments(sentence);
    const heldOne = found.find((c) => c.trigger === held);
    const beforeOne = found.find((c) => c.trigger === before);
    expect(heldOne, `no "${held}" in ${JSON.stringify(found)}`).toBeDefined();
    expect(beforeOne, `no "${before}" in ${JSON.stringify(found)}`).toBeDefined();
    for (const name of named) {
      expect(heldOne!.about).toContain(name);
      expect(beforeOne!.about).not.toContain(name);
    }
  });

  it('keeps the owner, who holds the stance, out of what it is about', () => {
    const found = commitments(CASES[1]!.sentence).find((c) => c.trigger === 'is unwavering');
    expect(found?.about).not.toContain('United States');
  });
});
