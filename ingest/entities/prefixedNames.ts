/**
 * "U.S.-Republic of Korea (ROK) Nuclear Consultative Group" and a later "Nuclear Consultative
 * Group" (or its acronym) are one body: the countries in front say whose it is, not which; so
 * does a body in front ("ASEAN Five-Point Consensus", later "the Five-Point Consensus"). When
 * a document names both, the shorter mentions join the longer name, or both join the lexicon's
 * entity when the lexicon knows the short name (it holds the canonical one).
 */
import type { Lexicon, LexiconEntity } from '../lexicon';
import type { EntityHit } from '../types';
import { aliasesOf } from './entityAliases';
import { type Owners, ownerPrefixLength } from './ownerPrefix';
import { pairSorted } from './reversedPairs';

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

/** The lexicon's names of things an owner can hold (no state, person or topic), by alias. */
const knownByLexicon = new WeakMap<Lexicon, Map<string, LexiconEntity>>();
function knownNames(lexicon: Lexicon): Map<string, LexiconEntity> {
  let known = knownByLexicon.get(lexicon);
  if (known) return known;
  known = new Map();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (!entity || OWNERS.has(entity.type) || entity.type === 'Official' || entity.type === 'Topic')
      continue;
    if (!alias.adjectival && !alias.caseInsensitive && !known.has(alias.alias))
      known.set(alias.alias, entity);
  }
  knownByLexicon.set(lexicon, known);
  return known;
}

/**
 * A known name the lexicon also lists with its owners ("U.S.-ROK Mutual Defense Treaty") is that
 * pair's alone: "ROK-U.S. Mutual Defense Treaty" is it, "U.S.-Philippines Mutual Defense Treaty"
 * another treaty. A name listed with no owner (PGII) is the same whoever is written before it.
 */
function ownedAsWritten(lexicon: Lexicon, known: LexiconEntity, tail: string, text: string) {
  const owned = aliasesOf(lexicon, known.id)
    .filter((alias) => alias.alias.endsWith(` ${tail}`))
    .map((alias) => pairSorted(alias.alias));
  return owned.length === 0 || owned.includes(pairSorted(stripParens(text)));
}

const stripParens = (text: string) =>
  text.replace(/ \([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\)/g, '');

export function mergePrefixedNames(lexicon: Lexicon, hitsBySentence: Map<number, EntityHit[]>) {
  const hits = [...hitsBySentence.values()].flat();
  const prefix = ownerNames(lexicon);
  // Only a name with a head of its own ("Group", "Treaty"), never a country or a person.
  const named = hits.filter(
    (hit) => hit.type !== 'Country' && hit.type !== 'Official' && hit.type !== 'Topic',
  );
  const byTail = new Map<string, string>();
  const lexiconOwned = new Map<string, LexiconEntity>();
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
    if (!tail.includes(' ')) continue;
    byTail.set(`${hit.type}:${tail}`, hit.entityId);
    // "G7 Partnership for Global Infrastructure and Investment": the lexicon knows the name after
    // the owner, so the whole is that entity, of the lexicon's type, even if never named alone.
    const known = knownNames(lexicon).get(tail);
    if (known && ownedAsWritten(lexicon, known, tail, hit.text))
      lexiconOwned.set(hit.entityId, known);
  }
  for (const hit of hits) {
    const known = lexiconOwned.get(hit.entityId);
    if (!known) continue;
    hit.entityId = known.id;
    hit.type = known.type;
    hit.name = known.name;
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
