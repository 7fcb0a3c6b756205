/**
 * Session 29 (events29): the UN General Assembly as a venue is its yearly session, an Event, named
 * by its number; as the body that votes it stays the Organization. Sentences written in the
 * readouts' style.
 */
import { describe, expect, it } from 'vitest';
import { assemblySession } from '../../../ingest/entities/assemblySessions';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function named(body: string, date: string): { type: string; name: string }[] {
  return extract({ ...memoryDocument('Readout of a Meeting', body), date }).entities.map(
    ({ type, name }) => ({ type, name }),
  );
}

describe('the General Assembly session a meeting is held at', () => {
  it.each([
    ['2021-09-22', false, '76th session of the UN General Assembly'],
    ['2022-03-10', false, '76th session of the UN General Assembly'],
    ['2022-07-01', true, '77th session of the UN General Assembly'],
    ['2025-10-01', false, '80th session of the UN General Assembly'],
  ])('%s (forward: %s)', (date, forward, name) => {
    expect(assemblySession(date, forward)).toBe(name);
  });

  it('makes the venue an Event', () => {
    const body =
      'The Secretary met with Foreign Minister Lind on the margins of the United Nations General Assembly in New York.';
    expect(named(body, '2024-09-24')).toContainEqual({
      type: 'Event',
      name: '79th session of the UN General Assembly',
    });
  });

  it('keeps the body that adopts resolutions an Organization', () => {
    const body =
      'The leaders welcomed the resolution adopted by the United Nations General Assembly.';
    expect(named(body, '2024-09-24')).toContainEqual({
      type: 'Organization',
      name: 'UN General Assembly',
    });
  });
});
