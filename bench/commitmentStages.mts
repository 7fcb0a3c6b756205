/**
 * Where each missed gold commitment is lost (the scorer's own K-fold matching, as `npm run eval`):
 * one JSON line per miss with its stage —
 *   no-sentence     the gold sentence is not one extracted sentence (segmentation)
 *   no-trigger      no stance trigger fired in the sentence, kept or skipped
 *   no-subject      a trigger of the gold stance was skipped for want of a subject
 *   filtered:R      a trigger of the gold stance was skipped by filter R (narrative-past, …)
 *   actors          a commitment of the gold stance was kept there but shares no actor
 *   split           the gold stance was kept there, but fewer times than the gold has it
 *   other-stance    only commitments or skips of other stances fired there
 * — plus the gold trigger, the predicted and skipped triggers of the sentence and the file's
 * genre, for a census by stage and sub-shape. `--spurious` adds one line per predicted commitment
 * the gold lacks (stage 'spurious', with its actors' names): the cost side of a rule that recovers
 * misses.
 *
 *   NODE_OPTIONS=--max-old-space-size=8000 npx tsx bench/commitmentStages.mts > misses.jsonl
 */
import { genreOf } from '../ingest/eval/genre';
import { normSentence } from '../ingest/eval/normalize';
import { matchedGold } from './matchedGold';

const withSpurious = process.argv.includes('--spurious');
for (const { base, gold, extraction: x, matching } of await matchedGold('kfold')) {
  const genre = genreOf(gold.document.title);
  if (withSpurious) {
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    for (const c of matching.spurious)
      console.log(
        JSON.stringify({
          file: base,
          genre,
          stage: 'spurious',
          stance: c.stance,
          trigger: c.trigger,
          actors: c.actors.map((a) => names.get(a) ?? a),
          sentence: c.text,
        }),
      );
  }
  const sentenceOf = new Map(x.sentences.map((s) => [normSentence(s.text), s.id]));
  const paired = new Set(matching.pairs.map((p) => p.predicted));
  for (const miss of matching.missed) {
    const id = sentenceOf.get(normSentence(miss.sentence));
    const kept = x.commitments.filter((c) => c.sentenceId === id);
    const skips = (x.skipped ?? []).filter((s) => s.sentenceId === id);
    const sameKept = kept.filter((c) => c.stance === miss.stance);
    const sameSkip = skips.filter((s) => s.stance === miss.stance);
    const stage =
      id === undefined
        ? 'no-sentence'
        : sameKept.some((c) => !paired.has(c))
          ? 'actors'
          : sameKept.length > 0
            ? 'split'
            : sameSkip.some((s) => s.reason === 'no-subject')
              ? 'no-subject'
              : sameSkip.length > 0
                ? `filtered:${sameSkip[0]?.reason}`
                : kept.length + skips.length > 0
                  ? 'other-stance'
                  : 'no-trigger';
    console.log(
      JSON.stringify({
        file: base,
        genre,
        stage,
        stance: miss.stance,
        trigger: miss.trigger,
        actors: miss.actors,
        sentence: miss.sentence,
        kept: kept.map((c) => `${c.stance}:${c.trigger}`),
        skipped: skips.map((s) => `${s.reason}:${s.stance}:${s.trigger}`),
      }),
    );
  }
}
