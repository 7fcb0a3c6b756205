/**
 * A region named by its adjective ("North American steel markets", "European partners"): the
 * region is only the modifier of what the clause is about, so it is declared but is in no
 * `about` (gold README, the FOIP rule: "North American" is only ever a modifier; "European
 * partners / engagement" do not put Europe in `about`). A country's demonym is not covered:
 * "Russian energy" does put Russia in `about` (session 10).
 */
import { lexicon as loadLexicon } from '../lexicon';
import type { EntityHit } from '../types';

/** Whether `surface` is the "-an" adjective of the region `name` ("Africa" → "African"). */
function adjectiveOf(name: string, surface: string): boolean {
  if (surface === name) return false;
  return surface === `${name}n` || surface === `${name.replace(/e$/, '')}an`;
}

/** Whether the hit names a region by its adjective only. */
export function regionModifier(hit: EntityHit): boolean {
  if (hit.type !== 'Region') return false;
  const name = loadLexicon().entities.get(hit.entityId)?.name;
  return name !== undefined && adjectiveOf(name, hit.text);
}
