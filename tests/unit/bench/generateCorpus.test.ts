import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyParagraphs, generateCorpus, writeCorpus } from '../../../bench/generateCorpus';
import { createRng } from '../../../bench/rng';

const digest = (files: { name: string; text: string }[]) =>
  createHash('sha256')
    .update(files.map((f) => `${f.name}\0${f.text}`).join('\0'))
    .digest('hex');

const HEADER = /^Title: (.+)\nDate: (\d{4}-\d{2}-\d{2})\nSource: (https:\/\/\S+)\n\n(\S[\s\S]*)$/;

describe('generateCorpus', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const a = generateCorpus(25, 7);
    const b = generateCorpus(25, 7);
    expect(digest(a)).toBe(digest(b));
    expect(digest(generateCorpus(25, 8))).not.toBe(digest(a));
  });

  it('writes N non-empty files with a parsable header, same bytes on disk', () => {
    const files = generateCorpus(40, 3);
    writeCorpus(files, tmp);
    const names = readdirSync(tmp).sort();
    expect(names).toHaveLength(40);
    expect(new Set(files.map((f) => f.name)).size).toBe(40);
    for (const file of files) {
      const onDisk = readFileSync(join(tmp, file.name), 'utf8');
      expect(onDisk).toBe(file.text);
      const match = HEADER.exec(onDisk);
      expect(match, file.name).not.toBeNull();
      const [, title, date, , body] = match ?? [];
      expect(title?.length).toBeGreaterThan(10);
      expect(Number.isNaN(Date.parse(date ?? ''))).toBe(false);
      // Several paragraphs of real text, then the end mark.
      expect(body?.split(/\n\n/).length).toBeGreaterThanOrEqual(5);
      expect(body?.split(/\s+/).length).toBeGreaterThan(100);
    }
  });

  it('varies the actors between documents', () => {
    const titles = new Set(generateCorpus(30, 11).map((f) => HEADER.exec(f.text)?.[1]));
    expect(titles.size).toBeGreaterThan(10);
  });

  it('never mangles "Democratic People\'s Republic of Korea" by swapping the ROK inside it', () => {
    const text = generateCorpus(60, 5)
      .map((f) => f.text)
      .join('\n');
    const dprk = text.match(/Democratic People['’]s (?:Republic of )?\S+/g) ?? [];
    expect(dprk.length).toBeGreaterThan(0);
    for (const name of dprk) expect(name).toMatch(/^Democratic People['’]s Republic of Korea/);
  });

  it('makes an empty corpus for n = 0 and rejects a negative n', () => {
    expect(generateCorpus(0, 1)).toEqual([]);
    expect(() => generateCorpus(-1, 1)).toThrow(RangeError);
  });
});

describe('bodyParagraphs', () => {
  it('drops the header, the markers and the end mark, and rejoins a page-broken sentence', () => {
    const text =
      'Title: T\nDate: 2021-01-01\nSource: https://x\n\nFirst paragraph here. The\n\nSecond part here.\n\n###\n';
    expect(bodyParagraphs(text)).toEqual(['First paragraph here. The Second part here.']);
    const release =
      '\n\nSeptember 22, 2025\n\nTitle line\n\nBegin Text\n\nBody one two.\n\nEnd Text\n';
    expect(bodyParagraphs(release)).toEqual(['Body one two.']);
  });
});

describe('createRng', () => {
  it('returns the same sequence for the same seed, in [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});
