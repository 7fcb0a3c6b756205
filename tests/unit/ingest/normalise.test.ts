import { describe, expect, it } from 'vitest';
import { foldAccents, normalise } from '../../../ingest/normalise';

describe('normalise', () => {
  it('rejoins a sentence cut after a function word by a page break', () => {
    const text = normalise(
      'They expressed concern about actions around Taiwan. The\n\nSecretary and Foreign Ministers encouraged dialogue.',
    );
    expect(text).toBe(
      'They expressed concern about actions around Taiwan. The Secretary and Foreign Ministers encouraged dialogue.',
    );
  });

  it('rejoins a paragraph followed by one starting in lowercase', () => {
    expect(normalise('We will strengthen our\n\n\ncooperation on energy.')).toBe(
      'We will strengthen our cooperation on energy.',
    );
    expect(normalise('They discussed the supply\n\nchains of critical minerals.')).toBe(
      'They discussed the supply chains of critical minerals.',
    );
  });

  it('keeps a treaty preamble: the parties, then each participle clause, as paragraphs', () => {
    const preamble =
      'The Government of A and the Government of B,\n\nNoting the value of their ties;\n\nThe Parties agree as follows:';
    expect(normalise(preamble)).toBe(preamble);
    // A comma before an ordinary paragraph is still a page break inside a sentence.
    expect(normalise('Both sides,\n\nThe leaders agreed.')).toBe('Both sides, The leaders agreed.');
  });

  it('keeps a heading (no final punctuation, next paragraph capitalised) as its own paragraph', () => {
    expect(normalise('Addressing the North Korean Threat\n\nThey urged Russia to stop.')).toBe(
      'Addressing the North Korean Threat\n\nThey urged Russia to stop.',
    );
  });

  it('removes line-break hyphens but keeps real hyphens', () => {
    expect(normalise('They support denu-\nclearization and people-to-people ties.')).toBe(
      'They support denuclearization and people-to-people ties.',
    );
    expect(normalise('issues across the cross-\nStrait area.')).toBe(
      'issues across the cross-Strait area.',
    );
  });

  it('drops Begin Text / End Text markers and the ### end mark', () => {
    const text = normalise('Begin Text\n\nThey met.\n\nEnd Text\n\n###');
    expect(text).toBe('They met.');
  });

  it('folds whitespace, no-break spaces and CRLF', () => {
    expect(normalise('  The\u00a0United   States\r\nreaffirmed it.  ')).toBe(
      'The United States reaffirmed it.',
    );
    // Each kind alone (the fold runs only where one occurs), and a paragraph with none.
    expect(normalise('The\tUnited States')).toBe('The United States');
    expect(normalise('The  United States')).toBe('The United States');
    expect(normalise('The\u2003United\u00a0States')).toBe('The United States');
    expect(normalise('The United States -\nand Japan')).toBe('The United States - and Japan');
    expect(normalise('The United States and Japan.')).toBe('The United States and Japan.');
  });
});

describe('foldAccents', () => {
  // The plain ASCII shortcut must answer as the normalisation does, and the others still fold.
  it.each([
    ['', ''],
    ['Kishida', 'Kishida'],
    ["O'Neill-Smith 2024, Ltd.", "O'Neill-Smith 2024, Ltd."],
    ['José', 'Jose'],
    ['López Obrador', 'Lopez Obrador'],
    ['Andrés\u0301', 'Andres'],
    ['Ελλάδα', 'Ελλαδα'],
    ['Al-Sudani’s', 'Al-Sudani’s'],
  ])('%j → %j', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
    expect(foldAccents(text)).toBe(text.normalize('NFD').replace(/\p{M}/gu, ''));
  });
});
