/**
 * The signatories' own border (ingest/entities/sharedBorders.ts): in a joint statement of two
 * neighbours "our shared border" and "both sides of the border" name one Region, "<A>-<B> border",
 * the United States first; "border security" and a statement of three parties name none.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function regions(title: string, body: string): string[] {
  const result = extractText(title, body, 'borders');
  return result.entities.filter((entity) => entity.type === 'Region').map((e) => e.name);
}

describe('shared borders', () => {
  it.each([
    'The two governments will expand joint patrols across our shared border.',
    'Both countries committed to dismantle smuggling networks on both sides of the border.',
    'The delegations will hold outreach events along our common border next year.',
  ])('names the two signatories’ border: %s', (body) => {
    expect(
      regions('Joint Statement from Mexico and the United States on Security', body),
    ).toContain('U.S.-Mexico border');
  });

  it('leaves a border noun that modifies another noun alone', () => {
    const body = 'The two governments will invest in the border security of both countries.';
    expect(regions('Joint Statement from Canada and the United States', body)).not.toContain(
      'U.S.-Canada border',
    );
  });

  it.each([
    ['"across the border"', 'avoid further escalation across the border', false],
    ['"both sides of the border"', 'protect civilians on both sides of the border', false],
    ['"our shared border" still', 'expand patrols along our shared border', true],
  ])('after another named border, %s is that one', (_case, clause, own) => {
    const body = `Civilians must be able to return home along the Israel-Lebanon border. Both governments will ${clause}.`;
    const found = regions('Joint Statement from Mexico and the United States', body);
    expect(found).toContain('Israel-Lebanon border');
    expect(found.includes('U.S.-Mexico border')).toBe(own);
  });

  it('names no one border for three signatories', () => {
    const body = 'The three governments will stop trafficking across our shared border.';
    const found = regions('Joint Statement from Canada, Mexico, and the United States', body);
    expect(found.some((name) => name.endsWith(' border'))).toBe(false);
  });
});
