/**
 * `extract(doc)`: a read document → the extraction contract. Pure: no I/O, no clock, no
 * randomness, so the same document always yields the same ids and the loader can merge re-runs.
 *
 * Steps: normalise → segment → recognise entities, parties and participants (document/entities.ts)
 * → document relations (document/relations.ts) → commitments per sentence
 * (document/commitments.ts) → topics for what commitments are about (document/topics.ts) →
 * anaphora, regions inside regions, only the topics commitments are about → the learnt topic
 * selector (topics/selector/) where the rules left a commitment's words unnamed → the learnt
 * name finder (entities/nameFinder.ts) where they left a capitalised name unnamed → pro-form
 * clauses take the about of the clause before (proformAbout.ts), which may be the selector's →
 * clauses repeating a document topic's name link it (topicRemention.ts).
 * Each step is a function of its own: a step V8 has to recompile (a rare document with new object
 * shapes) is recompiled alone, not with the whole pipeline inlined into one function.
 */

import type { Extraction } from '../contract/extraction';
import { resolveAnaphora } from './anaphora';
import { resolveComplementAbout } from './complementAbout';
import { documentCommitments } from './document/commitments';
import { documentEntities } from './document/entities';
import { documentRelations } from './document/relations';
import { documentTopics } from './document/topics';
import { dropIdleCollectives } from './entities/collectiveSubjects';
import { withPeopleHits } from './entities/demonymPeople';
import { addFoundNames } from './entities/nameFinder';
import { type NameFinder, nameFinder } from './entities/nameFinderModel';
import type { TaggedTerm } from './entities/tagger';
import { NothingFoundError } from './errors';
import { documentKey, docId as makeDocId, sentenceId } from './ids';
import { type Lexicon, lexicon as loadLexicon } from './lexicon';
import { lexiconNames, resolveNamedAnaphora } from './namedAnaphor';
import { normalise } from './normalise';
import { resolveProformAbout } from './proformAbout';
import { segment } from './segment';
import { resolveTopicRemention } from './topicRemention';
import { keepTopicsOfCommitments } from './topics/aboutOnly';
import { selectTopics } from './topics/selector/apply';
import { type Selector, selector } from './topics/selector/model';
import type { SourceDocument } from './types';

export { mergeExtractions } from './merge';

/**
 * Whether `extract` runs the learnt name finder (entities/nameFinder.ts). On since session 53: it
 * adds only texts other gold files declare, found by a trie walk (K-fold NE F1 92.52 → 92.63 on
 * 810 gold files, +46 gold names in 42 files, +25 spurious, none lost; 89.89 → 90.06 on the 215
 * newest holdouts' files, every genre up; 60 of 74 additions right on 1,102 unheld archive
 * statements, 7 wrong, 7 unsure). Its own CPU is 3–5 % of extraction in one process;
 * `bench/extractBench.ts` alternated with main read a median ratio of 0.97 (noise ±30 % on a
 * shared machine). `npm run eval -- --no-names` measures without it.
 */
export const LEARNT_NAMES = true;

export function extract(doc: SourceDocument): Extraction {
  return finishExtraction(
    extractByRules(doc),
    loadLexicon(),
    selector(),
    LEARNT_NAMES ? nameFinder() : undefined,
  );
}

/**
 * The steps after the rules, in order: the learnt topic selector (`model`; none for the rules
 * alone), the learnt name finder (`names`; none for the benches that study the selector alone),
 * then pro-form clauses reading the about of the clause before, which may be the selector's or
 * hold a found name, then clauses repeating a document topic's name. One place, so `extract`, the
 * evaluation's fold models and the benches finish a statement alike.
 */
export function finishExtraction(
  rules: RulesExtraction,
  lexicon: Lexicon,
  model: Selector | undefined,
  names?: NameFinder,
): Extraction {
  const selected = model
    ? selectTopics(rules.extraction, rules.terms, lexicon, model)
    : rules.extraction;
  const named = names ? addFoundNames(rules.extraction, selected, names) : selected;
  return resolveTopicRemention(resolveProformAbout(named));
}

/**
 * Everything but the learnt topic selector, and the words the topic pass tagged (by sentence
 * index): eval/runGold.ts applies the selector of the fold that never saw the statement.
 */
export type RulesExtraction = { extraction: Extraction; terms: Map<number, TaggedTerm[]> };

export function extractByRules(doc: SourceDocument): RulesExtraction {
  const lexicon = loadLexicon();
  // Every id of this document derives from its key (ids.ts holds the one document-id rule).
  const basename = documentKey(doc);
  const docId = makeDocId(basename);
  const text = normalise(doc.body);
  const { paragraphs, sentences } = segment(text);
  if (sentences.length === 0) throw new NothingFoundError(doc.path);
  const title = doc.title?.trim() || sentences[0]!.text.slice(0, 120);

  const found = documentEntities(lexicon, basename, text, paragraphs, sentences, title, doc.date);
  const { registry, mentions } = found;
  const { relations, place } = documentRelations(lexicon, doc, docId, text, found);
  const { commitments, skipped } = documentCommitments(
    lexicon,
    docId,
    basename,
    title,
    sentences,
    found,
    doc.date,
  );

  // Members a group subject stood for ("the G7" → Canada, Italy…) are entities even unnamed.
  for (const id of new Set(commitments.flatMap((c) => c.actors))) {
    const known = lexicon.entities.get(id);
    if (known && !registry.has(id)) registry.ensure(id, known.type, known.name);
  }

  const terms = documentTopics(
    lexicon,
    basename,
    doc.title,
    commitments,
    sentences,
    // "the Eritrean people": a demonym that declares no country still names a people topic.
    withPeopleHits(found.recognition.hitsBySentence, found.recognition.peopleHits),
    registry,
    mentions,
  );

  resolveAnaphora(commitments);
  const namesOf = (id: string): readonly string[] => {
    const draft = registry.get(id);
    return draft ? [draft.name, ...draft.aliases] : [];
  };
  const named = registry
    .entities()
    .filter((entity) => entity.type !== 'Topic')
    .map((entity) => ({
      id: entity.id,
      type: entity.type,
      names: [...namesOf(entity.id), ...(lexiconNames(lexicon).get(entity.id) ?? [])],
      ...(entity.attributes?.title ? { title: entity.attributes.title } : {}),
    }));
  resolveNamedAnaphora(commitments, namesOf, named);
  resolveComplementAbout(commitments);

  // Regions inside regions, when both are present.
  for (const entity of registry.entities()) {
    const parent = lexicon.entities.get(entity.id)?.partOf;
    if (parent && registry.has(parent))
      relations.push({ type: 'PART_OF', from: entity.id, to: parent });
  }

  const acting = dropIdleCollectives(
    found.collectives,
    registry.entities(),
    mentions.sort((a, b) => a.start - b.start),
    commitments,
  );
  const kept = keepTopicsOfCommitments(acting.entities, acting.mentions, commitments);

  const extraction: Extraction = {
    documents: [
      {
        id: docId,
        title,
        ...(doc.date ? { date: doc.date } : {}),
        ...(place ? { place } : {}),
        ...(doc.source ? { source: doc.source } : {}),
        sha256: doc.sha256,
      },
    ],
    sentences: sentences.map((s) => ({
      id: sentenceId(basename, s.index),
      docId,
      index: s.index,
      ...(s.section ? { section: s.section } : {}),
      text: s.text,
      start: s.start,
      end: s.end,
    })),
    entities: kept.entities,
    mentions: kept.mentions,
    commitments,
    relations,
    skipped,
  };
  return { extraction, terms };
}
