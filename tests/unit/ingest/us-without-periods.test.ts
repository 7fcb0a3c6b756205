/**
 * "US" written without periods is the United States (data/lexicon/countries.json alias), as the
 * gold has it in 13 files (Australia–US, US–EU and G7 joint statements write "the US commitment",
 * "senior US officials"): it opens a commitment as an actor, a possessor or modifier of another
 * party's clause puts it in `about`, and a body the lexicon names "U.S. …" is also "US …"
 * (ingest/lexicon.ts); the pronoun "us" (lowercase), the currency "US$" and the web address
 * "Welcome.US" (ingest/entities/matchLexicon.ts) stay no name.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function extract(body: string) {
  const extraction = extractText('Joint Statement on Regional Cooperation', body, 'us-alias');
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).sort();
  return { extraction, named };
}

describe('"US" without periods is the United States', () => {
  it('is an actor of its own clause', () => {
    const { extraction, named } = extract(
      'The US and Norway will deepen their cooperation on offshore wind energy.',
    );
    expect(named(extraction.commitments[0]?.actors ?? [])).toEqual(['Norway', 'United States']);
  });

  it('is in the about of another party’s welcome', () => {
    const { extraction, named } = extract(
      'Norway welcomes the US commitment to expand grant funding for port infrastructure.',
    );
    const commitment = extraction.commitments[0];
    expect(named(commitment?.actors ?? [])).toEqual(['Norway']);
    expect(named(commitment?.about ?? [])).toContain('United States');
  });

  it('names a body "U.S. …" of the lexicon also when written "US …"', () => {
    const { extraction, named } = extract(
      'Norway welcomes the US Coast Guard deployments and the U.S. Coast Guard training.',
    );
    const guards = extraction.entities.filter((entity) => entity.name.includes('Coast Guard'));
    expect(guards.map((entity) => entity.name)).toEqual(['U.S. Coast Guard']);
    expect(named(extraction.commitments[0]?.about ?? [])).toContain('U.S. Coast Guard');
  });

  it('leaves a web address "Welcome.US" alone', () => {
    const { extraction } = extract(
      'Norway will partner with Welcome.US to expand job training for resettled families.',
    );
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('United States');
  });

  it('leaves a currency written "US$" alone', () => {
    const { extraction } = extract(
      'Norway announced US$14.8 million in awards to two mining companies to expand supply chains.',
    );
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('United States');
  });

  it('leaves the pronoun "us" alone', () => {
    const { extraction } = extract('Norway will work with us to expand grant funding for ports.');
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('United States');
  });
});
