/**
 * The learnt name finder as a step of extraction, after the rules: a pure function of the rules'
 * extraction and the model (nameFinderModel.ts). It scores the uncovered capitalised spans
 * (learntCandidates.ts) and adds the most probable non-overlapping ones as entities, with a
 * mention per occurrence and in the `about` of the commitments whose words hold them
 * (learntApply.ts). Open-vocabulary names no list reaches ("BAE Systems", "Maritime Big Play") are
 * what it is for: the rules decide wherever they named something, since a span the extraction
 * already covers is no candidate.
 *
 * A post-pass, so that `npm run eval` extracts each gold statement once and applies the model of
 * the fold that never saw it (ingest/eval/runGold.ts), as the topic selector is applied.
 */
import type { EntityType, Extraction } from '../../contract/extraction';
import { probability } from '../topics/selector/model';
import { addNames, type ChosenName, decodeNames } from './learntApply';
import { nameCandidates, nameFeatures } from './learntCandidates';
import { isTyped, type NameFinder, nameKey, shapeOf, statFeatures } from './nameFinderModel';

/**
 * The type model's share of the types' summed probabilities at or above which its type is taken.
 * Below it the name takes the type most gold names of its shape have (TYPE_FALLBACK 'shape') or
 * keeps the model's with its low share, which the threshold then drops ('drop').
 */
const TYPE_CONFIDENT = 0.5;
/**
 * 'known': only texts the gold files declare, with their majority type; the type model types
 * nothing. Session 51: the texts no gold file names are where the finder goes wrong on unseen
 * statements. Out of fold over 782 gold files its model-typed additions were right for 9 of 21
 * (the gold-typed for 37 of 57); on 900 unheld archive statements for about 13 of 36 (a person
 * type for "Head Start", "Virginia Tech", "Tax Credit", a place for the firms "Blue Bird" and
 * "Stifel North Atlantic", pieces such as "Eastern District of Pennsylvania") against about 64 of
 * 83 for the gold-typed ones; on 929 other statements 'known' kept 76 of 92 right (8 unsure).
 */
export type TypeFallback = 'shape' | 'drop' | 'known';
const TYPE_FALLBACK: TypeFallback = 'known';

export interface NameType {
  type: EntityType;
  /** How sure the typing is: 1 for the gold's own type of the text, else the model's share. */
  confidence: number;
}

/**
 * The type of a new name. The other gold files' type for the very text first (out of fold it is
 * right for 150 of the 159 positives it covers, the type model for 144); then the one-vs-rest
 * model of the name's words, which already reads the rules' head nouns (`headType:`) and does
 * better than them or the gold's names with the same head (80 against 75 of 94, 77 against 57 of
 * 108 positives: session 50, out of fold over 768 files).
 */
export function typeOfName(
  finder: NameFinder,
  text: string,
  fallback: TypeFallback = TYPE_FALLBACK,
): NameType {
  const [named] = finder.stats.named(nameKey(text));
  if (isTyped(named)) return { type: named, confidence: 1 };
  if (fallback === 'known') return { type: 'Organization', confidence: 0 };
  const features = nameFeatures(text);
  let best: EntityType = 'Organization';
  let top = -1;
  let sum = 0;
  for (const { type, weights } of finder.types) {
    const p = probability(weights, features);
    sum += p;
    if (p > top) [best, top] = [type, p];
  }
  const share = sum > 0 ? top / sum : 0;
  if (share >= TYPE_CONFIDENT || fallback === 'drop') return { type: best, confidence: share };
  const byShape = finder.shapes.get(shapeOf(features));
  return byShape ? { type: byShape[0], confidence: 1 } : { type: best, confidence: share };
}

/**
 * The spans chosen in a rules' extraction: each scored p(name) × the confidence of its type (the
 * chance that it is a missing name AND typed right), kept from `threshold` up, most probable first,
 * none wholly overlapping a kept one.
 */
export function chooseNames(
  extraction: Extraction,
  finder: NameFinder,
  threshold = finder.threshold,
  fallback: TypeFallback = TYPE_FALLBACK,
): ChosenName[] {
  const scored: ChosenName[] = [];
  // 'known' types only gold-declared texts: the others are not even offered (the trie's walk).
  const declared = fallback === 'known' ? finder.declared : undefined;
  for (const candidate of nameCandidates(extraction, declared)) {
    const features = [
      ...candidate.features,
      ...statFeatures(nameKey(candidate.text), finder.stats),
    ];
    const p = probability(finder.weights, features);
    // The type's confidence is at most 1: a span below the threshold already needs no type.
    if (p < threshold) continue;
    const { type, confidence } = typeOfName(finder, candidate.text, fallback);
    scored.push({
      text: candidate.text,
      type,
      occurrences: candidate.occurrences,
      p: p * confidence,
    });
  }
  return decodeNames(scored, threshold);
}

/**
 * `finished` (the rules' extraction after the other post-passes) with the names chosen in `rules`
 * (the rules' own, which the model's features were read from in training), less any whose text an
 * entity of `finished` already has.
 */
export function addFoundNames(
  rules: Extraction,
  finished: Extraction,
  finder: NameFinder,
  threshold = finder.threshold,
  fallback: TypeFallback = TYPE_FALLBACK,
): Extraction {
  const chosen = chooseNames(rules, finder, threshold, fallback);
  if (chosen.length === 0) return finished;
  const known = new Set(finished.entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const fresh = chosen.filter((name) => !known.has(nameKey(name.text)));
  if (fresh.length === 0) return finished;
  const out = addNames(finished, fresh, { about: true });
  // In document order, as the rules and the topic selector leave them.
  out.mentions.sort((a, b) => a.start - b.start);
  return out;
}
