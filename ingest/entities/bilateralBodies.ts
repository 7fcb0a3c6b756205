/**
 * "the bilateral High-Level Defense Group", "through their Trade and Investment Council",
 * "committed to launch the high-level Joint Economic Commission": in a statement of two countries,
 * a body the text marks as the two parties' own is their bilateral mechanism, a `Program` (the
 * gold conventions type dialogues, working groups and bilateral forums so) named with the pair,
 * the United States first ("U.S.-Spain High-Level Defense Group"), as the gold names it. The text
 * form stays an alias, so a gold that keeps the bare name still matches. Every other mention of
 * the same name in the document is the same body. Heads, marks and fillers are data (names.json
 * bilateralBodies); a name that already opens with a hyphenated pair is left as it is.
 */
import { caseless } from '../letters';
import type { Lexicon } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { allianceName } from './alliance';
import { entityIdFor } from './candidateAt';
import { opensWithUsPair } from './pairBodies';

const RULES = NAME_RULES.bilateralBodies;
const HEAD = new RegExp(String.raw`\s(?:${alternation(RULES.heads)})$`, 'u');
/** The mark right before the name, maybe one filler between ("their new", "launch the high-level"). */
const MARKED = new RegExp(
  caseless(
    String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.marks)})\s(?:(?:${alternation(RULES.fillers)})\s)?(?:the\s)?$`,
  ),
  'i',
);

function bodyHit(hit: EntityHit): boolean {
  return (
    (hit.type === 'Organization' || hit.type === 'Program') &&
    !hit.nested &&
    HEAD.test(hit.text) &&
    // A name opening with a U.S. pair ("U.S.-India CEO Forum", "India-U.S. …") already names it.
    !opensWithUsPair(hit.text)
  );
}

export function bilateralBodies(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: readonly string[],
): void {
  const countries = signatories.filter((id) => lexicon.entities.get(id)?.type === 'Country');
  if (countries.length !== 2 || countries.length !== signatories.length) return;
  const pair = allianceName(lexicon, countries[0]!, countries[1]!)?.forms.join('-');
  if (!pair) return;
  // First the names the text marks as the pair's own, then every mention of those names.
  const renamed = new Map<string, string>();
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (!bodyHit(hit) || renamed.has(hit.text)) continue;
      const before = sentence.text.slice(0, hit.start - sentence.start);
      if (MARKED.test(before)) renamed.set(hit.text, `${pair} ${hit.text}`);
    }
  }
  if (renamed.size === 0) return;
  for (const hits of hitsBySentence.values()) {
    for (const hit of hits) {
      const name = renamed.get(hit.text);
      if (name === undefined || !bodyHit(hit)) continue;
      hit.type = 'Program';
      hit.name = name;
      hit.entityId = entityIdFor('Program', name);
    }
  }
}
