/**
 * "President Biden looks forward to welcoming President Volodymyr Zelenskyy of Ukraine to the
 * White House on August 30, 2021", under "Statement by … on the Visit of President Volodymyr
 * Zelenskyy of Ukraine": a preview's welcome is the visit its title names, so the title's Event is
 * what the stance is about (data/rules/visit-welcome.json, with the gold it rests on). The Event
 * is the title's own meeting, whose mentions in the text are nested and so never reach `about`.
 */
import { z } from 'zod';
import type { Commitment } from '../../contract/extraction';
import visitJson from '../../data/rules/visit-welcome.json';
import { inflect } from '../rules/inflect';
import { parseRules } from '../rules/load';
import { alternation } from '../rules/titles';

const words = z.array(z.string().regex(/^\p{L}+$/u, 'one word')).min(1);

const RULES = parseRules(
  'rules/visit-welcome.json',
  z.object({ titleOccasions: words, hostVerbs: words }),
  visitJson,
);

/** "Statement by … on the (Official|Bilateral|…) Visit|Meeting …": a statement previewing it. */
const PREVIEW_TITLE = new RegExp(
  `^Statement\\s.*?\\son\\s+(?:the\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+){0,3}(?:${alternation(RULES.titleOccasions)})(?![\\p{L}])`,
  'u',
);

/** A trigger that ends on a host verb in any form ("looks forward to welcoming", "welcomes"). */
const HOST_TRIGGER = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RULES.hostVerbs.flatMap((lemma) => inflect(lemma)))})$`,
  'iu',
);

/**
 * The guest is then brought to a place: "… Prime Minister Starmer to Washington, D.C.", "… to the
 * White House". A semicolon ends the clause; the guest's name and title may hold commas ("Dr.
 * Abdullah Abdullah, Chairman of the High Council for National Reconciliation, to the White House").
 */
const TO_PLACE = /^[^;]{1,200}?(?<![\p{L}])to\s+(?:the\s+)?\p{Lu}/u;

/** Puts the title's visit in `about` of each welcome of its guest to a place. */
export function linkWelcomedVisit(
  commitments: readonly Commitment[],
  title: string,
  visit: { id: string } | undefined,
): void {
  if (!visit || !PREVIEW_TITLE.test(title.replace(/\s+/g, ' ').trim())) return;
  for (const commitment of commitments) {
    if (!HOST_TRIGGER.test(commitment.trigger)) continue;
    const at = commitment.text.indexOf(commitment.trigger);
    if (at < 0 || !TO_PLACE.test(commitment.text.slice(at + commitment.trigger.length))) continue;
    if (!commitment.about.includes(visit.id)) commitment.about.push(visit.id);
  }
}
