/**
 * compromise's post-tagger patterns as its own pattern net holds them (parsed; per hook, the
 * first of each text), built afresh for the tests that hold a shortcut to compromise's matcher
 * pattern by pattern (fastMatch, ClauseIndex) or to its sweep (fastSweep).
 *
 * Afresh, because compromise parses its own patterns in place the first time anything is tagged:
 * a test must neither do that to them nor depend on whether it happened (the unit files of a
 * lane share one worker, vite.config.ts; another file may have tagged first). Parsing reads a
 * pattern's `match` text, which stays, and its `notIf`, which is replaced by its parsed form and
 * cannot be parsed again: the copies go to the parser with a `notIf` still in text only, and an
 * already parsed one is given back after (the same parse of the same text). A structuredClone
 * of the patterns is no copy to build from: once parsed, their `notIf` would be parsed twice.
 */
import nlp from 'compromise';

interface Source {
  match: string;
  notIf?: unknown;
}
interface Net<Pattern> {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}
interface World {
  model: { two: { matches: Source[] } };
  methods: {
    one: { buildNet(matches: Source[], world: World): Net<Source> };
  };
}

/** A pattern net of copies of the post-tagger's patterns, as `buildNet` builds compromise's own. */
export function postTaggerNet<Pattern extends { match: string }>(): Net<Pattern> {
  const world = nlp.world() as unknown as World;
  const own = world.model.two.matches;
  const copies = own.map(
    (m): Source => ({
      ...m,
      notIf: typeof m.notIf === 'string' ? m.notIf : undefined,
    }),
  );
  const net = world.methods.one.buildNet(copies, world);
  for (const [i, copy] of copies.entries()) copy.notIf ??= own[i]?.notIf;
  return net as unknown as Net<Pattern>;
}

export function postTaggerPatterns<Pattern extends { match: string }>(): Pattern[] {
  return [...new Set(Object.values(postTaggerNet<Pattern>().hooks).flat())];
}
