/**
 * The explorer's early graph request (web/app/earlyRequest.ts): sent once at start, taken by
 * the first load that asks the same thing; anything else, or a second load, sends its own.
 */
import { describe, expect, it } from 'vitest';
import { earlyRequest } from '../../../web/app/earlyRequest';

type Query = { docs: string[] };

function counting() {
  const sent: string[] = [];
  const send = (query: Query) => {
    sent.push(query.docs.join(','));
    return Promise.resolve(`answer ${sent.length}`);
  };
  return { sent, send };
}

describe('an early request', () => {
  it('is sent at once and taken by the first load of the same query, without a second send', async () => {
    const { sent, send } = counting();
    const early = earlyRequest<Query, string>({ docs: [] }, send);
    expect(sent).toEqual(['']);
    expect(await early.take({ docs: [] })).toBe('answer 1');
    expect(sent).toEqual(['']);
    // Taken once only: the next load is a request of its own.
    expect(await early.take({ docs: [] })).toBe('answer 2');
    expect(sent).toEqual(['', '']);
  });

  it('is not used for another query: that load sends its own', async () => {
    const { sent, send } = counting();
    const early = earlyRequest<Query, string>({ docs: [] }, send);
    expect(await early.take({ docs: ['doc:a'] })).toBe('answer 2');
    expect(sent).toEqual(['', 'doc:a']);
  });

  it('keeps a failure for the load that takes it, not as an unhandled rejection', async () => {
    const early = earlyRequest(
      { docs: [] },
      (): Promise<string> => Promise.reject(new Error('down')),
    );
    await new Promise((done) => setTimeout(done, 10));
    await expect(early.take({ docs: [] })).rejects.toThrow('down');
  });
});
