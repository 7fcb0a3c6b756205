/**
 * "the Rafah crossing", "the Kerem Shalom crossing", "the Allenby Bridge crossing": a border
 * crossing named by its place is a place of its own, a `Region` named with its lowercase head
 * (gold conventions: named structures and sites are Regions; gold 2024-05-20, 2024-05-24). Only
 * after "the" and one to three capitalised words; a plural ("the Rafah and Kerem Shalom
 * crossings") or a longer compound ("the Rafah crossing point") names none. The known place inside
 * stays a nested hit only through the usual name rules. Heads are data (names.json crossingHeads).
 *
 * A border named by the two states it divides in one hyphenated word ("the U.S.-Mexico border",
 * "the Israel-Lebanon border") is a `Region` too, named as written; its states stay declared
 * inside (names.json crossingHeads.pairHeads).
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const CROSSING = new RegExp(
  String.raw`(?<=(?:^|\s)[Tt]he\s+)((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(?:${alternation(NAME_RULES.crossingHeads)})(?![\p{L}\p{N}’'-]|\s+(?:point|points|area)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
  'gu',
);
const ANY_HEAD = new RegExp(
  String.raw`\s(?:${alternation(NAME_RULES.crossingHeads)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);

/** Every match of `pattern` in `text` as a Region candidate named by its single-spaced surface. */
function regionsMatching(pattern: RegExp, text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const surface = match[0].replace(/\s+/g, ' ');
    out.push(candidateAt('Region', match[0], match.index + offset, 'phrase', surface));
  }
  return out;
}

export function namedCrossings(text: string, offset: number): Candidate[] {
  return ANY_HEAD.test(text) ? regionsMatching(CROSSING, text, offset) : [];
}

const PAIR_HEADS = alternation(NAME_RULES.pairCrossingHeads);
/** Two or more capitalised parts joined by hyphens, then the head ("U.S.-Mexico border"). */
const PAIR_BORDER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.’'-])\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+\s+(?:${PAIR_HEADS})(?![\p{L}\p{N}’'-])`,
  'gu',
);
const ANY_PAIR_HEAD = new RegExp(String.raw`\s(?:${PAIR_HEADS})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'u');

export function pairBorders(text: string, offset: number): Candidate[] {
  if (!ANY_PAIR_HEAD.test(text)) return [];
  // The states inside the pair stay declared (keepsInner): the border is a place of both.
  return regionsMatching(PAIR_BORDER, text, offset).map((found) => ({
    ...found,
    keepsInner: true,
  }));
}
