import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise';
import { readDocument } from '../../../ingest/read';
import { markdownToText } from '../../../ingest/read/markdown';
import { segment } from '../../../ingest/segment';

const WH = 'data/corpus-wh-dprk';

describe('reading the real White House .md files', () => {
  it('takes title, date and source from the front matter, and the body is the statement', async () => {
    const doc = await readDocument(
      `${WH}/2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors-press-statement.md`,
    );
    // The YAML title holds \_ (no-break space), \u2019 and a folded continuation line.
    expect(doc.title).toBe(
      'United States-Japan-Republic of Korea Trilateral National Security Advisors’ Press Statement',
    );
    expect(doc.date).toBe('2021-04-02');
    expect(doc.source).toMatch(/^https:\/\/bidenwhitehouse\.archives\.gov\/briefing-room\//);
    expect(doc.body.trimStart()).toMatch(/^National Security Advisor Jake Sullivan/);
    expect(doc.body).not.toMatch(/^---|tags:|source_url/m);
    // Hard-wrapped lines are unwrapped: one line per paragraph.
    expect(doc.body.split(/\n\u2029?\n/)[0]).not.toContain('\n');
  });

  it('gives the same normalised body as the hand-converted .txt of the same statement', async () => {
    const pairs = [
      [
        '2021-04-02-united-states-japan-republic-of-korea-trilateral-national-security-advisors-press-statement.md',
        '2021-04-02-us-japan-rok-trilateral-nsa-press-statement.txt',
      ],
      [
        '2021-09-24-joint-statement-from-quad-leaders.md',
        '2021-09-24-quad-leaders-joint-statement.txt',
      ],
      ['2023-04-26-washington-declaration-2.md', '2023-04-26-us-rok-washington-declaration.txt'],
    ];
    for (const [md, txt] of pairs) {
      const a = await readDocument(`${WH}/${md}`);
      const b = await readDocument(`data/corpus/${txt}`);
      expect(normalise(a.body)).toBe(normalise(b.body));
      expect(a.title).toBe(b.title);
      expect(a.date).toBe(b.date);
    }
  });

  it('joins a title continued over two YAML lines, without escapes or double spaces', async () => {
    const doc = await readDocument(
      `${WH}/2021-01-22-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-national-security-advisor-suh-hoon-of-the-republic-of-korea.md`,
    );
    expect(doc.title).toBe(
      'Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call National Security Advisor Suh Hoon of the Republic of Korea',
    );
  });

  it('keeps headings as headings, and drops emphasis markers, escapes and inline HTML', async () => {
    const doc = await readDocument(`${WH}/2021-05-21-u-s-rok-leaders-joint-statement.md`);
    const { paragraphs } = segment(normalise(doc.body));
    const heading = paragraphs.find((p) => p.text === 'The Alliance: Opening a New Chapter');
    expect(heading?.heading).toBe(true);
    expect(doc.body).not.toContain('***');
    const g7 = await readDocument(`${WH}/2021-06-13-carbis-bay-g7-summit-communique.md`);
    expect(g7.body).toContain('17. The G7 has a leading role');
    expect(g7.body).not.toContain('\\');
    const nominations = await readDocument(
      `${WH}/2021-10-14-president-biden-announces-key-nominations-5.md`,
    );
    expect(nominations.body).toContain('the 21st Century');
    expect(nominations.body).not.toMatch(/<\/?sup>/);
  });
});

describe('markdownToText', () => {
  it('turns pandoc Markdown into one paragraph per block', () => {
    const md =
      '**INTRODUCTION**  \n  \n1\\. We, the Leaders, met\nin Cornwall at a cost of \\$1\\ billion.\n\n-   **End the pandemic** by\n    driving vaccines.\n-   Protect our *planet*.\n\nSee [the fact sheet](https://example.gov/x).\n\n\\###\n';
    expect(markdownToText(md).split(/\n\u2029?\n/)).toEqual([
      'INTRODUCTION',
      '1. We, the Leaders, met in Cornwall at a cost of $1\u00A0billion.',
      'End the pandemic by driving vaccines.',
      'Protect our planet.',
      'See the fact sheet.',
      '###',
    ]);
  });

  it('reads "**NOTING **that" (a space inside the closing mark) as bold, leaving no asterisks', () => {
    expect(
      markdownToText('**NOTING **that the talks advanced;\n\n**A** and **B** stay apart.').split(
        '\n\n',
      ),
    ).toEqual(['NOTING that the talks advanced;', 'A and B stay apart.']);
  });

  it('keeps the end mark "###" out of the last sentence when it shares its line', () => {
    expect(
      markdownToText('They agreed to meet again\nnext spring. \\###\n').split(/\n\u2029?\n/),
    ).toEqual(['They agreed to meet again next spring.', '###']);
  });

  it('sets a bold lead-in ending in a colon apart as a heading before its sentence', () => {
    const md = [
      '-   **Expanding our Presence**:  We opened embassies in Tonga.',
      '-   **Reaffirming our support: ** We support a strong ASEAN.',
      '-   **Supporting integrity and countering\n    interference:**  To bolster civil society, we signed memoranda.',
      '-   **Launching the AUKUS\n    Partnership:\u00A0** We are delivering on it.',
      // The closing mark glued to the sentence, or at the line's end: still a heading.
      '-   **Commitment to Consult:\u00A0**The Leaders will consult.',
      '-   **Our partnership in the Mekong:\u00A0**\n    Through engagement, we act.',
    ].join('\n');
    const paragraphs = markdownToText(md).split(/\n\u2029?\n/);
    expect(paragraphs).toEqual([
      'Expanding our Presence',
      'We opened embassies in Tonga.',
      'Reaffirming our support',
      'We support a strong ASEAN.',
      'Supporting integrity and countering interference',
      'To bolster civil society, we signed memoranda.',
      'Launching the AUKUS Partnership',
      'We are delivering on it.',
      'Commitment to Consult',
      'The Leaders will consult.',
      'Our partnership in the Mekong',
      'Through engagement, we act.',
    ]);
    expect(segment(normalise(markdownToText(md))).paragraphs.filter((p) => p.heading)).toHaveLength(
      6,
    );
  });

  it('sets a list item’s plain capitalised label and colon apart as its heading', () => {
    const md = [
      '-   Market Access:  Chile will lower tariffs on machinery.',
      '',
      '<!-- -->',
      '',
      '-   Labor: ** **Chile has committed to protect labor rights.',
      '',
      '<!-- -->',
      '',
      '-   Chile has committed to address such barriers, for example:',
    ].join('\n');
    expect(markdownToText(md).split(/\n\u2029?\n/)).toEqual([
      'Market Access',
      'Chile will lower tariffs on machinery.',
      'Labor',
      'Chile has committed to protect labor rights.',
      'Chile has committed to address such barriers, for example:',
    ]);
    // (A paragraph's "Note: The …" is no list item's label: it stays the sentence's opening.)
    expect(markdownToText('Note: The talks resume in May.')).toBe('Note: The talks resume in May.');
  });

  // A list item's label in running words, ending in a colon before a capitalised sentence, is a
  // lead-in sentence of its own, its colon kept (gold 2022-06-13: four such bullets); outside a
  // list the colon stays inside the sentence.
  it.each([
    [
      '•           Promote best practices to boost crop yields, agricultural\nproduction, and trade:  We intend to work with farmers.',
      [
        'Promote best practices to boost crop yields, agricultural production, and trade:',
        'We intend to work with farmers.',
      ],
    ],
    [
      '-   Provide humanitarian assistance to the most vulnerable: \n    Countries intend to make new donations.',
      [
        'Provide humanitarian assistance to the most vulnerable:',
        'Countries intend to make new donations.',
      ],
    ],
    ['Make no mistake: We will act.', ['Make no mistake: We will act.']],
    [
      '-   We will act, for example. Then: More follows.',
      ['We will act, for example. Then: More follows.'],
    ],
  ])('sets a list item’s running-words label apart as a lead-in: %s', (md, paragraphs) => {
    expect(markdownToText(md).split(/\n\u2029?\n/)).toEqual(paragraphs);
  });

  it('drops the asterisks of a bold punctuation mark, so the sentence still ends there', () => {
    expect(markdownToText('such as genomic surveillance**.** Building on it, we will act.')).toBe(
      'such as genomic surveillance. Building on it, we will act.',
    );
  });

  it('drops the asterisks of an italic punctuation mark too, so the sentence reads as written', () => {
    expect(markdownToText('to strengthen their energy security*.* They also welcomed it.')).toBe(
      'to strengthen their energy security. They also welcomed it.',
    );
    expect(markdownToText('to promote innovation**, **and capacity building.')).toBe(
      'to promote innovation, and capacity building.',
    );
  });

  it('keeps a bold lead-in that runs on in lowercase as the opening of its sentence', () => {
    expect(markdownToText('**We are taking steps to:** strengthen our alliance.')).toBe(
      'We are taking steps to: strengthen our alliance.',
    );
  });

  it('refuses broken front matter with a FrontMatterError naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-md-'));
    const path = join(dir, 'broken.md');
    writeFileSync(path, '---\ntitle: "unterminated\ndate: [\n---\n\nWe reaffirm.\n');
    const error = await readDocument(path).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('FrontMatterError');
    expect((error as Error).message).toContain(path);
  });
});
