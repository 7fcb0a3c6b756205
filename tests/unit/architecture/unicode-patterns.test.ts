/**
 * The extractor's patterns read letters of any Latin script (ingest/letters.ts). `\b`, `\w` and
 * `[A-Z]` are ASCII-only: "the Treaty of San José" came out as "Treaty of San Jos", "Võ Văn
 * Thưởng" as "Võ Văn Th". Read from the source: a pattern of ingest/ writes a word's edge as
 * `(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])` / `(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`, its characters as `[\wÀ-ÖØ-öø-ɏḀ-ỿ]`, its
 * letters as `A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ`, capitals and lowercase letters as `\p{Lu}` and `\p{Ll}`. A
 * RegExp built from a string carries the `u` flag (without it `\p{Lu}` reads as "p{Lu}"), or is
 * case-insensitive and goes through `caseless()`. A test that fails names the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import stancesJson from '../../../data/rules/stances.json';

const ROOT = resolve(import.meta.dirname, '../../..');
/**
 * Left as they are: the scorer and the command line read no statement's names, the ids are ASCII
 * slugs, and the fast paths mirror compromise's own tagging word for word (their tests compare).
 */
const OUTSIDE =
  /^ingest\/(?:eval|cli|parallel|load)\/|^ingest\/ids\.ts$|^ingest\/entities\/(?:fast\w+|tagger|leanPostTagger|wordReadings|preTaggerPasses|compromiseSource)\.ts$/;
/** A deliberate ASCII test ("is this word plain ASCII?") says so on its line or the line above. */
const ON_PURPOSE = 'ASCII on purpose';
const LATIN = 'À-ÖØ-öø-ɏḀ-ỿ';

function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'ingest'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !OUTSIDE.test(file))
    .sort();
}

/** The ASCII-only word classes in a pattern's text (`backslash`: how a backslash is written). */
function asciiClasses(text: string, backslash: string): string[] {
  const found: string[] = [];
  const b = backslash.replace(/\\/g, '\\\\');
  for (const match of text.matchAll(new RegExp(`${b}([bBW])`, 'g'))) found.push(match[0]);
  for (const match of text.matchAll(new RegExp(`${b}w(?!${LATIN})`, 'g'))) found.push(match[0]);
  for (const match of text.matchAll(/A-Z(?!a-z)|A-Za-z(?!À)|(?<!A-Z)a-z(?!À)/g))
    found.push(match[0]);
  return found;
}

/** Whether a template's text is `String.raw` (one backslash per regex escape). */
function inStringRaw(node: ts.Node): boolean {
  let up = node.parent;
  while (up && (ts.isTemplateSpan(up) || ts.isTemplateExpression(up))) up = up.parent;
  return up !== undefined && ts.isTaggedTemplateExpression(up) && up.tag.getText() === 'String.raw';
}

interface Finding {
  where: string;
  what: string;
}

function scan(file: string): { ascii: Finding[]; flags: Finding[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const ascii: Finding[] = [];
  const flags: Finding[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line;
  const report = (node: ts.Node, found: string[]) => {
    const line = lineOf(node);
    if (found.length === 0 || `${lines[line - 1]}${lines[line]}`.includes(ON_PURPOSE)) return;
    ascii.push({ where: `${file}:${line + 1}`, what: found.join(' ') });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.getText();
      const cut = literal.lastIndexOf('/');
      report(node, asciiClasses(literal.slice(1, cut), '\\'));
      if (literal.slice(cut + 1).includes('i') && literal.includes('\\p{'))
        flags.push({
          where: `${file}:${lineOf(node) + 1}`,
          what: 'i with \\p{…}: write Latin ranges',
        });
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const raw = node.getText();
      const isRaw = inStringRaw(node);
      report(node, asciiClasses(raw, isRaw ? '\\' : '\\\\'));
    }
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, given] = node.arguments ?? [];
      const caseless =
        pattern !== undefined &&
        ts.isCallExpression(pattern) &&
        pattern.expression.getText() === 'caseless';
      const unicode = given !== undefined && ts.isStringLiteral(given) && /[uv]/.test(given.text);
      if (!caseless && !unicode)
        flags.push({
          where: `${file}:${lineOf(node) + 1}`,
          what: 'neither the u flag nor caseless()',
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { ascii, flags };
}

const FILES = sourceFiles();
const FOUND = FILES.map(scan);

describe('patterns read letters of any Latin script', () => {
  it('reads the source (the check is not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(200);
    expect(asciiClasses(String.raw`\b[A-Z][\w-]*`, '\\')).toEqual(['\\b', '\\w', 'A-Z']);
    expect(asciiClasses(String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]`, '\\')).toEqual(
      [],
    );
  });

  it('no pattern writes \\b, \\w or [A-Z] (ASCII only)', () => {
    expect(FOUND.flatMap((found) => found.ascii)).toEqual([]);
  });

  it('no stance frame of data/rules/stances.json writes \\b, \\w or [A-Z]', () => {
    const frames = (stancesJson as { frames: { frame: string }[] }).frames;
    expect(frames.length).toBeGreaterThan(100);
    expect(frames.filter(({ frame }) => asciiClasses(frame, '\\').length > 0)).toEqual([]);
  });

  it('a RegExp built from a string has the u flag or goes through caseless()', () => {
    expect(FOUND.flatMap((found) => found.flags)).toEqual([]);
  });
});
