/**
 * Why gold commitments are missed in sentences where the extraction keeps no commitment at all:
 * each is counted by the reasons of the stance triggers skipped in its sentence (contract
 * `skipped`), and the "no-subject" ones further by what their gold actors are and whether the
 * extraction recognised them — declared at all, and mentioned in that sentence. A subject class
 * can only be resolved by a subject rule where its actor is recognised there; one that is not
 * needs the name finder first. Rules-only extraction, leave-one-out lexicon, as `npm run eval`.
 *
 *   npx tsx bench/subjectlessMisses.ts [--list]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Extraction } from '../contract/extraction';
import type { GoldDocument } from '../ingest/eval/goldSchema';
import { normName, normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';

const GOLD = resolve(import.meta.dirname, '../data/gold');

/** How far the extraction got with one gold actor of a missed commitment. */
type Recognition = 'mentioned' | 'declared' | 'unknown';

/** The extracted entity ids the gold entity's name or aliases name (normalised names). */
function extractedIds(gold: GoldDocument, name: string, extraction: Extraction): Set<string> {
  const entity = gold.entities.find((e) => e.name === name);
  const names = new Set([name, ...(entity?.aliases ?? [])].map(normName));
  return new Set(
    extraction.entities
      .filter((e) => names.has(normName(e.name)) || e.aliases.some((a) => names.has(normName(a))))
      .map((e) => e.id),
  );
}

function recognition(ids: Set<string>, sentenceId: string | undefined, x: Extraction) {
  if (ids.size === 0) return 'unknown';
  const there = x.mentions.some((m) => m.sentenceId === sentenceId && ids.has(m.entityId));
  return there ? 'mentioned' : 'declared';
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
const byReasons = new Map<string, number>();
const byActors = new Map<string, number>();
let missed = 0;
for (const { base, gold, rules } of await goldInputs(GOLD, GOLD_CORPUS)) {
  const x = rules.extraction;
  const kept = new Set(x.commitments.map((c) => normSentence(c.text)));
  const sentenceOf = new Map(x.sentences.map((s) => [normSentence(s.text), s.id]));
  const types = new Map(gold.entities.map((e) => [e.name, e.type]));
  for (const commitment of gold.commitments) {
    const key = normSentence(commitment.sentence);
    if (kept.has(key)) continue;
    missed += 1;
    const sentenceId = sentenceOf.get(key);
    const reasons = [
      ...new Set((x.skipped ?? []).filter((s) => s.sentenceId === sentenceId).map((s) => s.reason)),
    ].sort();
    bump(byReasons, reasons.join('+') || '(no trigger)');
    if (!reasons.includes('no-subject')) continue;
    // Country/Official actors are mostly the parties; the others are who the brief asks about.
    const kinds = [...new Set(commitment.actors.map((a) => types.get(a) ?? '?'))].sort();
    const seen: Recognition[] = commitment.actors.map((a) =>
      recognition(extractedIds(gold, a, x), sentenceId, x),
    );
    const worst = seen.includes('unknown')
      ? 'unknown'
      : seen.includes('declared')
        ? 'declared'
        : 'mentioned';
    bump(byActors, `${kinds.join('+')} / ${worst}`);
    if (values.list) {
      console.log(`${base}\t${commitment.trigger}\t${commitment.actors.join('; ')}\t${worst}`);
    }
  }
}
const table = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
console.log(`gold commitments missed in sentences with no extracted commitment: ${missed}`);
console.log('by the reasons of the triggers skipped there:');
console.log(table(byReasons).join('\n'));
console.log('"no-subject": gold actor types / least recognised actor (mentioned in the sentence,');
console.log('declared elsewhere only, unknown to the extraction):');
console.log(table(byActors).join('\n'));
