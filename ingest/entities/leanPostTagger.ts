/**
 * compromise's post-tagger step without the patterns that never change a tag topic derivation
 * reads (./topicPhrases.ts: Noun, Verb, Adjective, Determiner, Plural, PresentTense and the
 * blockers Pronoun, Preposition, Conjunction, Adverb, Value, Date). Of its 570 patterns, 329
 * never did on 8,682 commitment sentences of the real archive (measured by applying each match
 * on its own and comparing those tags before and after): they retag what is read already
 * ("#Noun" → "#Organization"), set tags nobody reads, or never match this prose. Six more
 * changed one at most twice while costing a fifth of the remaining match time ("[#Noun+]
 * #Actor" alone tries 5,381 clauses to matter twice). Seventeen more matched at most ten clauses
 * of 1,382 archive statements while each cost over 5 ms of match time there (a quarter of it in
 * all). The list is ./postTaggerUnread.json (352 patterns). Every pattern is matched against the
 * pre-tagger's tags before any is applied, so leaving some out cannot change what the others
 * match; it can only change which later pattern wins a term, which the extraction dumps
 * (bench/dumpExtractions.ts) and `npm run eval` judged.
 *
 * The step is the original's (postTagger/compute/index.js of 14.17) on a smaller net, minus
 * what `View.sweep` builds for callers that want the matches (a view per match): the tagger
 * throws it away. Any other release keeps its own step.
 */
import nlp from 'compromise';
import { ON_WRITTEN_VERSION } from './compromiseSource';
import unread from './postTaggerUnread.json';

/** The slice of compromise's internals used here (its types do not describe them). */
interface Term {
  index: [number, number];
}
interface Pattern {
  match: string;
  notIf?: unknown;
}
export interface PostTaggerView {
  docs: Term[][];
  update(pointers: number[][]): { docs: Term[][] };
  uncache(): void;
  unfreeze(): void;
}
interface World {
  model: { two: { matches: Pattern[] } };
  methods: {
    one: {
      buildNet(matches: Pattern[], world: World): unknown;
      bulkMatch(
        document: Term[][],
        net: unknown,
        methods: World['methods'],
        opts?: { forTagger?: boolean },
      ): unknown[];
      bulkTagger(found: unknown[], document: Term[][], world: World): unknown;
    };
    two: { quickSplit(document: Term[][]): Term[][] };
  };
}

const world = nlp.world() as unknown as World;

/**
 * The patterns kept, copied now: building a net parses each pattern in place (its `notIf`
 * text becomes a parsed list that cannot be parsed twice), and compromise builds its own net
 * from the same objects when anything calls `nlp()`. Undefined on another release.
 */
function keptPatterns(): Pattern[] | undefined {
  if (!ON_WRITTEN_VERSION) return undefined;
  const skip = new Set(unread);
  return world.model.two.matches.filter((m) => !skip.has(m.match)).map((m) => ({ ...m }));
}
const patterns = keptPatterns();
let net: unknown;

/**
 * The net of the kept patterns. When compromise built its own net before this module loaded
 * (something called `nlp()` first: a test file before this one in a shared worker), their
 * `notIf` is parsed already: the copies are built without it and get the parsed one back after,
 * the same parse of the same text. So the lean step never depends on what ran before it.
 */
function leanNet(kept: Pattern[]): unknown {
  const parsed = kept.map((m) => (typeof m.notIf === 'string' ? undefined : m.notIf));
  for (const [i, m] of kept.entries()) if (parsed[i] !== undefined) delete m.notIf;
  const built = world.methods.one.buildNet(kept, world);
  for (const [i, m] of kept.entries()) if (parsed[i] !== undefined) m.notIf = parsed[i];
  return built;
}

/** The post-tagger on a smaller net; undefined where compromise's own step must run. */
export const leanPostTagger = patterns
  ? (view: PostTaggerView): void => {
      net ??= leanNet(patterns);
      // As the original: match on comma-separated clauses.
      const clauses = world.methods.two.quickSplit(view.docs);
      const pointers = clauses.map((terms) => {
        const [n, i] = terms[0]!.index;
        return [n, i, i + terms.length];
      });
      // What `View.sweep` does for the tagger, without the views of each match it builds after.
      const { docs } = view.update(pointers);
      const { one } = world.methods;
      // `forTagger`: the matches only feed the tagger, so fastSweep.ts copies what it reads.
      one.bulkTagger(one.bulkMatch(docs, net, world.methods, { forTagger: true }), docs, world);
      view.uncache();
      view.unfreeze();
    }
  : undefined;
