/**
 * The lean post-tagger (ingest/entities/leanPostTagger.ts) copies compromise's patterns when it
 * loads. Whether compromise had tagged anything before must not matter: in a worker the unit
 * files share (vite.config.ts), a file that called `nlp()` before anything loaded the tagger used
 * to turn the lean step off for every later file (tagger.test.ts then saw the whole post-tagger's
 * tags on "ROK").
 */
import nlp from 'compromise';
import { describe, expect, it, vi } from 'vitest';

interface World {
  model: { two: { matches: { notIf?: unknown }[] } };
}

describe('leanPostTagger', () => {
  it('is on, and leaves out its patterns, when compromise tagged before it loaded', async () => {
    // compromise builds its own net (parsing its patterns in place) the first time it tags.
    nlp('Japan and the ROK will strengthen deterrence.');
    const { matches } = (nlp.world() as unknown as World).model.two;
    expect(matches.some((m) => m.notIf !== undefined && typeof m.notIf !== 'string')).toBe(true);
    // Fresh instances of the project's modules, over the same compromise (a dependency: not
    // re-evaluated), as if nothing had loaded them before the tagging above.
    vi.resetModules();
    const again = (await import('compromise')).default;
    expect(again.world()).toBe(nlp.world());
    const { leanPostTagger } = await import('../../../ingest/entities/leanPostTagger');
    const { tagTexts } = await import('../../../ingest/entities/tagger');
    expect(leanPostTagger).toBeDefined();
    const [terms] = tagTexts(['Japan and the ROK will strengthen deterrence.']);
    // compromise's whole post-tagger adds Organization (and more) to "ROK"; the lean one does not.
    expect([...terms!.find((t) => t.text === 'ROK')!.tags].sort()).toEqual(['Acronym', 'Noun']);
  });
});
