/**
 * The table the name tests share: a sentence, the names (with types) it must yield, and names it
 * must not. One home for the row shape and its check, so a new table of names is rows only.
 */
import { expect, it } from 'vitest';
import { extractText } from './extractText';

export type NameRow = [
  sentence: string,
  expected: [name: string, type: string][],
  absent?: string[],
];

/** The non-topic entities the extractor finds in `body`, read as a statement titled `title`. */
export function namedEntities(title: string, body: string) {
  return extractText(title, body, 'narrative').entities.filter((e) => e.type !== 'Topic');
}

/** One test per row, run under the caller's `describe`. */
export function itFindsNames(title: string, rows: NameRow[]): void {
  it.each(rows)('%s', (sentence, expected, absent = []) => {
    const found = namedEntities(title, sentence);
    for (const [name, type] of expected) {
      expect(
        found.find((e) => e.name === name),
        `${name} (${type})`,
      ).toMatchObject({ type });
    }
    for (const name of absent) expect(found.map((e) => e.name)).not.toContain(name);
  });
}
