/**
 * The harness of the benches that count word shapes over statements (chunkCuts, verbNounsList):
 * the command line ("<file or folder>... [--list]"), each readable statement's rules extraction
 * (an unreadable one is skipped, as the counts are over what extracts), and the shape tally.
 */
import { extractByRules, type RulesExtraction } from '../ingest/extract';
import { listDocumentFiles } from '../ingest/listFiles';
import { readDocument } from '../ingest/read';

export interface ShapeRun {
  /** Whether each match is printed (`--list`), not only the counts. */
  list: boolean;
  files: string[];
  /** Counts one match of a shape. */
  count(shape: string): void;
  /** The counts by shape, most first, and the total. */
  print(): void;
}

export function shapeRun(argv: readonly string[]): ShapeRun {
  const list = argv.includes('--list');
  const files = listDocumentFiles(argv.filter((a) => a !== '--list'));
  const shapes = new Map<string, number>();
  let total = 0;
  return {
    list,
    files,
    count(shape) {
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      total++;
    },
    print() {
      for (const [shape, n] of [...shapes].sort((a, b) => b[1] - a[1]))
        console.log(`${n}\t${shape}`);
      console.log(`${total}\ttotal in ${files.length} files`);
    },
  };
}

/** Each statement's rules extraction, in file order. */
export async function* rulesExtractions(
  files: readonly string[],
): AsyncGenerator<{ file: string; rules: RulesExtraction }> {
  for (const file of files) {
    try {
      yield { file, rules: extractByRules(await readDocument(file)) };
    } catch {
      // Unreadable or empty: not part of the count.
    }
  }
}
