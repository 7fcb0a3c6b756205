import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../ingest/read/markdown';
import { parseTextDocument } from '../../../ingest/read/text';
import { segment } from '../../../ingest/segment';

// Sentences written for this test in the style of a trade framework's "Key terms" list.
const BULLETS = [
  'Key terms of the Agreement will include:',
  '',
  '• Ruritania will eliminate customs duties on U.S. industrial goods',
  'exported to Ruritania.',
  '',
  '• The United States and Ruritania will work to address non-tariff',
  'barriers.',
  '◦ Ruritania commits to adopt high labor standards.',
].join('\n');

describe('bullet glyphs opening a line', () => {
  it('are list markers in Markdown: each bullet is its own paragraph, without the glyph', () => {
    const paragraphs = markdownToText(BULLETS).split(/\n\u2029?\n/);
    expect(paragraphs).toEqual([
      'Key terms of the Agreement will include:',
      'Ruritania will eliminate customs duties on U.S. industrial goods exported to Ruritania.',
      'The United States and Ruritania will work to address non-tariff barriers.',
      'Ruritania commits to adopt high labor standards.',
    ]);
  });

  it('are dropped from plain text, so no sentence opens with one', () => {
    const { body } = parseTextDocument(`Title: Ruritania\nDate: 2026-01-05\n\n${BULLETS}`);
    const sentences = segment(body).sentences.map((s) => s.text);
    expect(sentences.some((s) => /[•◦]/.test(s))).toBe(false);
    expect(sentences).toContain('Ruritania commits to adopt high labor standards.');
  });

  it('stay inside a sentence, where they are no marker', () => {
    expect(markdownToText('Tariffs • duties • quotas were discussed.')).toBe(
      'Tariffs • duties • quotas were discussed.',
    );
  });
});
