/**
 * Session 38 (ne38): a national day a statement celebrates is a Topic (gold conventions 3.6),
 * an awareness day stays an Event. Sentences written in the releases' style.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function typed(body: string): { type: string; name: string }[] {
  return extract({ ...memoryDocument('Statement on the Day', body), date: '2025-03-04' })
    .entities.filter((entity) => entity.name.endsWith(' Day'))
    .map(({ type, name }) => ({ type, name }));
}

describe('days a statement marks', () => {
  it.each([
    ['On this Independence Day, we celebrate the people of Peru.', 'Topic', 'Independence Day'],
    [
      'I congratulate the people of Chile on Chilean Independence Day.',
      'Topic',
      'Chilean Independence Day',
    ],
    ['Today we mark World AIDS Day.', 'Event', 'World AIDS Day'],
  ])('%s', (body, type, name) => {
    expect(typed(body)).toContainEqual({ type, name });
  });
});
