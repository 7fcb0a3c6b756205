/**
 * compromise's own code, for the tests that compare a fast path with it. The tagger swaps two
 * of compromise's methods for its own (ingest/entities/fastSetTag.ts, fastSweep.ts) the first
 * time it tags, for the rest of the process: in a worker the unit files share
 * (vite.config.ts), a file's "what compromise gives" would be computed with the swapped methods
 * whenever another file tagged first, comparing the fast path with itself. Here the originals
 * come from compromise's own source modules (the instances its entry imports, so the same
 * functions it installed) and are put back for the length of a call.
 */
import nlp from 'compromise';
import { compromiseSource } from '../../ingest/entities/compromiseSource';

type Method = (...args: never[]) => unknown;
interface Swapped {
  setTag: Method;
  bulkMatch: Method;
}

async function own(folder: string, file: string): Promise<Method> {
  const method = await compromiseSource(folder)(file);
  if (typeof method !== 'function') throw new Error(`stockCompromise: no ${folder}/${file}`);
  return method as Method;
}

const originals: Swapped = {
  setTag: await own('1-one/tag/methods', 'setTag.js'),
  bulkMatch: await own('1-one/sweep/methods', 'sweep/index.js'),
};

const methods = () => (nlp.methods() as unknown as { one: Swapped }).one;

/** Whether compromise's own methods are in place (not the tagger's). */
export function isStock(): boolean {
  const { setTag, bulkMatch } = methods();
  return setTag === originals.setTag && bulkMatch === originals.bulkMatch;
}

/** Runs `work` (synchronous) with compromise's own methods in place, the current ones after. */
export function withStockCompromise<T>(work: () => T): T {
  const one = methods();
  const current: Swapped = { setTag: one.setTag, bulkMatch: one.bulkMatch };
  Object.assign(one, originals);
  try {
    return work();
  } finally {
    Object.assign(one, current);
  }
}
