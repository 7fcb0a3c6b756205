/**
 * The meeting a readout's title names is an Event, even when the body only says who met; a
 * statement that names no meeting, in its title or its text, has none, and a call is no meeting
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
  it('is the Event its title names, when the body only says who met', () => {
    expect(
      events(
        'Readout of Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia',
        'Secretary Blinken met with Foreign Minister Penny Wong of Australia in Canberra today. They discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual(['Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia']);
  });

  it('is no Event when neither the title nor the text names a meeting', () => {
    expect(
      events(
        'Statement on the Trilateral Talks',
        'The national security advisors of the United States and Japan met for talks today. They discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual([]);
  });

  it('is no Event for a call readout', () => {
    expect(
      events(
        'Readout of President Biden’s Call with Prime Minister Fumio Kishida of Japan',
        'On the call, the leaders reaffirmed the strength of the U.S.-Japan Alliance.',
      ),
    ).toEqual([]);
  });
});
