/**
 * After a party the speakers stand with, support or assist, an "as they/it …" clause says what
 * that party does: its verb is no undertaking of the speakers (data/rules/accompanied-parties.json;
 * gold 2021-11-07, 2021-11-15, 2022-11-19, 2023-07-24). A pronoun after no party, or "we", is the
 * speakers' own and keeps its commitment.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function stancesOf(
  sentence: string,
  title = 'Statement by National Security Advisor Jake Sullivan',
) {
  const result = extractText(title, sentence, 'accompanied');
  return result.commitments.map((c) => `${c.stance} ${c.trigger}`);
}

describe('the act of a party the speakers stand with', () => {
  it.each([
    [
      'The United States is committed to supporting the agency of the Cuban people as they seek to promote democratic change.',
      ['commit is committed to'],
    ],
    [
      'The United States stands firmly with the government and people of Iraq as they strive to uphold Iraq’s sovereignty.',
      ['support stands firmly with'],
    ],
    [
      'The United States will continue to support the efforts of President Herzog and other Israeli leaders as they seek to build a broader consensus.',
      ['support will continue to support'],
    ],
    [
      'We are committed to supporting countries around the world as they seek to reorient their economies.',
      ['commit are committed to'],
    ],
    [
      'The United States stands ready to assist Indonesia as it strives to improve food security.',
      ['commit stands ready to'],
    ],
  ])('is no commitment of the speakers: %s', (sentence, expected) => {
    expect(stancesOf(sentence)).toEqual(expected);
  });

  it('keeps "as we …", the speakers’ own clause', () => {
    expect(
      stancesOf('We will remain in close coordination as we work to implement this new agreement.'),
    ).toEqual(['commit will remain', 'commit work to']);
  });

  it('keeps an "as they …" clause after no party: the subject’s own', () => {
    expect(
      stancesOf(
        'Australia, the United Kingdom and the United States look forward to continuing to build on this momentum as they work together to deliver advanced capabilities.',
        'Joint Leaders Statement on AUKUS',
      ),
    ).toEqual(['commit look forward to', 'commit work together to']);
  });
});
