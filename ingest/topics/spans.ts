/**
 * Character spans of a commitment's scope on their way to topics: cut where a name begins (unless
 * it sits in a complement) and split around topics already recognised; a name's owner read as a
 * kind ("advanced U.S. technologies") or a region's adjective kept. Edges are trimmed in
 * pieceEdges.ts, runs past a name in namedRuns.ts. Used by chunkTopics.ts.
 */

import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import type { EntityHit } from '../types';
import { PREPOSITION } from './coordination';
import { isPairRelation, opensPairRelation } from './namedObject';
import type { WordTags } from './standalone';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const ACRONYM_OPEN = /^\s+\((?=\p{Lu})/u;
const CLOSE_BEFORE_LOWER = /^\)\s+(?=\p{Ll})/u;
const SUFFIX_BEFORE_WORD = /^(?:-\p{L}+)?\s+(?=\p{L})/u;
const OWNED_LOWER = /^\s+(?!(?:and|or)\s)(?=\p{Ll})/u;

interface NamedSpan {
  start: number;
  end: number;
  type: EntityHit['type'];
  adjectival: boolean;
}

/** Names that, modifying a noun, say whose it is rather than what it is. */
const OWNERS = new Set<EntityHit['type']>(['Country', 'Region', 'Official']);

/**
 * Cut a chunk where a named entity begins, unless the entity sits in the chunk's complement
 * ("policy coordination on North Korea" keeps it; "Japan's bold leadership" is dropped, its
 * subject being the entity).
 */
export function cutAtNames(
  sentence: string,
  chunk: { start: number; end: number },
  named: NamedSpan[],
  kindOwner?: NamedSpan,
  tagsOf?: WordTags,
): { start: number; end: number } | undefined {
  for (const hit of named) {
    if (hit.end <= chunk.start || hit.start >= chunk.end) continue;
    if (hit.start <= chunk.start) {
      const after = sentence.slice(hit.end, chunk.end);
      // "Taiwan's meaningful participation in …": the owner is named, what it owns is a topic.
      // "the United States’ support for Jordan": a name ending in "s" takes the bare apostrophe.
      const owned = (sentence[hit.end - 1] === 's' ? /^[’']s?\s+/ : /^[’']s\s+/).exec(after);
      if (owned) {
        if (hit.end + owned[0].length >= chunk.end) return undefined;
        // "Japan’s defense": a country's own subject head alone is the head of its object, the
        // topic "defense of Japan" (quality.ts), as "the defense of Japan" would be.
        const head = sentence.slice(hit.end + owned[0].length, chunk.end);
        if (OWNERS.has(hit.type) && Q.namedObjectHeads.has(head)) return chunk;
        return cutAtNames(
          sentence,
          { start: hit.end + owned[0].length, end: chunk.end },
          named,
          kindOwner,
          tagsOf,
        );
      }
      // A name that modifies the noun after it. A country, place or person is who owns or acts,
      // already in the clause's about ("ROK conventional support", "U.S.-provided missiles");
      // a body, meeting or programme names the thing ("Quad engagement", "Woodside Summit
      // commitments", "ASEAN-led regional architecture").
      // "U.S.-PRC relations": the pair of owners names the relation itself.
      if (
        OWNERS.has(hit.type) &&
        isPairRelation(sentence.slice(chunk.start, chunk.end).split(/\s+/))
      )
        return chunk;
      // "the U.S.-Kuwait partnership and regional security": kept whole for the coordination
      // rules to split (namedObject.ts).
      if (OWNERS.has(hit.type) && opensPairRelation(sentence.slice(chunk.start, chunk.end)))
        return chunk;
      // "World Trade Organization (WTO) reform": the acronym in brackets modifies the noun after
      // it as the name would ("WTO reform").
      const bracketed = sentence[hit.start - 1] === '(' && /^\)\s/.test(after);
      // "… Organization (WTO) reform": the acronym that follows the name stands for it.
      const acronym = ACRONYM_OPEN.exec(after);
      if (acronym)
        return cutAtNames(
          sentence,
          { start: hit.end + acronym[0].length, end: chunk.end },
          named,
          kindOwner,
          tagsOf,
        );
      const modifier = (bracketed ? CLOSE_BEFORE_LOWER : SUFFIX_BEFORE_WORD).exec(after);
      if (!modifier) return undefined;
      // "Pacific regionalism", "Arctic ecosystems", "Euro-Atlantic integration": a region's
      // adjective names the kind of what follows, which the gold keeps with it.
      if (regionKind(sentence, hit, chunk.end, tagsOf)) return { start: hit.start, end: chunk.end };
      if (OWNERS.has(hit.type) || hit.adjectival)
        return cutAtNames(
          sentence,
          { start: hit.end + modifier[0].length, end: chunk.end },
          named,
          kindOwner,
          tagsOf,
        );
      return cutAtNames(
        sentence,
        chunk,
        named.filter((other) => other !== hit),
        kindOwner,
        tagsOf,
      );
    }
    const before = sentence.slice(chunk.start, hit.start);
    // "advanced U.S. technologies": a kind said of the thing before its owner's name; the phrase
    // runs on, and the name is dropped from the topic (classifiedOwner, evidence.ts).
    if (hit === kindOwner) return chunk;
    // "strong U.S. support for Jordan": words that only say how firmly (weakModifiers) before an
    // owner's name leave what the name owns, as the name at the chunk's start would; cut before
    // the name, only the weak words were left and the phrase was lost. Not before "and": "the
    // broader U.S. and global scientific community" coordinates owners, not the thing owned.
    const owned = OWNED_LOWER.exec(sentence.slice(hit.end, chunk.end));
    // "relevant Pacific regional organizations": weak words before a region's adjective.
    if (owned && onlyWeak(before) && regionKind(sentence, hit, chunk.end, tagsOf))
      return { start: hit.start, end: chunk.end };
    if (owned && OWNERS.has(hit.type) && !hit.adjectival && onlyWeak(before))
      return cutAtNames(
        sentence,
        { start: hit.end + owned[0].length, end: chunk.end },
        named,
        kindOwner,
        tagsOf,
      );
    // "growing DPRK-Russia cooperation", "bilateral Japan-ROK ties": the pair of names opens the
    // relation it names; the one or two words before it (after any preposition: "in light of
    // growing …"), coordinated or not ("the strong and productive U.S.-Egypt partnership"), only
    // say how much.
    const modifiers = before
      .split(/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|on|in|for|to|with)\s+/)
      .pop()!
      .trim()
      .split(/,?\s+(?:and\s+)?/);
    if (
      OWNERS.has(hit.type) &&
      modifiers.length <= 2 &&
      isPairRelation(sentence.slice(hit.start, chunk.end).split(/\s+/))
    )
      return { start: hit.start, end: chunk.end };
    if (
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|on|in|for|to|between|across|among|against|with|posed by|from|by)\s+(?:the\s+|its\s+|their\s+|our\s+)?$/.test(
        before,
      )
    )
      continue;
    // "cooperation between Russia and the DPRK": the second party of "between" is named too.
    if (
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])between\s+(?:the\s+)?\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$/.test(before)
    )
      continue;
    // "the signing of a multi-year Special Measures Agreement": a word between an article and
    // the name modifies the name; the phrase ends before the article.
    const modifier = /\s+(?:a|an|the)\s+\p{Ll}[\p{L}-]*\s*$/u.exec(before);
    const kept = modifier ? before.slice(0, modifier.index) : before.trimEnd();
    return { start: chunk.start, end: chunk.start + kept.length };
  }
  return chunk;
}

/** Lowercase words after a region's adjective, and any complement after them. */
const REGION_KIND_REST =
  /^\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*?)(?:\s+(?:of|on|in|for|with|between|among|across|against|to)\s.*)?$/su;

/** A region named by its adjective: "Pacific", "Arctic", "Caribbean", "Euro-Atlantic". */
const REGION_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(?:ic|an)$/u;

/**
 * "Pacific regionalism", "Atlantic cooperation", "Arctic ecosystems", "Euro-Atlantic
 * integration": a region named by its adjective, right before lowercase words that end in a noun,
 * says what kind of thing they name, as a nationality's adjective does for a people; the gold
 * keeps it (of its commitment sentences with a region's adjective before a lowercase noun, 60
 * name the phrase with it, 12 without it). A place noun after it ("the Indo-Pacific region",
 * "Pacific waters": placeNouns) names the region itself, no topic.
 */
function regionKind(
  sentence: string,
  hit: NamedSpan,
  end: number,
  tagsOf: WordTags | undefined,
): boolean {
  if (hit.type !== 'Region' || !REGION_ADJECTIVE.test(sentence.slice(hit.start, hit.end)))
    return false;
  // The words up to a complement's preposition ("Euro-Atlantic integration in the region").
  const rest = REGION_KIND_REST.exec(sentence.slice(hit.end, end));
  if (!rest) return false;
  const head = rest[1]!.slice(rest[1]!.lastIndexOf(' ') + 1);
  if (Q.placeNouns.has(head)) return false;
  const tags = tagsOf?.(head);
  return tags?.has('Noun') === true && !tags.has('Adjective');
}

/** Whether the words are all ones that say how much or how firmly ("strong", "continued"). */
function onlyWeak(words: string): boolean {
  const list = words.trim().toLowerCase().split(/\s+/);
  return list[0] !== '' && list.every((word) => Q.weakModifiers.has(word));
}

/** Words before an owner's name that say how much or how firmly, not what kind of thing. */
const NOT_KINDS = [Q.weakModifiers, Q.attributeAdjectives, Q.vacuousAlone, Q.scopeModifiers];

/**
 * "advanced U.S. technologies", "sensitive U.S. technologies": one adjective (or participle) that
 * says what kind of thing the head is, then a country's name, then the head. The country owns the
 * thing (it is in the clause's about already); the kind belongs to the topic, as the gold names it
 * ("advanced technologies"). A word that says how much or how firmly ("strong U.S. support",
 * "continued Russian aggression") is no kind, nor a noun ("aid Russian weapons production"): the
 * chunk is cut at the name as before.
 */
export function classifiedOwner(
  sentence: string,
  chunk: { start: number; end: number },
  hit: { start: number; end: number; type: EntityHit['type'] },
  tagsOf: WordTags,
): boolean {
  if (hit.type !== 'Country' || hit.start <= chunk.start || hit.end >= chunk.end) return false;
  const kind = /^(\p{Ll}[\p{Ll}-]*\p{Ll}) $/u.exec(sentence.slice(chunk.start, hit.start))?.[1];
  // "discriminate against U.S. digital services": a preposition the tagger read as an adjective.
  if (!kind || PREPOSITION.test(kind) || NOT_KINDS.some((list) => list.has(kind))) return false;
  const tags = tagsOf(kind);
  // "restricting Russian energy revenues": an -ing form (the tagger may read it as an adjective)
  // acts on the name's thing, as a verb would.
  const adjective =
    tags?.has('Adjective') && !tags.has('Noun') && !tags.has('Verb') && !/ing$/.test(kind);
  const participle = tags?.has('Verb') && /[a-zß-öø-ɏḀ-ỿ]ed$/.test(kind);
  if (!adjective && !participle) return false;
  // The name is followed by a short plural phrase that ends the chunk ("… U.S. technologies",
  // "… Russian sovereign assets"): a longer run ("the average American family hundreds of
  // dollars") is a chunk the tagger ran on. A head vacuous alone or naming people ("a radiant
  // American future", "vulnerable Afghan nationals", "successive U.S. administrations") is no topic
  // with its kind either.
  const rest = /^ (?:\p{Ll}[\p{Ll}-]* )?(\p{Ll}[\p{Ll}-]*[^s]s)$/u.exec(
    sentence.slice(hit.end, chunk.end),
  );
  const head = rest?.[1];
  return head !== undefined && !NOT_HEADS.some((list) => list.has(head));
}

const NOT_HEADS = [Q.vacuousAlone, Q.listAgents, Q.agentHeads];

/** Parts of a chunk not covered by a topic already recognised ("… and other lawful uses"). */
export function outsideTopics(
  chunk: { start: number; end: number },
  topics: { start: number; end: number }[],
): { start: number; end: number }[] {
  let parts = [chunk];
  for (const topic of topics) {
    // The pieces lie inside the chunk: a topic outside it cuts none (most of a sentence's).
    if (topic.end <= chunk.start || topic.start >= chunk.end) continue;
    parts = parts.flatMap((part) => {
      if (topic.end <= part.start || topic.start >= part.end) return [part];
      const pieces: { start: number; end: number }[] = [];
      if (topic.start > part.start) pieces.push({ start: part.start, end: topic.start });
      if (topic.end < part.end) pieces.push({ start: topic.end, end: part.end });
      return pieces;
    });
  }
  return parts;
}
