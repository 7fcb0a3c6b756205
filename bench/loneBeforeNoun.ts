/**
 * How the gold labels lone-word selector candidates by what stands right after or around the word:
 * a noun (split by vacuousHeads / domainVacuousHeads / other), or the tail of a Title Case name
 * ("Secretary of Labor"). Counts training rows (every candidate, labels as selectorTraining.ts)
 * and the files holding a positive, so a cut can be judged by the gold, not one sentence.
 *
 *   npx tsx bench/loneBeforeNoun.ts
 */
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';
import { trainingFile } from '../ingest/eval/selectorTraining';
import { lexicon as loadLexicon } from '../ingest/lexicon';
import { TOPIC_QUALITY } from '../ingest/rules/topicQuality';
import { Words } from '../ingest/topics/selector/words';
import { conceptFor } from '../ingest/topics/thesaurus';

const lexicon = loadLexicon();

interface Tally {
  rows: number;
  positive: number;
  files: Set<string>;
  examples: string[];
}
const tallies = new Map<string, Tally>();
function count(cls: string, base: string, label: number, example: string) {
  const t = tallies.get(cls) ?? { rows: 0, positive: 0, files: new Set(), examples: [] };
  t.rows++;
  t.positive += label;
  if (label) t.files.add(base);
  if (t.examples.length < 12 && (label || t.examples.length < 6))
    t.examples.push(`${label ? '+' : '-'}${example}`);
  tallies.set(cls, t);
}

const inputs = await goldInputs('data/gold', GOLD_CORPUS);
for (const input of inputs) {
  const file = trainingFile(input);
  const extraction = input.rules.extraction;
  input.rows.forEach((row, i) => {
    if (row.text.includes(' ') || row.features.includes('owner')) return;
    const commitment = extraction.commitments[row.commitment]!;
    const sentence = extraction.sentences.find((s) => s.id === commitment.sentenceId)!;
    const terms = input.rules.terms.get(sentence.index);
    if (!terms) return;
    const k = terms.findIndex((t) => t.start === row.start - sentence.start);
    if (k < 0) return;
    const words = new Words(sentence.text, terms, []);
    const label = file.labels[i]!;
    const next = words.lower(k + 1);
    const ctx = `${row.text} ${terms[k + 1]?.text ?? ''}`;
    if (words.modifiesNext(k)) {
      const cls = TOPIC_QUALITY.domainVacuousHeads.has(next)
        ? 'next:domainVacuousHead'
        : TOPIC_QUALITY.vacuousHeads.has(next)
          ? 'next:vacuousHead'
          : 'next:noun';
      count(cls, input.base, label, ctx);
      // The compound's own row (the word and the noun after it): which of the two the gold names.
      const pair = input.rows.findIndex(
        (r) =>
          r.start === row.start &&
          r.end === sentence.start + terms[k + 1]!.end &&
          r.commitment === row.commitment,
      );
      if (pair >= 0) count(`${cls} lone${label}/pair${file.labels[pair]}`, input.base, 1, ctx);
    } else if (
      k + 1 < terms.length &&
      /^\s+$/.test(sentence.text.slice(terms[k]!.end, terms[k + 1]!.start)) &&
      /^\p{Ll}+$/u.test(terms[k + 1]!.text)
    )
      count(
        conceptFor(lexicon, `${words.lower(k)} ${next}`) ? 'next:knownCompound' : 'next:otherWord',
        input.base,
        label,
        ctx,
      );
    const cap = /^\p{Lu}/u.test(terms[k]!.text) && terms[k]!.start > 0;
    const link = words.lower(k - 1);
    if (
      cap &&
      k >= 2 &&
      ['of', 'for', 'on', 'and'].includes(link) &&
      /^\p{Lu}/u.test(terms[k - 2]!.text)
    )
      count(`titleTail:${link}`, input.base, label, `${terms[k - 2]!.text} ${link} ${row.text}`);
    else if (cap) count('capitalised', input.base, label, `${terms[k - 1]?.text} ${row.text}`);
  });
}
for (const [cls, t] of [...tallies].sort((a, b) => b[1].rows - a[1].rows))
  console.log(
    `${cls.padEnd(40)} rows ${t.rows} positive ${t.positive} files ${t.files.size}  ${t.examples.join(' | ')}`,
  );
