/**
 * Several calls or meetings a title lists are one Event each (entities/titleSplitMeetings.ts;
 * gold conventions 3.6, s31 ruling; gold 2021-05-17, 2024-05-19); one party or an unnamed group
 * is no list.
 */
import { describe, expect, it } from 'vitest';
import { splitMeetingsInTitle } from '../../../ingest/entities/titleSplitMeetings';
import { extractText } from '../../support/extractText';

const ROWS: [title: string, events: string[]][] = [
  [
    'Statement by NSC Spokesperson Emily Horne on National Security Adviser Jake Sullivan Calls with Prime Minister Nikol Pashinyan of Armenia and President Ilham Aliyev of Azerbaijan',
    [
      'National Security Adviser Jake Sullivan’s Call with Prime Minister Nikol Pashinyan of Armenia',
      'National Security Adviser Jake Sullivan’s Call with President Ilham Aliyev of Azerbaijan',
    ],
  ],
  [
    'Readout of National Security Advisor Jake Sullivan’s Meetings in Saudi Arabia and Israel',
    [
      'National Security Advisor Jake Sullivan’s Meetings in Saudi Arabia',
      'National Security Advisor Jake Sullivan’s Meetings in Israel',
    ],
  ],
  [
    'Readout of Vice President Harris’s Calls with President Macron of France, Chancellor Scholz of Germany, and Prime Minister Draghi of Italy',
    [
      'Vice President Harris’s Call with President Macron of France',
      'Vice President Harris’s Call with Chancellor Scholz of Germany',
      'Vice President Harris’s Call with Prime Minister Draghi of Italy',
    ],
  ],
  [
    'Readout of National Security Advisor Jake Sullivan’s Meetings with Palestinian Authority President Mahmoud Abbas',
    [],
  ],
  ['Readout of Vice President Harris’s Calls with European Leaders', []],
  ['Readout of AUKUS Joint Steering Group Meetings', []],
];

describe('calls and meetings a title lists', () => {
  it.each(ROWS)('%s', (title, events) => {
    expect(splitMeetingsInTitle(title)).toEqual(events);
  });

  it('declares each as an Event of its own', () => {
    const extraction = extractText(
      ROWS[0]![0],
      'Mr. Sullivan spoke with both leaders about the situation.',
      't',
    );
    const names = extraction.entities.filter((e) => e.type === 'Event').flatMap((e) => e.aliases);
    expect(names).toEqual(expect.arrayContaining(ROWS[0]![1]));
  });
});
