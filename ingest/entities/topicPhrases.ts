/**
 * Topics no lexicon names, taken from what a stance verb is about: the noun phrases of a
 * commitment's scope (after its trigger), with at most one prepositional complement ("policy
 * coordination on North Korea"), lowercased unless proper. compromise tags the words; nothing is
 * downloaded.
 */
import type { Commitment } from '../../contract/extraction';
import { lexicon as loadLexicon } from '../lexicon';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import type { SegmentedSentence } from '../segment';
import { modifierTopics } from '../topics/modifiers';
import { isPairRelation, topicPhrases } from '../topics/quality';
import { conceptFor } from '../topics/thesaurus';
import type { EntityHit } from '../types';
import { entityIdFor } from './namedPhrases';
import { type TaggedTerm, tagTexts } from './tagger';

export interface DerivedTopic {
  hit: EntityHit;
  sentenceIndex: number;
}

type Term = TaggedTerm;

const FRAME_WORDS = TOPIC_QUALITY.frameWords;
/** Just before a chunk: it points back ("these provocative acts", "such activities"). */
const POINTING_BACK = /\b(?:these|those|such)\s+$/i;

const PREPOSITIONS = new Set([
  'of',
  'on',
  'in',
  'for',
  'between',
  'across',
  'among',
  'against',
  'with',
]);

const POSSESSIVE_PRONOUN = /^(?:its|their|our|his|her|my|your)$/i;

function isCore(term: Term): boolean {
  const { tags } = term;
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition')) return false;
  // "Ukraine and its fight for freedom": a possessive pronoun opens a phrase of its own.
  if (POSSESSIVE_PRONOUN.test(term.text)) return false;
  if (tags.has('Conjunction') || tags.has('Adverb') || tags.has('Value') || tags.has('Date'))
    return false;
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')) return false;
  return tags.has('Noun') || tags.has('Adjective');
}

/**
 * A plural noun the tagger read as a verb ("the unlawful arms transfers", "new flagship projects
 * between"): an -s form right after an adjective, or after a noun an adjective opens, and not
 * followed by what a verb takes (a determiner, adverb or adjective).
 */
function isPluralNounTaggedVerb(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (
    !term.tags.has('PresentTense') ||
    !/[a-z]s$/.test(term.text) ||
    /^(?:is|has|was|does)$/.test(term.text)
  )
    return false;
  const prev = terms[k - 1];
  if (!prev || endsClause(prev) || !isCore(prev)) return false;
  const adjective = (t: Term | undefined) => t?.tags.has('Adjective') && !t.tags.has('Verb');
  if (
    !adjective(prev) &&
    !(prev.tags.has('Noun') && (adjective(terms[k - 2]) || terms[k - 2]?.tags.has('Value')))
  )
    return false;
  const next = terms[k + 1];
  return (
    !next ||
    endsClause(term) ||
    !['Determiner', 'Adverb', 'Adjective', 'Verb'].some((tag) => next.tags.has(tag))
  );
}

/**
 * A participle inside a noun phrase ("a durable negotiated settlement", "the proposed work plan",
 * the "-based" of "rules-based maritime order"): an -ed form after a determiner or adjective, or
 * the second half of a hyphenated word, with a noun or adjective after it.
 */
function isAttributive(terms: Term[], k: number): boolean {
  const term = terms[k]!;
  if (!term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective')) return false;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  if (!prev || !next || endsClause(term) || next.tags.has('Verb')) return false;
  if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return false;
  if (term.tags.has('Hyphenated') && prev.post === '-') return isCore(prev);
  return (
    /[a-z]ed$/.test(term.text) &&
    !endsClause(prev) &&
    (prev.tags.has('Determiner') || (prev.tags.has('Adjective') && !prev.tags.has('Verb')))
  );
}

function endsClause(term: Term): boolean {
  return /[,;:.!?)(]/.test(term.post);
}

/** Noun-phrase chunks starting at or after `from` and ending before `to` (sentence-relative). */
function chunks(terms: Term[], from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = terms.findIndex((t) => t.start >= from);
  if (i < 0) return out;
  const core = (k: number) => {
    const t = terms[k];
    return (
      t !== undefined &&
      t.end <= to &&
      (isCore(t) || isPluralNounTaggedVerb(terms, k) || isAttributive(terms, k))
    );
  };
  const run = (k: number): number => {
    // Index after a run of core terms (and "X and Y" inside it).
    let j = k;
    while (core(j)) {
      if (endsClause(terms[j]!)) return j + 1;
      j++;
      if (
        terms[j]?.text === 'and' &&
        core(j + 1) &&
        !terms[j + 1]!.tags.has('Verb') &&
        !endsClause(terms[j]!)
      )
        j++;
    }
    return j;
  };
  while (i < terms.length && terms[i]!.start < to) {
    if (!core(i)) {
      i++;
      continue;
    }
    let end = run(i);
    const last = terms[end - 1]!;
    const prep = terms[end];
    if (!endsClause(last) && prep && PREPOSITIONS.has(prep.text.toLowerCase())) {
      let k = end + 1;
      if (terms[k]?.tags.has('Determiner')) k++;
      // "in accordance with", "in light of": an idiom follows, not the phrase's complement.
      if (FRAME_WORDS.has(terms[k]?.text.toLowerCase() ?? '')) {
        out.push({ start: terms[i]!.start, end: last.end });
        i = end;
        continue;
      }
      let after = run(k);
      // "cooperation between Russia and the DPRK": "between" takes both parties.
      if (after > k && prep.text.toLowerCase() === 'between' && terms[after]?.text === 'and') {
        const second = terms[after + 1]?.tags.has('Determiner') ? after + 2 : after + 1;
        const both = run(second);
        if (both > second) after = both;
      }
      if (after > k) end = after;
    }
    out.push({ start: terms[i]!.start, end: terms[end - 1]!.end });
    i = end;
  }
  return out;
}

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
function cutAtNames(
  sentence: string,
  chunk: { start: number; end: number },
  named: NamedSpan[],
): { start: number; end: number } | undefined {
  for (const hit of named) {
    if (hit.end <= chunk.start || hit.start >= chunk.end) continue;
    if (hit.start <= chunk.start) {
      const after = sentence.slice(hit.end, chunk.end);
      // "Taiwan's meaningful participation in …": the owner is named, what it owns is a topic.
      const owned = /^[’']s\s+/.exec(after);
      if (owned) {
        if (hit.end + owned[0].length >= chunk.end) return undefined;
        return cutAtNames(sentence, { start: hit.end + owned[0].length, end: chunk.end }, named);
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
      const modifier = /^(?:-\p{L}+)?\s+(?=\p{L})/u.exec(after);
      if (!modifier) return undefined;
      if (OWNERS.has(hit.type) || hit.adjectival)
        return cutAtNames(sentence, { start: hit.end + modifier[0].length, end: chunk.end }, named);
      return cutAtNames(
        sentence,
        chunk,
        named.filter((other) => other !== hit),
      );
    }
    const before = sentence.slice(chunk.start, hit.start);
    if (/\b(?:of|on|in|for|between|across|among|against|with)\s+(?:the\s+)?$/.test(before))
      continue;
    // "cooperation between Russia and the DPRK": the second party of "between" is named too.
    if (/\bbetween\s+(?:the\s+)?\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?$/.test(before)) continue;
    return { start: chunk.start, end: chunk.start + before.trimEnd().length };
  }
  return chunk;
}

/** Parts of a chunk not covered by a topic already recognised ("… and other lawful uses"). */
function outsideTopics(
  chunk: { start: number; end: number },
  topics: { start: number; end: number }[],
): { start: number; end: number }[] {
  let parts = [chunk];
  for (const topic of topics) {
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

/** Trim connectors and punctuation left at the edges of a piece. */
function trimPiece(sentence: string, piece: { start: number; end: number }) {
  const text = sentence.slice(piece.start, piece.end);
  const lead =
    /^(?:[\s,;]|\b(?:and|or|of|on|in|for|with|to|the|other|among|between|across|against|toward|towards|under|together|at|by)\b)*/.exec(
      text,
    )?.[0].length ?? 0;
  const trail =
    /(?:[\s,;]|\b(?:and|or|of|on|in|for|with|to|the|under|by|at|from|through|within|into|over|upon|toward|towards)\b)*$/.exec(
      text.slice(lead),
    )?.[0].length ?? 0;
  return { start: piece.start + lead, end: piece.end - trail };
}

/**
 * Where a commitment's words start: after its trigger, or — for the first commitment of a
 * sentence that opens with an adjunct ("To meet growing energy needs …, they committed") —
 * at the sentence start, up to the comma that closes the adjunct.
 */
function ranges(sentence: string, commitment: Commitment, first: boolean, to: number) {
  const triggerAt = sentence.indexOf(commitment.trigger);
  const out = [{ from: triggerAt + commitment.trigger.length, to }];
  if (first && triggerAt > 0) {
    const comma = sentence.lastIndexOf(',', triggerAt);
    if (
      comma > 0 &&
      /^(?:To|For|From|In|With|Building|Given|Under|As|Recognizing|Noting)\b/.test(sentence)
    ) {
      out.push({ from: 0, to: comma });
    }
  }
  return out;
}

/**
 * Where the words read for a sentence's commitments begin (see `ranges`): at the earliest
 * trigger, the sentence start when an adjunct opens it. Only that part is tagged; the words of
 * the subject before it are never read.
 */
function readFrom(sentence: string, list: readonly Commitment[]): number {
  let from = sentence.length;
  list.forEach((commitment, k) => {
    for (const range of ranges(sentence, commitment, k === 0, sentence.length))
      from = Math.min(from, range.from === 0 ? 0 : sentence.indexOf(commitment.trigger));
  });
  // Back to the start of the word (a trigger is found by its text).
  return from <= 0 ? 0 : sentence.lastIndexOf(' ', from - 1) + 1;
}

export function deriveTopics(
  commitments: Commitment[],
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): DerivedTopic[] {
  const derived: DerivedTopic[] = [];
  const lexicon = loadLexicon();
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  // Commitments by sentence (ids end in `:<sentence index>`), in their order.
  const bySentence = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const index = commitment.sentenceId.slice(commitment.sentenceId.lastIndexOf(':') + 1);
    const list = bySentence.get(index);
    if (list) list.push(commitment);
    else bySentence.set(index, [commitment]);
  }
  const tagged = sentences.filter((sentence) => bySentence.has(String(sentence.index)));
  // One tagging pass for the document; each sentence is still tokenised on its own.
  const termsBySentence = new Map<SegmentedSentence, Term[]>();
  const from = tagged.map((sentence) =>
    readFrom(sentence.text, bySentence.get(String(sentence.index))!),
  );
  tagTexts(
    tagged.map((sentence) => sentence.text),
    from,
  ).forEach((terms, i) => {
    termsBySentence.set(tagged[i]!, terms);
  });
  for (const sentence of sentences) {
    const list = bySentence.get(String(sentence.index)) ?? [];
    if (list.length === 0) continue;
    const terms = termsBySentence.get(sentence)!;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const local = (h: EntityHit) => ({
      id: h.entityId,
      type: h.type,
      adjectival: h.adjectival === true,
      start: h.start - sentence.start,
      end: h.end - sentence.start,
    });
    const named = hits.filter((h) => h.type !== 'Topic').map(local);
    const topics = hits.filter((h) => h.type === 'Topic').map(local);
    list.forEach((commitment, k) => {
      // Thesaurus terms that only modified a noun of a phrase that became a topic.
      const absorbed = new Set<(typeof topics)[number]>();
      const next = list[k + 1];
      const nextAt = next
        ? sentence.text.indexOf(next.trigger, sentence.text.indexOf(commitment.trigger) + 1)
        : -1;
      const to = nextAt > 0 ? nextAt : sentence.text.length;
      for (const range of ranges(sentence.text, commitment, k === 0, to)) {
        for (const found of chunks(terms, range.from, range.to)) {
          const cut = cutAtNames(sentence.text, found, named);
          if (!cut) continue;
          const modifiers = modifierTopics(sentence.text, terms, topics, cut);
          const standing = topics.filter((topic) => !modifiers.includes(topic));
          for (const piece of outsideTopics(cut, standing)) {
            const chunk = trimPiece(sentence.text, piece);
            if (chunk.end <= chunk.start) continue;
            const start = sentence.start + chunk.start;
            const end = sentence.start + chunk.end;
            // A chunk that is (or sits inside) a recognised entity adds nothing.
            if (hits.some((h) => h.start <= start && h.end >= end)) continue;
            const raw = sentence.text.slice(chunk.start, chunk.end);
            if (/["“”(]/.test(raw)) continue;
            // "these provocative acts", "such activities": a phrase that points back names no
            // topic of its own; the clause is about its antecedent (anaphora.ts) or nothing.
            if (POINTING_BACK.test(sentence.text.slice(0, chunk.start))) continue;
            const lastAt = terms.findLastIndex((t) => t.end <= chunk.end);
            const lastTerm = terms[lastAt];
            // A phrase ending in an adjective ("… with prompt") was cut mid-phrase.
            if (!lastTerm) continue;
            if (!lastTerm.tags.has('Noun') && !isPluralNounTaggedVerb(terms, lastAt)) continue;
            if (lastTerm.tags.has('Adjective') && !lastTerm.tags.has('Plural')) continue;
            for (const name of topicPhrases(raw, known)) {
              const offset = raw.indexOf(name);
              // What a relational head leaves may be a name ("in violation of UN Security
              // Council resolutions" → the instrument), already an entity, not a topic.
              const from = start + offset;
              if (
                hits.some(
                  (h) => h.type !== 'Topic' && h.start <= from && h.end >= from + name.length,
                )
              )
                continue;
              const hit: EntityHit = {
                entityId: conceptFor(lexicon, name) ?? entityIdFor('Topic', name),
                type: 'Topic',
                start: start + offset,
                end: start + offset + name.length,
                text: name,
              };
              if (!commitment.about.includes(hit.entityId)) commitment.about.push(hit.entityId);
              derived.push({ hit, sentenceIndex: sentence.index });
              for (const modifier of modifiers) {
                if (
                  modifier.start >= chunk.start + offset &&
                  modifier.end <= chunk.start + offset + name.length
                )
                  absorbed.add(modifier);
              }
            }
          }
        }
      }
      for (const id of new Set([...absorbed].map((topic) => topic.id))) {
        const at = commitment.about.indexOf(id);
        if (at >= 0 && topics.every((topic) => topic.id !== id || absorbed.has(topic)))
          commitment.about.splice(at, 1);
      }
    });
  }
  return derived;
}
