/**
 * Officials introduced with a slightly misspelt title ("Deputy National Security Advisory for …
 * NAME") and named afterwards by an abbreviated title and surname ("DNSA Neuberger"): the
 * abbreviations are data (data/rules/titles.json `abbreviations`); "ABBR Surname" is the official
 * the document introduced with that surname, never a new person.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const TITLE = 'Statement by NSC Spokesperson Sean Savett on a Trip to Japan';

function officials(body: string) {
  const result = extractText(TITLE, body, 'abbreviated-titles');
  return result.entities.filter((e) => e.type === 'Official').map((e) => e.name);
}

function actorsOf(body: string) {
  const result = extractText(TITLE, body, 'abbreviated-titles');
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.commitments.map((c) => [c.stance, c.actors.map((id) => names.get(id))]);
}

describe('misspelt and abbreviated titles', () => {
  it('find an official whose title head carries a stray letter before a remit', () => {
    expect(
      officials(
        'Deputy National Security Advisory for Cyber and Emerging Technologies Maria Lindqvist traveled to Japan on May 3.',
      ),
    ).toContain('Maria Lindqvist');
  });

  it('read "ABBR Surname" as the official introduced before', () => {
    const body =
      'Deputy National Security Advisor for Cyber and Emerging Technologies Maria Lindqvist traveled to Japan on May 3. During her meetings, DNSA Lindqvist highlighted the Administration’s commitment to secure critical infrastructure.';
    expect(officials(body)).toEqual(expect.arrayContaining(['Maria Lindqvist']));
    expect(officials(body)).not.toContain('Lindqvist');
    expect(actorsOf(body)).toContainEqual(['commit', ['Maria Lindqvist']]);
  });

  it('read an abbreviated subject in a sentence with no title word (no title lists the abbreviation)', () => {
    const body =
      'Principal Deputy National Security Advisor Erik Halvorsen traveled to Japan on May 3. In Tokyo, PDNSA Halvorsen reaffirmed the commitment to expand cyber cooperation.';
    expect(actorsOf(body)).toContainEqual(['reaffirm', ['Erik Halvorsen']]);
  });

  it('make no one of an abbreviation before a word that is no introduced surname', () => {
    const body =
      'The call began at 9:00 PM Eastern time. Secretary of State Antony Blinken spoke on FM Radio about the trip.';
    expect(officials(body)).not.toContain('Eastern');
    expect(officials(body)).not.toContain('Radio');
  });

  it('take an official’s own trip as the official acting ("DNSA X’s trip follows up on …")', () => {
    const body =
      'Deputy National Security Advisor for Cyber and Emerging Technologies Maria Lindqvist traveled to Japan on May 3. DNSA Lindqvist’s trip follows up on the leaders’ commitment to expand cyber cooperation.';
    expect(actorsOf(body)).toContainEqual(['other', ['Maria Lindqvist']]);
  });

  it('take a trip’s purpose as the traveller’s stance', () => {
    const body =
      'Deputy National Security Advisor for Cyber and Emerging Technologies Maria Lindqvist traveled to the Republic of Korea (ROK) May 1-3 to deepen cooperation on cyber issues.';
    expect(actorsOf(body)).toEqual([['commit', ['Maria Lindqvist']]]);
  });
});
