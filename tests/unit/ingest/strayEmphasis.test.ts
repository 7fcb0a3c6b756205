import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise';
import { readDocument } from '../../../ingest/read';
import { markdownToText } from '../../../ingest/read/markdown';
import { segment } from '../../../ingest/segment';

/** Markdown → the reader's text, as the segmenter gets it (whitespace folded by normalise). */
const read = (md: string): string => normalise(markdownToText(md));

describe('emphasis delimiters marked left in the text', () => {
  it.each([
    // A bold comma or space alone (the archive's "**, **", a no-break space inside too).
    [
      'to promote innovation**,\u00A0 **and capacity building.',
      'to promote innovation, and capacity building.',
    ],
    ['to mark** **the occasion of the day.', 'to mark the occasion of the day.'],
    // A bold never closed, or closed after a space: the words stay, the marks go.
    [
      'a new ten-year **Framework for the Partnership. **',
      'a new ten-year Framework for the Partnership.',
    ],
    ['in both economies**.  \n**', 'in both economies.'],
    ['**Defense **', 'Defense'],
    ['II. ** GROWING REGIONAL PARTNERSHIP **', 'II. GROWING REGIONAL PARTNERSHIP'],
    ['Deepening Regional Cooperation ****', 'Deepening Regional Cooperation'],
    ['***Southern Decadence, New Orleans: It runs', 'Southern Decadence, New Orleans: It runs'],
    ['the facilities. ** The plan invests', 'the facilities. The plan invests'],
    ['(NBCSL): **“**We urge Congress', '(NBCSL): “We urge Congress'],
    // Between two words, the marks alone held them apart: a space stays.
    ['Lands and Waters –**The Administration', 'Lands and Waters – The Administration'],
    ['testing of the food supply,**including it', 'testing of the food supply, including it'],
    // Single asterisks: an italic marked found no closer for.
    ['*Ukraine *', 'Ukraine'],
    [
      'the *Forum for the Economy *and the *Women In Africa *initiative',
      'the Forum for the Economy and the Women In Africa initiative',
    ],
    [
      'a just energy transition*.\u00A0*The Leaders agreed',
      'a just energy transition. The Leaders agreed',
    ],
    ['plan terror attacks.* * They noted', 'plan terror attacks. They noted'],
    ['a nationwide* Fitness is Essential* campaign', 'a nationwide Fitness is Essential campaign'],
    ['*Key Recommendations Include:  \n*\n\nRebuild', 'Key Recommendations Include:\n\nRebuild'],
  ])('drops the stray marks of %j', (md, text) => {
    expect(read(md)).toBe(text);
  });

  it.each([
    // Literal asterisks and underscores of the text stay.
    ['5 * 3 = 15 and 2 * 4 = 8'],
    ['GDP* grew by 2% in the third quarter.'],
    ['a 5*3 grid'],
    ['snake_case, my__var and a ____ blank'],
    ['see IPEC-Annual-Report_Final.pdf and @GND_Network'],
  ])('keeps the literal %j', (md) => {
    expect(read(md)).toBe(md);
  });

  it.each([
    // Escaped and code asterisks are the text's own, never markup.
    ['\\*\\*footnote\\*\\* and \\* alone', '**footnote** and * alone'],
    ['the `a**b` field', 'the a**b field'],
    ['*\\*  \\*  \\* Begin text \\*  \\*  \\**', '* * * Begin text * * *'],
    ['my\\_\\_var', 'my__var'],
  ])('keeps the escaped %j', (md, text) => {
    expect(read(md)).toBe(text);
  });

  it('reads the archive’s "**, **" so the gold sentence is one segment of the text', async () => {
    const doc = await readDocument(
      'data/corpus-wh-dprk/2022-05-13-asean-u-s-special-summit-2022-joint-vision-statement.md',
    );
    const sentences = segment(normalise(doc.body)).sentences.map((s) => s.text);
    expect(doc.body).not.toContain('**');
    expect(sentences.some((s) => s.includes('to promote innovation, and capacity building'))).toBe(
      true,
    );
  });
});
