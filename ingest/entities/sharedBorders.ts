/**
 * The border two countries share is a place (a `Region`), named "<A>-<B> border" from their short
 * forms, the United States first as for their alliance (gold: "U.S.-Mexico border"). A joint
 * statement of two neighbours names it as their own: "across our shared border", "on both sides
 * of the border". The lowercase forms need exactly two signatories (a statement of many has no
 * one border) and "shared"/"common" or "both sides of" / "across": "border security", "the border
 * with Ukraine" or "cross-border attacks" name no one border.
 * (The full form, "the Lebanon-Israel border", was tried as well: right, but it moved the learnt
 * topic selector's rows enough to churn LIST topics by 0.2; left for a later round.)
 */
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { allianceName } from './alliance';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { overlapsAny, placeHit } from './placeHit';

/**
 * The signatories' own border: a possessive or "shared"/"common" before the noun, or the border
 * whose "both sides" or far side the text means; the noun ends its phrase (no "border security").
 */
const OWN_BORDER =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:our|the) (?:shared|common) (border)|(?:both sides of|across) (?:the|our) (border))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-]| (?:security|crossings?|areas?|region|communities|policies|management|control|officials|agents|wall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/g;

/** Adds a Region hit unless a non-topic name already covers the span. */
function addBorder(
  hitsBySentence: Map<number, EntityHit[]>,
  sentence: SegmentedSentence,
  start: number,
  text: string,
  name: string,
): void {
  const end = start + text.length;
  const hits = hitsBySentence.get(sentence.index) ?? [];
  if (overlapsAny(hits, start, end, (hit) => hit.type !== 'Topic')) return;
  const hit = entityHit(entityIdFor('Region', name), 'Region', start, end, text, name);
  // A topic inside the border's phrase ("border") is the border itself.
  const inside = (old: EntityHit) => old.type === 'Topic' && old.start >= start && old.end <= end;
  placeHit(hitsBySentence, sentence.index, hits, hit, inside);
}

export function sharedBorders(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: string[],
): void {
  const pair =
    signatories.length === 2 ? allianceName(lexicon, signatories[0]!, signatories[1]!) : undefined;
  if (!pair) return;
  const own = `${pair.forms[0]}-${pair.forms[1]} border`;
  // "… a settlement on the Israel-Lebanon border … avoid further escalations across the border"
  // (gold 2024-09-25, France and the United States signing): where the text names another
  // border, "the border" is that one; only "our"/"shared"/"common" still say the signatories'.
  const ownId = entityIdFor('Region', own);
  const otherBorder = [...hitsBySentence.values()].some((hits) =>
    hits.some((h) => h.type === 'Region' && h.entityId.endsWith('-border') && h.entityId !== ownId),
  );
  for (const sentence of sentences) {
    // Only a sentence with the word can match (most have none).
    if (!sentence.text.includes('border')) continue;
    for (const match of sentence.text.matchAll(OWN_BORDER)) {
      if (otherBorder && match[2] && / the border$/.test(match[0])) continue;
      // "shared border" is the name's own phrase; "the border" leaves its article out.
      const word = match[1] ? match[0].slice(match[0].indexOf(' ') + 1) : 'border';
      const start = sentence.start + match.index + match[0].length - word.length;
      addBorder(hitsBySentence, sentence, start, word, own);
    }
  }
}
