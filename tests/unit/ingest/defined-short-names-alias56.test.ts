/**
 * Short names defined in brackets after a body's full name (definedShortNames.ts): "… Senior
 * Cyber Group (the Group)", "(the “Fund”)", "(“the Agreement”)", "(hereinafter referred to as “the
 * Taskforce”)" make the short name a hit of that body, and so are its later uses after "the"; a
 * collective or a place's short name is not the name before it. The whole extractor also reads
 * "the Group" as its clauses' actor where the forum's states speak as "we" (openingParties.ts
 * appositiveForums), and no longer runs a country on into the forum's name (phraseFilters.ts).
 */
import { describe, expect, it } from 'vitest';
import { definedShortNames, type ShortNames } from '../../../ingest/entities/definedShortNames';
import type { Candidate } from '../../../ingest/entities/matchLexicon';
import type { SegmentedSentence } from '../../../ingest/segment';
import { extractText } from '../../support/extractText';

function sentence(index: number, start: number, body: string): SegmentedSentence {
  return { index, start, end: start + body.length, text: body, paragraph: 0 };
}

function hitOf(text: string, name: string, type: Candidate['type']): Candidate {
  const start = text.indexOf(name);
  return { entityId: 'body', type, start, end: start + name.length, text: name, source: 'phrase' };
}

/** The short-name hits a first sentence defines and a second one uses, as [text, entity] pairs. */
function shortHits(first: string, name: string, type: Candidate['type'], second: string) {
  const text = `${first} ${second}`;
  const names: ShortNames = new Map();
  const defined = definedShortNames(text, sentence(0, 0, first), [hitOf(text, name, type)], names);
  const later = definedShortNames(text, sentence(1, first.length + 1, second), [], names);
  return [...defined, ...later].map((hit) => [hit.text, text.slice(hit.start, hit.end)]);
}

describe('definedShortNames', () => {
  it.each([
    [
      'The Principals of the Quad Senior Cyber Group (the Group) met.',
      'Quad Senior Cyber Group',
      'Organization',
      'The Group discussed the Group’s agenda.',
      [
        ['Group', 'Group'],
        ['Group', 'Group'],
        ['Group', 'Group'],
      ],
    ],
    [
      'We launch the Pandemic Preparedness Fund (the “Fund”) today.',
      'Pandemic Preparedness Fund',
      'Program',
      'The Fund will grow.',
      [
        ['Fund', 'Fund'],
        ['Fund', 'Fund'],
      ],
    ],
    [
      'They reached an Agreement on Reciprocal Trade (“the Agreement”) in May.',
      'Agreement on Reciprocal Trade',
      'Instrument',
      'The Agreement enters into force.',
      [
        ['Agreement', 'Agreement'],
        ['Agreement', 'Agreement'],
      ],
    ],
    [
      'They set up the Taskforce on Critical Minerals (hereinafter referred to as “the Taskforce”).',
      'Taskforce on Critical Minerals',
      'Program',
      'the Taskforce will meet.',
      [
        ['Taskforce', 'Taskforce'],
        ['Taskforce', 'Taskforce'],
      ],
    ],
    [
      // A quoted short name with no "the" is used bare.
      'They launched the Americas Partnership for Economic Prosperity (“Americas Partnership”).',
      'Americas Partnership for Economic Prosperity',
      'Program',
      'Americas Partnership members met.',
      [
        ['Americas Partnership', 'Americas Partnership'],
        ['Americas Partnership', 'Americas Partnership'],
      ],
    ],
  ] as const)('%s', (first, name, type, second, expected) => {
    expect(shortHits(first, name, type, second)).toEqual(expected);
  });

  it.each([
    // A collective of two names is neither of them.
    ['Fannie Mae and Freddie Mac (the Enterprises) agreed.', 'Freddie Mac', 'Organization'],
    // A place or a person takes no short name: the parties' collective is no state.
    [
      'The Government of Malaysia (hereinafter referred to as “the Participants”) signed.',
      'Malaysia',
      'Country',
    ],
    ['President Biden (the “Leaders”) met.', 'President Biden', 'Official'],
  ] as const)('defines nothing: %s', (first, name, type) => {
    expect(
      shortHits(first, name, type, 'The Enterprises, the Participants and the Leaders met.'),
    ).toEqual([]);
  });

  it('needs "the" before a later use of a short name defined with it', () => {
    const hits = shortHits(
      'The Principals of the Quad Senior Cyber Group (the Group) met.',
      'Quad Senior Cyber Group',
      'Organization',
      'A Group of experts met; the Group Chair spoke.',
    );
    expect(hits).toEqual([['Group', 'Group']]);
  });
});

describe('a forum and its short name in the whole extractor', () => {
  const body = [
    'We, the Principals of Australia, India, Japan and the United States of the Quad Senior Cyber Group (the Group) met in New Delhi.',
    'We reaffirm our commitment to a free and open Indo-Pacific.',
    'The Group discussed the importance of trusted vendors.',
  ].join('\n\n');
  const x = extractText('Quad Senior Cyber Group Joint Cybersecurity Statement', body);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));

  it('finds the forum, not a country run on into it, with its short name as an alias', () => {
    const forum = x.entities.find((e) => e.name === 'Quad Senior Cyber Group');
    expect(forum?.aliases).toContain('Group');
    expect(x.entities.map((e) => e.name)).not.toContain(
      'United States of the Quad Senior Cyber Group',
    );
  });

  it('has "we" as the four states and "the Group" as the forum', () => {
    const actors = x.commitments.map((c) => [c.trigger, c.actors.map((a) => names.get(a)).sort()]);
    expect(actors).toContainEqual([
      expect.stringMatching(/^reaffirm/),
      ['Australia', 'India', 'Japan', 'United States'],
    ]);
    expect(actors).toContainEqual([
      expect.stringMatching(/^discussed/),
      ['Quad Senior Cyber Group'],
    ]);
  });
});
