/**
 * `npm run --silent extract -- FILE...`: one Extraction JSON (all files merged) on stdout. Touches
 * no database. Bad input: a one-line reason naming the file on stderr, exit 1.
 */
import { Command } from 'commander';
import { messageOf } from '../../contract/errors';
import type { Extraction } from '../../contract/extraction';
import { InputError } from '../errors';
import { extract, mergeExtractions } from '../extract';
import { readDocument } from '../read';

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Extract actors, topics and commitments from statements; print JSON on stdout.')
    .argument('<files...>', 'statements (.txt, .md, .html, .pdf)')
    .option('--compact', 'print JSON on one line')
    .showHelpAfterError();
  program.parse(argv);
  const files = program.args;
  const { compact } = program.opts<{ compact?: boolean }>();
  const extractions: Extraction[] = [];
  for (const file of files) {
    try {
      extractions.push(extract(await readDocument(file)));
    } catch (error) {
      if (error instanceof InputError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      const reason = messageOf(error);
      process.stderr.write(`extract: failed on ${file}: ${reason}\n`);
      return 1;
    }
  }
  const merged = mergeExtractions(extractions);
  process.stdout.write(`${JSON.stringify(merged, null, compact ? undefined : 2)}\n`);
  return 0;
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
