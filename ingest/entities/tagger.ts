/**
 * Part-of-speech tags from compromise for many sentences at once. Produces what
 * `nlp(sentence).json({ offset: true })` gives per sentence (text, post, tags, offsets relative
 * to the sentence), for a fraction of the cost; the tags topic derivation reads are the same
 * but for the rare term where a left-out post-tagger pattern would have changed one:
 *
 * - all sentences of a document are tokenised one by one (so each splits exactly as it would on
 *   its own) and tagged in one pass: compromise tags sentence by sentence, and one pass saves
 *   the per-call set-up of its pipeline;
 * - the `chunks` step is skipped: it runs after the taggers and sets `term.chunk`, never a tag;
 *   `typeahead` too: it completes the last word from prefixes registered by `nlp.typeahead`,
 *   which this project never registers; and `id`: it gives each term a random id that pointers
 *   carry so a view can find its terms again after an edit moved them, but the only views built
 *   here (the post-tagger's clauses) are built after the last edit (contractions), from indexes;
 * - terms are read from the tagged document instead of copied by `.json()`;
 * - each distinct word is cut from its punctuation and normalised once (./fastTokenize.ts);
 * - tags are set without reading the DEBUG_TAGS switch on every call (./fastSetTag.ts; the
 *   steps that still read it read a plain copy of the environment, ./plainEnv.ts), and the
 *   frozen lexicon is looked up only for words that start one of its phrases (./fastFreeze.ts);
 * - contractions are looked for only in sentences that can have one, before and after the
 *   pre-tagger (./fastContractions.ts);
 * - the pre-tagger remembers, per word, which look-like regex it matched (./fastPreTagger.ts),
 *   and the machine form and lexicon steps each word's form and tag (./fastTermSteps.ts);
 * - the sweep behind the post-tagger gets a faster, order-preserving candidate lookup
 *   (./fastSweep.ts), and runs only the patterns that can change a tag read here
 *   (./leanPostTagger.ts).
 */
import nlp from 'compromise';
import { type ContractionsView, fastContractions, fastContractionTwo } from './fastContractions';
import { fastFreeze } from './fastFreeze';
import { fastPreTagger } from './fastPreTagger';
import { installFastSetTag } from './fastSetTag';
import { installFastSweep } from './fastSweep';
import { fastLexicon, fastMachine } from './fastTermSteps';
import { fastFromString } from './fastTokenize';
import { leanPostTagger, type PostTaggerView } from './leanPostTagger';
import { withPlainEnv } from './plainEnv';

export interface TaggedTerm {
  text: string;
  post: string;
  tags: Set<string>;
  /** Offsets within the sentence the term came from. */
  start: number;
  end: number;
}

/** The slice of compromise's internals used here (14.x; its types do not describe them). */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}
type RawDocument = RawTerm[][];
interface RawWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: RawWorld): RawDocument } } };
}
interface RawView extends PostTaggerView {
  model: unknown;
  methods: unknown;
  world: unknown;
  document: RawDocument;
  compute(step: string): unknown;
}
type ViewClass = new (document: RawDocument) => RawView;

/** Steps that never change a tag (see above). */
const SKIPPED = new Set(['chunks', 'typeahead', 'id']);

interface Engine {
  world: RawWorld;
  View: ViewClass;
}
let engine: Engine | undefined;

function setUp(): Engine {
  if (engine) return engine;
  const world = nlp.world() as unknown as RawWorld;
  // An empty input builds an empty View without running anything: its class builds ours.
  const View = (nlp('') as unknown as { constructor: ViewClass }).constructor;
  installFastSweep();
  installFastSetTag();
  engine = { world, View };
  return engine;
}

/** Terms of one tokenised sentence group, offsets as compromise's `offset` step counts them. */
function readTerms(sentences: RawDocument, shift: number): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  let elapsed = shift;
  for (const terms of sentences) {
    for (const term of terms) {
      const start = elapsed + term.pre.length;
      out.push({
        text: term.text,
        post: term.post,
        tags: term.tags,
        start,
        end: start + term.text.length,
      });
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
  }
  return out;
}

interface JsonTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The plain way, kept for a compromise release whose steps would not keep the sentences. */
function tagAlone(text: string, shift: number): TaggedTerm[] {
  const json = nlp(text).json({ offset: true }) as { terms: JsonTerm[] }[];
  return json.flatMap((sentence) =>
    sentence.terms.map((t) => ({
      text: t.text,
      post: t.post,
      tags: new Set(t.tags),
      start: shift + t.offset.start,
      end: shift + t.offset.start + t.offset.length,
    })),
  );
}

/**
 * Tagged terms of each text, in the order given: of the whole text, or of what follows
 * `from[i]` alone (offsets still count from the text's start).
 */
export function tagTexts(texts: readonly string[], from?: readonly number[]): TaggedTerm[][] {
  if (texts.length === 0) return [];
  const { world, View } = setUp();
  const shifts = texts.map((_, i) => from?.[i] ?? 0);
  const parts = texts.map((text, i) => text.slice(shifts[i]));
  const groups = parts.map((text) =>
    fastFromString
      ? fastFromString(text, world)
      : world.methods.one.tokenize.fromString(text, world),
  );
  const view = new View(groups.flat());
  withPlainEnv(() => {
    for (const step of world.hooks) {
      if (SKIPPED.has(step)) continue;
      if (step === 'postTagger' && leanPostTagger) leanPostTagger(view);
      else if (step === 'preTagger' && fastPreTagger) fastPreTagger(view);
      else if (step === 'freeze' && fastFreeze) fastFreeze(view);
      else if (step === 'machine' && fastMachine) fastMachine(view);
      else if (step === 'lexicon' && fastLexicon) fastLexicon(view);
      else if (step === 'contractions' && fastContractions)
        fastContractions(view as unknown as ContractionsView);
      else if (step === 'contractionTwo' && fastContractionTwo)
        fastContractionTwo(view as unknown as ContractionsView);
      else view.compute(step);
    }
  });
  // The steps edit terms inside each sentence but keep the sentences: read them back by position.
  const { document } = view;
  if (document.length !== groups.reduce((sum, group) => sum + group.length, 0))
    return parts.map((text, i) => tagAlone(text, shifts[i]!));
  const out: TaggedTerm[][] = [];
  let at = 0;
  for (const [i, group] of groups.entries()) {
    out.push(readTerms(document.slice(at, at + group.length), shifts[i]!));
    at += group.length;
  }
  return out;
}
