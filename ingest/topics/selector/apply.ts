/**
 * The learnt topic selector as the last step of extraction: a pure function of the rules'
 * extraction, the words the topic pass tagged, the lexicon and the model. It scores the candidate
 * phrases of every commitment's words where no name or rule topic stands (rows.ts) and adds the
 * most probable non-overlapping ones above the model's threshold to the commitment's `about`,
 * with a Topic entity and a mention each. The rules decide wherever they spoke.
 *
 * A post-pass, so that `npm run eval` extracts each gold statement once and applies to it the
 * model of the fold that never saw it (ingest/eval/runGold.ts).
 */
import type { Commitment, Entity, Extraction, Mention } from '../../../contract/extraction';
import { entityIdFor } from '../../entities/candidateAt';
import type { TaggedTerm } from '../../entities/tagger';
import type { Lexicon } from '../../lexicon';
import { conceptFor, foldLabel } from '../thesaurus';
import { mayPass } from './bound';
import { calibrate, rawBound } from './calibration';
import { goldKeeps, rowGoldFeatures } from './goldFeatures';
import { decode, probability, type Scored, type Selector } from './model';
import { NAME_THRESHOLD } from './nameComplements';
import { type CandidateRow, candidateRows } from './rows';
import { BARRED, rowCut } from './wholePhrase';

/**
 * The name a topic gets: lowercase unless proper, as the rules name topics. An owner's possessive
 * ("Ukraine’s long-term security", candidates.ts) is a name, and so is a nationality adjective
 * ("Iranian aggression"): an `owner` row keeps its capital.
 */
function topicName(text: string, owned: boolean): string {
  if (owned) return text;
  return text.replace(/^\p{Lu}(?=\p{Ll})(?![\p{L} ]*[’']s\s)/u, (c) => c.toLowerCase());
}

/**
 * One word is a topic where the thesaurus knows it or as a comma-list item (the rules'
 * conventions, data/rules/README.md), or where this many gold files name it a topic (as
 * goldTopics.ts learns concepts). K-fold on the gold (topic F1 / N+O topic F1): every word
 * 81.4 / 59.0, this 81.2 / 58.2, the rules' conventions alone 81.1 / 57.9.
 */
export const WORD_GOLD_FILES = 2;

/**
 * A short statement (a readout, a one-party statement: at most this many commitments) names few
 * topics, and the gold names nearly every noun phrase its commitments are about; a long joint
 * statement offers many more candidates than topics. So the threshold is lower there. Session 32,
 * K-fold on the gold (topic F1 all / the 221 newest, about P all): one threshold 73.30 / 66.58,
 * 82.04; −0.1 up to 10 commitments 73.45 / 66.78, 82.01; −0.2 up to 10 73.42 / 66.88 but about P
 * 81.84; −0.1 up to 20 73.46 / 66.80, 81.98.
 */
export const SHORT_DOCUMENT = 10;
export const SHORT_LOWER = 0.1;

/**
 * A phrase with a preposition or a dash inside: where the candidates go wrong (cut or run on:
 * "access to quality" of "access to quality and affordable health care", "operations of all
 * sizes", "tribal Nations—part"), so such a phrase keeps the model's threshold everywhere.
 */
const PREPOSITIONS = [
  'of',
  'for',
  'with',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'into',
  'over',
  'among',
  'between',
] as const;
const COMPOSITE = new RegExp(`\\s(?:${PREPOSITIONS.join('|')})\\s|[—–]`, 'i');

/** The `next:` features of a preposition that opens a complement. */
const COMPLEMENTS = new Set(PREPOSITIONS.map((word) => `next:${word}`));

/**
 * Whether a candidate (its text and features) is plain: no preposition or dash inside, and not cut
 * before a complement ("consultations" of "consultations on extended deterrence": the
 * complement may be the topic).
 */
export function isPlain(text: string, features: readonly string[]): boolean {
  return !COMPOSITE.test(text) && !features.some((f) => COMPLEMENTS.has(f));
}

/** The threshold for a candidate in a document of `commitments` commitments. */
export function thresholdFor(threshold: number, commitments: number, plain: boolean): number {
  return commitments <= SHORT_DOCUMENT && plain ? threshold - SHORT_LOWER : threshold;
}

/**
 * The Topic entity a chosen row adds: its thesaurus concept (by the concept's name) where the
 * thesaurus knows the phrase, else the phrase, with the row's words as an alias. The selector's
 * training labels (ingest/eval/selectorTraining.ts) score this entity, not the bare words, so a
 * candidate is learnt as the scorer will judge it.
 */
export function rowTopic(row: CandidateRow, lexicon: Lexicon): Entity {
  const name = topicName(row.text, row.features.includes('owner'));
  const id = conceptFor(lexicon, name) ?? entityIdFor('Topic', name);
  const known = lexicon.entities.get(id);
  return {
    id,
    type: 'Topic',
    name: known?.name ?? name,
    aliases: [row.text],
    ...(known?.attributes ? { attributes: { ...known.attributes } } : {}),
  };
}

/**
 * The ensemble's additions (`added`, each with its own probability) after the first model's
 * choices (`kept`): they fill only words no choice of the same commitment holds, so the ensemble
 * never trades a choice of the first model for another reading of its words.
 */
export function addedTo<T extends Scored>(kept: readonly T[], added: readonly T[]): T[] {
  if (added.length === 0) return [...kept];
  // decode's ranking puts every kept choice (raised above any probability) before any addition.
  const first = kept.map((c) => ({ ...c, p: c.p + 1 }));
  const byRow = new Map(first.map((c, i) => [c, kept[i]!]));
  return decode([...first, ...added], 0).map((c) => byRow.get(c) ?? c);
}

export function selectTopics(
  extraction: Extraction,
  terms: ReadonlyMap<number, readonly TaggedTerm[]>,
  lexicon: Lexicon,
  model: Selector,
): Extraction {
  const loneWord = (text: string) =>
    model.stats.named(foldLabel(text.toLowerCase())) >= WORD_GOLD_FILES;
  const n = extraction.commitments.length;
  const threshold = thresholdFor(model.threshold, n, true);
  const calibration = model.calibration;
  // The bound reads raw scores: a calibrated row passes from the raw score its kind needs.
  // (Never above the threshold: a row the raw score passes is the first model's choice.)
  const bound = calibration ? Math.min(threshold, rawBound(calibration, threshold)) : threshold;
  const ensemble = model.ensemble;
  const lowest = ensemble ? thresholdFor(ensemble.threshold, n, true) : 1;
  const rows = candidateRows(
    extraction,
    terms,
    lexicon,
    loneWord,
    (first, context) =>
      mayPass(model.weights, bound, first, context) ||
      (ensemble !== undefined && mayPass(ensemble.weights, lowest, first, context)),
    (text) => goldKeeps(model.stats, foldLabel(text.toLowerCase())),
  );
  if (rows.length === 0) return extraction;
  const scored = [];
  const added = [];
  for (const row of rows) {
    row.features.push(...rowGoldFeatures(row, model.stats));
    const p = probability(model.weights, row.features);
    const plain = isPlain(row.text, row.features);
    const e = ensemble ? probability(ensemble.weights, row.features) : 1;
    const candidate = { row, commitment: row.commitment, start: row.start, end: row.end, p };
    const floor = row.nameHead === undefined ? 0 : NAME_THRESHOLD;
    const first = Math.max(floor, thresholdFor(model.threshold, n, plain));
    if (p >= first) {
      if (e >= (ensemble?.veto ?? 0)) scored.push(candidate);
      continue;
    }
    // Additions on words the first model's choices leave free: the ensemble's, and the first
    // model's own where its calibrated probability passes (never a demotion: calibrated, long
    // runs lost the modifiers the one-order model keeps, "chronic disease epidemic").
    let q = 0;
    if (ensemble) {
      const bar = Math.max(floor, row.text.includes(' ') ? ensemble.threshold : ensemble.lone);
      if (bar < 1 && e >= thresholdFor(bar, n, plain)) q = e;
    }
    if (calibration && row.nameHead === undefined) {
      const c = calibrate(calibration, p, row.text);
      if (c >= first) q = Math.max(q, c);
    }
    if (q === 0) continue;
    // Only a whole noun phrase: the one-order model left the pieces of compounds out.
    const cut = rowCut(extraction.sentences, terms, row);
    if (cut === undefined || !(ensemble?.barred ?? BARRED).has(cut))
      added.push({ ...candidate, p: q });
  }
  const chosen = addedTo(decode(scored, threshold), added).map((c) => c.row);
  if (chosen.length === 0) return extraction;
  const entities: Entity[] = [...extraction.entities];
  const ids = new Set(entities.map((e) => e.id));
  const commitments: Commitment[] = [...extraction.commitments];
  const mentions: Mention[] = [...extraction.mentions];
  const sentences = new Map(extraction.sentences.map((s) => [s.id, s]));
  for (const row of chosen.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const topic = rowTopic(row, lexicon);
    const id = topic.id;
    if (!ids.has(id)) {
      ids.add(id);
      entities.push(topic);
    }
    const commitment = commitments[row.commitment]!;
    if (!commitment.about.includes(id))
      commitments[row.commitment] = { ...commitment, about: [...commitment.about, id] };
    // The mention holds the words its span selects: a distributed row's name ("economic
    // priorities") is not written whole, its span is its modifier (distributed.ts).
    const sentence = sentences.get(commitment.sentenceId);
    const text = sentence
      ? sentence.text.slice(row.start - sentence.start, row.end - sentence.start)
      : row.text;
    mentions.push({
      entityId: id,
      sentenceId: commitment.sentenceId,
      start: row.start,
      end: row.end,
      text,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...extraction, entities, commitments, mentions };
}
