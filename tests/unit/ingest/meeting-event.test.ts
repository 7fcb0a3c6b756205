/**
 * The meeting a readout's title describes is an Event only when the body refers back to it as a
 * thing ("In the meeting", "This meeting", "On the call"); "X met with Y" alone names no meeting
 * (gold conventions, settled in session 7).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

function events(title: string, body: string) {
  const result = extract({
    path: 'memory/meeting-event.txt',
    basename: 'meeting-event',
    format: 'text',
    title,
    body,
    sha256: 'f'.repeat(64),
  });
  return result.entities.filter((entity) => entity.type === 'Event').map((entity) => entity.name);
}

describe('the meeting a readout reports', () => {
  it('is no Event when the body only says who met', () => {
    expect(
      events(
        'Readout of Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia',
        'Secretary Blinken met with Foreign Minister Penny Wong of Australia in Canberra today. They discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual([]);
  });

  it('is an Event when the body refers back to the meeting', () => {
    expect(
      events(
        'Readout of Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia',
        'Secretary Blinken met with Foreign Minister Penny Wong of Australia in Canberra today. During the meeting, they discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual(['Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia']);
  });

  it('counts a call the body refers back to, not a "call for"', () => {
    const title = 'Readout of President Biden’s Call with Prime Minister Fumio Kishida of Japan';
    expect(
      events(title, 'On the call, the leaders reaffirmed the strength of the U.S.-Japan Alliance.'),
    ).toEqual(['President Biden’s Call with Prime Minister Fumio Kishida of Japan']);
    expect(
      events(title, 'The leaders renewed the call for the complete denuclearization of the DPRK.'),
    ).toEqual([]);
  });
});
