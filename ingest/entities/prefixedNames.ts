/**
 * "U.S.-Republic of Korea (ROK) Nuclear Consultative Group" and a later "Nuclear Consultative
 * Group" (or its acronym) are one body: the countries in front say whose it is, not which; so
 * does a body in front ("ASEAN Five-Point Consensus", later "the Five-Point Consensus"). When
 * a document names both, the shorter mentions join the longer name, or both join the lexicon's
 * entity when the lexicon knows the short name (it holds the canonical one).
 */
import type { Lexicon } from '../lexicon';
import type { EntityHit } from '../types';
import { type Owners, ownerPrefixLength } from './ownerPrefix';

/**
 * The countries' first two letters: most names open with none of them, and each would be walked
 * for an owner for nothing. Undefined if a name is shorter than two.
 */
let prefixOpenings: Set<string> | undefined;
let owners: Owners | undefined;

/** Owners whose name before a name says whose it is: states, and bodies ("ASEAN Five-Point …"). */
const OWNERS = new Set(['Country', 'Organization']);

/**
 * The names of countries and bodies that can lead a name (ownerPrefix.ts): the name left must
 * have two words or more, so "United States Coast Guard Academy" is owned by the United States
 * (leaving "Coast Guard Academy"), not by its Coast Guard (leaving "Academy").
 */
function ownerNames(lexicon: Lexicon): Owners {
  if (owners) return owners;
  const names = new Set<string>();
  for (const alias of lexicon.aliases) {
    const type = lexicon.entities.get(alias.entityId)?.type;
    if (type && OWNERS.has(type) && !alias.adjectival && !alias.caseInsensitive)
      names.add(alias.alias);
  }
  if ([...names].every((name) => name.length >= 2))
    prefixOpenings = new Set([...names].map((name) => name.slice(0, 2)));
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  owners = { names, longest };
  return owners;
}

const stripParens = (text: string) => text.replace(/ \([A-Za-z][\w-]*\)/g, '');

export function mergePrefixedNames(lexicon: Lexicon, hitsBySentence: Map<number, EntityHit[]>) {
  const hits = [...hitsBySentence.values()].flat();
  const prefix = ownerNames(lexicon);
  // Only a name with a head of its own ("Group", "Treaty"), never a country or a person.
  const named = hits.filter(
    (hit) => hit.type !== 'Country' && hit.type !== 'Official' && hit.type !== 'Topic',
  );
  const byTail = new Map<string, string>();
  // A document names its bodies again and again: each surface is read once.
  const cuts = new Map<string, number>();
  for (const hit of named) {
    if (lexicon.entities.has(hit.entityId)) continue;
    if (prefixOpenings && !prefixOpenings.has(hit.text.slice(0, 2))) continue;
    let cut = cuts.get(hit.text);
    if (cut === undefined) {
      cut = ownerPrefixLength(hit.text, prefix);
      cuts.set(hit.text, cut);
    }
    if (cut === 0) continue;
    const tail = stripParens(hit.text.slice(cut));
    if (tail.includes(' ')) byTail.set(`${hit.type}:${tail}`, hit.entityId);
  }
  if (byTail.size === 0) return;
  const merged = new Map<string, string>();
  for (const hit of named) {
    const name = lexicon.entities.get(hit.entityId)?.name ?? stripParens(hit.text);
    const long = byTail.get(`${hit.type}:${name}`);
    if (!long || long === hit.entityId) continue;
    // The lexicon's entity keeps its canonical name; an unknown short name joins the long one.
    if (lexicon.entities.has(hit.entityId)) merged.set(long, hit.entityId);
    else merged.set(hit.entityId, long);
  }
  for (const hit of hits) hit.entityId = merged.get(hit.entityId) ?? hit.entityId;
}
