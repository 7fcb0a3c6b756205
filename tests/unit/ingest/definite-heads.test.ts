/**
 * "the Pledge", "the Agreement’s": "the" and a capitalised head of names points at the statement's
 * one name of that head, even paragraphs back (namedAnaphor.ts resolveDefiniteHeads, session 38).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

/** Names of what each commitment of the statement is about (explicit only). */
function aboutOf(body: string): string[][] {
  const result = extractText('Joint Statement of the United States and Canada', body);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.commitments.map((c) => c.about.map((id) => names.get(id) ?? id));
}

describe('"the", "this" or "our" + a capitalised head is the one name of that head in the statement', () => {
  it.each([
    [
      'The leaders welcomed the Global Methane Pledge. They discussed energy security and supply chains. They intend to invite other countries to join the Pledge.',
      /Global Methane Pledge/,
    ],
    [
      'We support the Inflation Reduction Act. We discussed critical minerals and trade. We will work together on the Act’s tax credits for electric vehicles.',
      /Inflation Reduction Act/,
    ],
    [
      'We welcomed the Global Methane Pledge. We discussed trade and energy. We will encourage other countries to sign this Pledge.',
      /Global Methane Pledge/,
    ],
  ])('%s', (body, name) => {
    const links = aboutOf(body);
    expect(links[links.length - 1]!.join()).toMatch(name);
  });

  it.each([
    // Two Agreements: "the Agreement" could be either.
    'We support the Paris Agreement and the Belfast/Good Friday Agreement. We discussed trade and energy. We will work to uphold the Agreement.',
    // NATO is also the "North Atlantic Alliance": beside Gavi, "the Alliance" is either.
    'We support NATO and Gavi, the Vaccine Alliance. We discussed trade and energy. We will work to strengthen the Alliance.',
  ])('leaves it unresolved when two names of that type hold the word: %s', (body) => {
    const links = aboutOf(body);
    expect(links[links.length - 1]!.join()).not.toMatch(/Agreement|NATO|Gavi/);
  });
});
