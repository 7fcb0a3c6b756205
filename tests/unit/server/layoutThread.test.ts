/**
 * The first view's layout on a worker thread gives exactly the positions of the in-process
 * layout (the thread runs the same code on the few fields it is posted), answers concurrent
 * requests each with its own graph, and the event loop stays free while it works.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layoutInput, layoutPositions } from '../../../server/layout/firstViewLayout';
import { closeLayoutThread, layoutOnThread } from '../../../server/layout/layoutThread';
import { firstView } from './firstViewGraph';

afterAll(closeLayoutThread);

describe('the layout thread', { timeout: 60_000 }, () => {
  it('lays out a fixed graph exactly as the in-process layout does', async () => {
    for (const input of [layoutInput(firstView(40, 200)), layoutInput(firstView(150, 400))]) {
      const onThread = await layoutOnThread(input);
      expect(onThread.size).toBe(input.nodes.length);
      expect([...onThread]).toEqual([...layoutPositions(input)]);
    }
  });

  it('answers concurrent layouts each with its own graph, without blocking the event loop', async () => {
    const small = layoutInput(firstView(40, 150));
    const big = layoutInput(firstView(150, 400));
    // Timer ticks while both run: a synchronous layout here would let none through.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const [a, b] = await Promise.all([layoutOnThread(big), layoutOnThread(small)]);
    clearInterval(timer);
    expect([...a]).toEqual([...layoutPositions(big)]);
    expect([...b]).toEqual([...layoutPositions(small)]);
    expect(ticks).toBeGreaterThan(0);
  });
});
