/**
 * Session 54 (events54): an Event named by the text's own phrase leaves the rating words out of its
 * name and takes in who or where its head noun's complement names (gold conventions 3.6); a
 * finder's own name keeps its wording after an owner's possessive, a month before a summit and
 * coordinated places as aliases. Sentences written in the statements' style, places invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function events(body: string, date = '2023-11-16', title = 'Readout of a Meeting') {
  return extract({ ...memoryDocument(title, body), date }).entities.filter(
    (entity) => entity.type === 'Event',
  );
}

const names = (body: string) => events(body).map((entity) => entity.name);
const forms = (body: string) => events(body).flatMap((entity) => [entity.name, ...entity.aliases]);

describe('events named by the text’s phrase', () => {
  it.each([
    [
      'a rating word left out of the name',
      'The leaders welcomed the recent trilateral summit in Baghdad.',
      'trilateral summit in Baghdad',
    ],
    [
      'a person’s event completed by where it went, the rating left out',
      'The President praised the historic visit of Pope Francis to Iraq.',
      'visit of Pope Francis to Iraq',
    ],
  ])('%s', (_, body, name) => {
    expect(names(body)).toContain(name);
  });

  it('leaves a proper name’s capitalised head uncompleted by a place', () => {
    const found = names(
      'They look forward to the Asia Pacific Economic Cooperation Leaders’ Meeting in San Francisco.',
    );
    expect(found.some((name) => name.endsWith('in San Francisco'))).toBe(false);
  });

  it.each([
    [
      'the wording after an owner’s possessive',
      'They discussed Secretary Robinson’s visit to Ecuador.',
      'visit to Ecuador',
    ],
    [
      'the named summit after its month',
      'The leaders recalled the May 2021 G20 Global Health Summit.',
      'G20 Global Health Summit',
    ],
  ])('keeps %s as an alias', (_, body, alias) => {
    expect(forms(body)).toContain(alias);
  });

  it('gives no bare head after a plural possessive as an alias', () => {
    const found = forms('The leaders look forward to the North American Leaders’ Summit.');
    expect(found).not.toContain('Summit');
  });
});
