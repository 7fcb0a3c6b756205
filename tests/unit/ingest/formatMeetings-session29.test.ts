/**
 * Session 29 (events29): an indefinite meeting description in an adjunct tells the meeting's
 * format and names no Event; as an object, or as the title's meeting, it still names one.
 * Sentences written in the joint statements' style.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function events(title: string, body: string): string[] {
  return extractText(title, body)
    .entities.filter((entity) => entity.type === 'Event')
    .map((entity) => entity.name);
}

const JOINT = 'Joint Statement by President Joe Biden and Prime Minister Ana Costa';

describe('a meeting’s format is no Event', () => {
  it.each([
    'President Biden hosted Prime Minister Ana Costa for a virtual bilateral meeting to review cooperation.',
    'The two leaders met in a bilateral meeting and discussed regional security.',
    'The officials issued this statement following a trilateral meeting on energy security.',
  ])('%s', (body) => {
    expect(events(JOINT, body)).toEqual([]);
  });

  it('keeps a summit the leaders will hold', () => {
    const body = 'At the leader level, we will hold an in-person summit by the end of the year.';
    expect(events(JOINT, body)).toContain('in-person summit');
  });

  it('keeps a state visit that frames the statement', () => {
    const body =
      'During a historic state visit to Lisbon, President Biden and Prime Minister Ana Costa elevated the partnership.';
    expect(events(JOINT, body).length).toBeGreaterThan(0);
  });
});
