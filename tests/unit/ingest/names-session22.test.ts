/**
 * Session 22 (names22): open-vocabulary names no capitalised run finds. Standing bodies described
 * in lowercase, companies by their legal form, the spokesperson a readout's title names, the
 * meeting a "Readout from …" title reports, and a leaders' statement's signature block. Sentences
 * written in the genres' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { meetingInTitle } from '../../../ingest/entities/meetingInTitle';
import { lexicon } from '../../../ingest/lexicon';
import { extractText } from '../../support/extractText';

const namesOf = (type: string, body: string, title = 'Joint Statement') =>
  extractText(title, body, 't')
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('a standing body described in lowercase', () => {
  it.each([
    [
      'The two countries will convene their bilateral customs working group before June.',
      'bilateral customs working group',
    ],
    [
      'We will form a binational panel of water management experts to share best practices.',
      'binational panel of water management experts',
    ],
    [
      'The leaders agreed to establish a joint task force on port security and resilience.',
      'joint task force on port security',
    ],
    [
      'They noted the progress of the trilateral coordination mechanism with Chile.',
      'trilateral coordination mechanism',
    ],
  ])('is a Program: %s', (body, name) => {
    expect(namesOf('Program', body)).toContain(name);
  });

  it.each([
    'Cooperation continues through joint working groups on energy.',
    'The ministers discussed a bilateral space dialogue.',
    // With no creation verb (session 29: "established a new cyber working group" creates one, createdMechanisms.ts).
    'They discussed a new cyber working group.',
  ])('needs a determiner, a format word and a body head: %s', (body) => {
    expect(namesOf('Program', body)).toEqual([]);
  });
});

describe('a company named by its legal form', () => {
  it.each([
    [
      'The Department of Energy will invest in Northern Graphite Limited this year.',
      'Northern Graphite Limited',
    ],
    ['Funding goes to Blue Ridge Materials, Inc. and its partners.', 'Blue Ridge Materials, Inc.'],
    ['The grant supports Harbor Analytics LLC in Ohio.', 'Harbor Analytics LLC'],
    ['The agreement joins Acme Aerospace and Delta Dynamics Limited.', 'Delta Dynamics Limited'],
    ['She is Founder and Chief Executive of Granite Ventures LLC.', 'Granite Ventures LLC'],
    ['A partnership with Kenya-based Sun&Sea Energy, Ltd. was signed.', 'Sun&Sea Energy, Ltd.'],
  ])('is an Organization: %s', (body, name) => {
    expect(namesOf('Organization', body)).toContain(name);
  });
});

describe('a readout from a spokesperson', () => {
  const title =
    'Readout from NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Penny Wong of Australia';

  it('names the meeting as a readout "of" it does', () => {
    expect(meetingInTitle(lexicon(), title)).toBe(
      'National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Penny Wong of Australia',
    );
    expect(
      meetingInTitle(
        lexicon(),
        'Joint Statement on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Penny Wong',
      ),
    ).toBe('National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Penny Wong');
  });

  it('declares the spokesperson, who speaks none of its commitments', () => {
    const result = extractText(
      title,
      'National Security Advisor Jake Sullivan met with Foreign Minister Penny Wong of Australia today. They reaffirmed their commitment to the alliance.',
      't',
    );
    const horne = result.entities.find((e) => e.name === 'Emily Horne');
    expect(horne?.type).toBe('Official');
    expect(result.commitments.flatMap((c) => c.actors)).not.toContain(horne?.id);
  });
});

describe('a signature block', () => {
  it('declares the signers of a leaders’ statement', () => {
    const found = namesOf(
      'Official',
      'We call on all parties to return to talks without delay.\n\nPresident of the Arab Republic of Egypt Abdel Fattah el-Sisi\n\nPresident of the French Republic Emmanuel Macron',
    );
    expect(found).toEqual(expect.arrayContaining(['Abdel Fattah el-Sisi', 'Emmanuel Macron']));
  });
});
