/**
 * The gold commitments a fired stance trigger lost for want of a subject: every missed gold
 * commitment (the scorer's own matching) whose sentence has a trigger skipped as 'no-subject'
 * with the gold's stance (`subjectless`), one JSON line per missed gold commitment (file,
 * sentence, gold trigger, actors and how far the extraction recognised each — type/mentioned in
 * the sentence, declared elsewhere, unknown —, the skipped triggers and the commitments kept
 * there), for a census of the subject shapes by hand or by script. `--skips` instead prints every
 * 'no-subject' skip with the gold triggers of its stance in its sentence (missed and all): what a
 * rule that found the subject of a shape would gain against what it would add as spurious (in
 * session 51: 3,186 such skips in the gold, 299 missed gold commitments). Rules-only extraction,
 * leave-one-out lexicon, as `npm run eval`; bench/subjectlessMisses.ts counts the sentences with
 * no commitment kept by skip reason.
 *
 *   NODE_OPTIONS=--max-old-space-size=8000 npx tsx bench/subjectlessCensus.ts [--skips] > out.jsonl
 */
import { resolve } from 'node:path';
import type { Extraction } from '../contract/extraction';
import { matchCommitments } from '../ingest/eval/commitments';
import { GoldEntityIndex } from '../ingest/eval/entityIndex';
import type { GoldDocument } from '../ingest/eval/goldSchema';
import { normSentence } from '../ingest/eval/normalize';
import { GOLD_CORPUS, goldInputs } from '../ingest/eval/runGold';

/** How far the extraction got with a gold actor: mentioned in the sentence, declared, unknown. */
function recognition(
  gold: GoldDocument,
  name: string,
  x: Extraction,
  accepted: ReadonlySet<string>,
  sentenceId: string | undefined,
): string {
  const type = gold.entities.find((e) => e.name === name)?.type ?? '?';
  if (accepted.size === 0) return `${type}/unknown`;
  const there = x.mentions.some((m) => m.sentenceId === sentenceId && accepted.has(m.entityId));
  return `${type}/${there ? 'mentioned' : 'declared'}`;
}

const GOLD = resolve(import.meta.dirname, '../data/gold');

for (const { base, gold, rules } of await goldInputs(GOLD, GOLD_CORPUS)) {
  const x = rules.extraction;
  const entities = new GoldEntityIndex(gold.entities).match(x.entities);
  const { missed } = matchCommitments(gold, x, entities);
  const sentenceOf = new Map(x.sentences.map((s) => [normSentence(s.text), s.id]));
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  // Every 'no-subject' skip and the gold commitments of its stance in its sentence, missed or
  // found: what a rule that found its subject would gain, or add as spurious.
  if (process.argv.includes('--skips')) {
    const text = new Map(x.sentences.map((s) => [s.id, s.text]));
    for (const skip of x.skipped ?? []) {
      if (skip.reason !== 'no-subject') continue;
      const sentence = normSentence(text.get(skip.sentenceId) ?? '');
      const here = (list: readonly { sentence: string; stance: string; trigger: string }[]) =>
        list
          .filter((c) => normSentence(c.sentence) === sentence && c.stance === skip.stance)
          .map((c) => c.trigger);
      console.log(
        JSON.stringify({
          file: base,
          sentence: text.get(skip.sentenceId),
          skipped: skip.trigger,
          stance: skip.stance,
          goldMissed: here(missed),
          goldAll: here(gold.commitments),
        }),
      );
    }
    continue;
  }
  for (const commitment of missed) {
    const sentenceId = sentenceOf.get(normSentence(commitment.sentence));
    const skips = (x.skipped ?? []).filter((s) => s.sentenceId === sentenceId);
    const kept = x.commitments
      .filter((c) => c.sentenceId === sentenceId)
      .map((c) => ({
        trigger: c.trigger,
        stance: c.stance,
        actors: c.actors.map((a) => names.get(a) ?? a),
      }));
    const subjectless = skips.some(
      (s) => s.reason === 'no-subject' && s.stance === commitment.stance,
    );
    console.log(
      JSON.stringify({
        file: base,
        subjectless,
        reasons: skips.map((s) => `${s.reason}:${s.stance}:${s.trigger}`),
        sentence: commitment.sentence,
        trigger: commitment.trigger,
        stance: commitment.stance,
        actors: commitment.actors,
        seen: commitment.actors.map((a) =>
          recognition(gold, a, x, entities.accepted(a), sentenceId),
        ),
        kept,
      }),
    );
  }
}
