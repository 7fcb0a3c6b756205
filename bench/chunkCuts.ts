/**
 * Noun chunks cut by a tagging error: a word the tagger read as a verb (not also a noun) right
 * after a chunk's noun or adjective, closing the clause or followed by a preposition, "and"/"or"
 * or a comma ("commercial deals with", "drug use and"), and covered by no noun chunk. Prints each
 * with its shape; counts by shape at the end.
 *
 *   npx tsx bench/chunkCuts.ts <file or folder>... [--list]
 */
import { chunks } from '../ingest/topics/chunks';
import { endsClause, isCore, PREPOSITIONS } from '../ingest/topics/chunkTerms';
import { rulesExtractions, shapeRun } from './shapeCount';

const run = shapeRun(process.argv.slice(2));
const { list } = run;
for await (const { file, rules } of rulesExtractions(run.files)) {
  for (const [index, terms] of rules.terms) {
    const sentence = rules.extraction.sentences.find((s) => s.index === index)!;
    const covered = chunks(terms, 0, sentence.text.length);
    for (let k = 1; k < terms.length; k++) {
      const t = terms[k]!;
      const prev = terms[k - 1]!;
      if (!t.tags.has('Verb') || t.tags.has('Noun') || !/^[a-z]+$/.test(t.text)) continue;
      if (!isCore(prev) || endsClause(prev) || prev.post !== ' ') continue;
      const next = terms[k + 1];
      const nw = next?.text.toLowerCase() ?? '';
      const closes = endsClause(t) || !next;
      const after = closes
        ? 'end/,'
        : PREPOSITIONS.has(nw) || nw === 'to'
          ? `prep`
          : nw === 'and' || nw === 'or'
            ? 'and/or'
            : null;
      if (after === null) continue;
      if (covered.some((c) => c.start <= t.start && c.end >= t.end)) continue;
      const form = /s$/.test(t.text)
        ? '-s'
        : /ed$/.test(t.text)
          ? '-ed'
          : /ing$/.test(t.text)
            ? '-ing'
            : 'base';
      const p =
        prev.tags.has('ProperNoun') || /^\p{Lu}/u.test(prev.text)
          ? 'Name'
          : prev.tags.has('Adjective') && !prev.tags.has('Noun')
            ? 'Adj'
            : prev.tags.has('Plural')
              ? 'Plural'
              : 'Noun';
      const before = terms[k - 2];
      const shape = `${p} + ${form} + ${after}`;
      run.count(shape);
      if (list) {
        const lo = Math.max(0, prev.start - 40);
        console.log(
          `${file.split('/').pop()!.slice(0, 40)}\t${shape}\t${before?.text ?? ''} [${prev.text} ${t.text}] ${nw}\t…${sentence.text.slice(lo, t.end + 30).replace(/\s+/g, ' ')}…`,
        );
      }
    }
  }
}
run.print();
