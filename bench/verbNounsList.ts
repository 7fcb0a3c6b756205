/**
 * Where the topic pass retags a verb-tagged word as a noun (topics/verbNouns.ts), in the
 * commitment sentences of the given statements: each with its context, counts by shape at the end.
 *
 *   npx tsx bench/verbNounsList.ts <file or folder>... [--list]
 */
import { tagTexts } from '../ingest/entities/tagger';
import { isVerbTaggedNoun } from '../ingest/topics/verbNouns';
import { rulesExtractions, shapeRun } from './shapeCount';

const run = shapeRun(process.argv.slice(2));
const { list } = run;
for await (const { file, rules } of rulesExtractions(run.files)) {
  const sentences = rules.extraction.sentences.filter((s) => rules.terms.has(s.index));
  const tagged = tagTexts(sentences.map((s) => s.text));
  for (const [i, terms] of tagged.entries()) {
    for (let k = 1; k < terms.length; k++) {
      if (!isVerbTaggedNoun(terms, k)) continue;
      const t = terms[k]!;
      const prev = terms[k - 1]!;
      const form = /s$/.test(t.text) ? '-s' : 'base';
      const p = prev.tags.has('Plural')
        ? 'Plural'
        : prev.tags.has('Adjective') && !prev.tags.has('Noun')
          ? 'Adj'
          : 'Noun';
      const shape = `${p} + ${form}`;
      run.count(shape);
      if (list) {
        const text = sentences[i]!.text;
        const lo = Math.max(0, prev.start - 50);
        console.log(
          `${file.split('/').pop()!.slice(0, 50)}\t${shape}\t[${prev.text} ${t.text}]\t…${text.slice(lo, t.end + 30).replace(/\s+/g, ' ')}…`,
        );
      }
    }
  }
}
run.print();
