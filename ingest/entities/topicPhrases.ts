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
import { chunksOnce } from '../topics/chunkMemo';
import { endsInNoun, isNounAfterTo } from '../topics/chunkTerms';
import { evidenceOf, withShortNames } from '../topics/evidence';
import { inList } from '../topics/listItem';
import { modifierLists } from '../topics/modifierList';
import { frameOfComplement, modifierTopics } from '../topics/modifiers';
import { towardParties } from '../topics/namedObject';
import { endsInNamedThing } from '../topics/namedTarget';
import { occasions } from '../topics/occasion';
import { coordinatedBefore, modifiesTopic } from '../topics/pieceContext';
import { topicPhrases } from '../topics/quality';
import { sharedModifiers } from '../topics/sharedModifier';
import {
  alliesAfter,
  classifiedOwner,
  cutAtNames,
  outsideTopics,
  partyAfter,
  posedByOwner,
  trimPiece,
  wholeWords,
} from '../topics/spans';
import { wordTags } from '../topics/standalone';
import { conceptFor } from '../topics/thesaurus';
import { titleEvents } from '../topics/titleEvent';
import { valueLists } from '../topics/valueList';
import { verbObjects } from '../topics/verbObject';
import { verbSeries } from '../topics/verbSeries';
import { visionLists } from '../topics/visionList';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { ranges, scopeEnd } from './commitmentScope';
import { taggedScopes } from './taggedScopes';

export interface DerivedTopic {
  hit: EntityHit;
  sentenceIndex: number;
  /** The topic's name when the hit's text is a coordination it was distributed from. */
  name?: string;
}

const VACUOUS_ALONE = TOPIC_QUALITY.vacuousAlone;
const VACUOUS_HEADS = TOPIC_QUALITY.vacuousHeads;
/** Just before a chunk: it points back ("these provocative acts", "such activities"). */
const POINTING_BACK = /\b(?:these|those|such)\s+$/i;

/** A hit with offsets in its sentence (a module function, not a closure built per sentence). */
function local(h: EntityHit, sentenceStart: number) {
  return {
    id: h.entityId,
    type: h.type,
    adjectival: h.adjectival === true,
    start: h.start - sentenceStart,
    end: h.end - sentenceStart,
  };
}

export function deriveTopics(
  commitments: Commitment[],
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  title?: string,
  // The tagged words, when the caller keeps them (extract.ts: the learnt selector reads them too).
  { bySentence, termsBySentence } = taggedScopes(commitments, sentences),
): DerivedTopic[] {
  const derived: DerivedTopic[] = [];
  const lexicon = loadLexicon();
  const known = (phrase: string) => conceptFor(lexicon, phrase) !== undefined;
  for (const sentence of sentences) {
    const list = bySentence.get(sentence.index) ?? [];
    if (list.length === 0) continue;
    const terms = termsBySentence.get(sentence)!;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const named = hits.filter((h) => h.type !== 'Topic').map((h) => local(h, sentence.start));
    const topics = hits.filter((h) => h.type === 'Topic').map((h) => local(h, sentence.start));
    const parties = named.filter((h) => h.type === 'Country' || h.type === 'Region');
    list.forEach((commitment, k) => {
      // Thesaurus terms that only modified a noun of a phrase that became a topic.
      const absorbed = new Set<(typeof topics)[number]>();
      // Concepts this commitment's phrases named, which absorbing a modifier must not undo
      // ("missile programs" read inside "nuclear and missile programs").
      const emitted = new Set<string>();
      ranges(sentence.text, commitment, k === 0, scopeEnd(sentence.text, list, k)).forEach(
        (range, r) => {
          // Thesaurus terms of a clause before the trigger ("… on diplomacy, but …"): the stance
          // span the commitment was built with starts at its trigger.
          if (r > 0) {
            for (const topic of topics) {
              const inside = topic.start >= range.from && topic.end <= range.to;
              if (inside && !commitment.about.includes(topic.id)) commitment.about.push(topic.id);
            }
          }
          // "political, economic, security, and … ties": each comma item with the shared head.
          // … and "inter-Korean dialogue, engagement, and cooperation": each bare head with the
          // modifier of the first.
          // … and "withdraw its forces": the act a listed verb names with its object.
          const verbs = verbObjects(sentence.text, terms, range.from, range.to, named);
          const values = valueLists(terms, range.from, range.to, known);
          const shared = sharedModifiers(terms, range.from, range.to, known);
          const lists = [
            ...modifierLists(terms, range.from, range.to),
            ...shared,
            ...values,
            ...visionLists(sentence.text, terms, named, range.from, range.to, known),
            ...verbSeries(sentence.text, terms, range.from, range.to, known),
            ...verbs,
            // "its launch" in a statement on the DPRK's Space Launch: the title's event.
            ...titleEvents(sentence.text, range.from, range.to, title),
            // "congratulated him on his appointment as Prime Minister": the occasion.
            ...occasions(sentence.text, range.from, range.to),
          ];
          for (const list of lists) {
            const text = sentence.text.slice(list.start, list.end);
            for (const name of list.names) {
              const entityId = conceptFor(lexicon, name) ?? entityIdFor('Topic', name);
              if (!commitment.about.includes(entityId)) commitment.about.push(entityId);
              emitted.add(entityId);
              const start = sentence.start + list.start;
              const hit = {
                entityId,
                type: 'Topic' as const,
                start,
                end: start + text.length,
                text,
              };
              derived.push({ hit, sentenceIndex: sentence.index, name });
            }
          }
          for (const found of chunksOnce(terms, range.from, range.to)) {
            // The object of a listed verb is read with the verb ("withdrawal of forces").
            if (verbs.some((v) => v.replacesObject && found.start >= v.start && found.end <= v.end))
              continue;
            // "advanced U.S. technologies": a country between a kind and its head (spans.ts).
            const foundTags = wordTags(terms, found);
            const kindOwner = named.find((hit) =>
              classifiedOwner(sentence.text, found, hit, foundTags),
            );
            const cutAt = cutAtNames(sentence.text, found, named, kindOwner);
            if (!cutAt) continue;
            // A name is never cut: "posed by the Democratic People's Republic of Korea" runs on
            // past the "of" inside the name.
            const across = named.find(
              (h) => h.start > cutAt.start && h.start < cutAt.end && h.end > cutAt.end,
            );
            const cut = alliesAfter(
              sentence.text,
              across ? { start: cutAt.start, end: across.end } : cutAt,
            );
            const modifiers = modifierTopics(sentence.text, terms, topics, cut, parties, known);
            // "dialogue on economic security": the frame is no topic of the clause; its
            // complement is.
            for (const modifier of modifiers)
              if (frameOfComplement(sentence.text, terms, modifier, cut, parties))
                absorbed.add(modifier);
            const standing = topics.filter((topic) => !modifiers.includes(topic));
            for (const piece of outsideTopics(cut, standing)) {
              let chunk = wholeWords(sentence.text, trimPiece(sentence.text, piece));
              if (chunk.end <= chunk.start) continue;
              // "the causes of safety, …": a phrase running into a list of ideals only frames
              // it; the list named its items.
              if (values.some((v) => chunk.end > v.start && chunk.start < v.end)) continue;
              // "pandemic prevention, preparedness and response": the bare heads the modifier was
              // distributed over are named; "preparedness and response" alone is a fragment (the
              // first conjunct, "maritime safety", keeps its chunk).
              if (shared.some((v) => chunk.start > v.start && chunk.end <= v.end)) continue;
              // "secure critical mineral supply chains": words right before a recognised topic
              // modify it; alone they are a fragment ("secure critical mineral"). "dialogue on
              // critical minerals": a head that says how, before "on" and a topic, is its frame.
              const head = /\S+$/.exec(sentence.text.slice(chunk.start, chunk.end))?.[0] ?? '';
              const lower = head.toLowerCase();
              const frame = VACUOUS_ALONE.has(lower) || VACUOUS_HEADS.has(lower);
              // "security protocols and expansion of information sharing": a full phrase
              // coordinated before the relational head is a topic of its own; the rule is left out.
              const text = sentence.text.slice(chunk.start, chunk.end);
              const relational =
                (frame || TOPIC_QUALITY.relationalHeads.has(lower)) && !/\S \S+ and /.test(text);
              // "threats posed by the DPRK’s …": a phrase that ends in its source's name. Such a
              // phrase names the threat, not a modifier of the topic after it ("… missile programs").
              const source = posedByOwner(sentence.text, chunk, named);
              if (
                !source &&
                standing.some((topic) =>
                  modifiesTopic(sentence.text, chunk.end, topic, frame, relational),
                )
              ) {
                // "cybercrime and associated money laundering": only the adjective after "and"
                // modifies the topic; the conjunct before "and" is a phrase of its own.
                const conjunct = coordinatedBefore(text, terms, chunk);
                if (!conjunct) continue;
                chunk = conjunct;
              }
              if (source) chunk = source;
              const start = sentence.start + chunk.start;
              const end = sentence.start + chunk.end;
              // A chunk that is (or sits inside) a recognised entity adds nothing.
              if (hits.some((h) => h.start <= start && h.end >= end)) continue;
              const raw = sentence.text.slice(chunk.start, chunk.end);
              if (/["“”(]/.test(raw)) continue;
              // "(WTO) reform": the acronym without its closing bracket (spans.ts keeps it).
              const bracketed = /^\p{Lu}[\p{L}\p{N}-]*\)\s/u.test(raw);
              // "these provocative acts", "such activities": a phrase that points back names no
              // topic of its own; the clause is about its antecedent (anaphora.ts) or nothing.
              if (POINTING_BACK.test(sentence.text.slice(0, chunk.start))) continue;
              const lastAt = terms.findLastIndex((t) => t.end <= chunk.end);
              const lastTerm = terms[lastAt];
              // A phrase ending in an adjective ("… with prompt") was cut mid-phrase.
              if (!lastTerm) continue;
              const nounAfterTo = isNounAfterTo(terms, lastAt);
              if (!source && !endsInNoun(terms, lastAt) && !nounAfterTo) continue;
              if (
                !source &&
                lastTerm.tags.has('Adjective') &&
                !lastTerm.tags.has('Plural') &&
                !nounAfterTo
              )
                continue;
              // "support for the ROK and Japan": the chunk was cut at the second party's name; the
              // whole object is only parties, so the stance is no topic (namedObject.ts).
              if (
                towardParties(`${raw}${partyAfter(sentence.text, chunk.end, parties)}`.split(/\s+/))
              )
                continue;
              const shown = withShortNames(sentence.text, chunk, named, kindOwner).replace(
                bracketed ? /\)(?=\s)/ : /(?!)/,
                '',
              );
              const listed = inList(sentence.text, chunk.start, chunk.end);
              for (const name of topicPhrases(shown, known, wordTags(terms, chunk), listed)) {
                const at = raw.indexOf(name);
                const { offset, length } = evidenceOf(raw, name);
                // What a relational head leaves may be a name ("in violation of UN Security
                // Council resolutions" → the instrument), already an entity, not a topic.
                const from = start + offset;
                if (
                  hits.some(
                    (h) => h.type !== 'Topic' && h.start <= from && h.end >= from + length,
                  ) ||
                  endsInNamedThing(sentence.text, sentence.start, from, from + length, hits)
                )
                  continue;
                const hit: EntityHit = {
                  entityId: conceptFor(lexicon, name) ?? entityIdFor('Topic', name),
                  type: 'Topic',
                  start: from,
                  end: from + length,
                  text: raw.slice(offset, offset + length),
                };
                if (!commitment.about.includes(hit.entityId)) commitment.about.push(hit.entityId);
                emitted.add(hit.entityId);
                derived.push({ hit, sentenceIndex: sentence.index, ...(at < 0 ? { name } : {}) });
                for (const modifier of modifiers) {
                  if (
                    modifier.start >= chunk.start + offset &&
                    modifier.end <= chunk.start + offset + length
                  )
                    absorbed.add(modifier);
                }
              }
            }
          }
        },
      );
      for (const id of new Set([...absorbed].map((topic) => topic.id))) {
        const at = commitment.about.indexOf(id);
        if (
          at >= 0 &&
          !emitted.has(id) &&
          topics.every((topic) => topic.id !== id || absorbed.has(topic))
        )
          commitment.about.splice(at, 1);
      }
    });
  }
  return derived;
}
