/**
 * subjectBefore (ingest/resolveActors.ts) tries one subject shape after another, each in its own
 * module (commitments/pronounSubject, partySubject, namedSubject, appositiveSubject, carryOver):
 * one case per shape, on a hand-built context, with what each leaves for the next "They"/"He".
 */
import { describe, expect, it } from 'vitest';
import { type ActorContext, subjectBefore } from '../../../ingest/resolveActors';
import type { EntityHit } from '../../../ingest/types';

const G7 = [
  'country:can',
  'country:fra',
  'country:deu',
  'country:ita',
  'country:jpn',
  'country:gbr',
  'country:usa',
  'organization:european-union',
];

function context(extra: Partial<ActorContext> = {}): ActorContext {
  return { signatories: ['country:usa', 'country:jpn'], officials: [], ...extra };
}

/** A hit on the first occurrence of `surface` in `text` (sentence offset 0). */
function hit(text: string, surface: string, entityId: string, type: EntityHit['type']): EntityHit {
  const start = text.indexOf(surface);
  return { entityId, type, start, end: start + surface.length, text: surface };
}

/** The subject before the first occurrence of `verb`, and the subject's text. */
function subject(ctx: ActorContext, text: string, verb: string, hits: EntityHit[] = []) {
  const found = subjectBefore(ctx, { text, start: 0 }, hits, text.indexOf(verb));
  return found && { actors: found.actors, text: text.slice(found.start, found.end) };
}

describe('subject shapes', () => {
  it('a pronoun after a reporting verb is its speaker; a mid-sentence "it" is no subject', () => {
    const text = 'Seoul said it welcomed the move.';
    const hits = [hit(text, 'Seoul', 'country:kor', 'Country')];
    expect(subject(context(), text, 'welcomed', hits)).toEqual({
      actors: ['country:kor'],
      text: 'it',
    });
    expect(subject(context(), 'The talks went well and it welcomed them.', 'welcomed')).toBe(
      undefined,
    );
  });

  it('"we" with an appositive, "for us to" and a past list item are the parties', () => {
    const g7 = context({ signatories: ['organization:g7'] });
    expect(subject(g7, 'We, the Leaders of the G7, reaffirm our support.', 'reaffirm')).toEqual({
      actors: G7,
      text: 'We, the Leaders of the G7,',
    });
    expect(subject(context(), 'Now is the time for us to act.', 'act')).toEqual({
      actors: ['country:usa', 'country:jpn'],
      text: 'us to',
    });
    // "We the leaders of A, B, and C" with no comma after "We": the whole list, not its tail.
    const aukus = context({ signatories: ['country:aus', 'country:gbr', 'country:usa'] });
    const leaders =
      'We the leaders of Australia, the United Kingdom, and the United States, mark it.';
    const listed = [
      hit(leaders, 'Australia', 'country:aus', 'Country'),
      hit(leaders, 'the United Kingdom', 'country:gbr', 'Country'),
      hit(leaders, 'the United States', 'country:usa', 'Country'),
    ];
    expect(subject(aukus, leaders, 'mark', listed)?.actors).toEqual([
      'country:aus',
      'country:gbr',
      'country:usa',
    ]);
    const quad =
      'We the Quad partners of Australia, Japan, and the United States are launching it.';
    expect(
      subject(aukus, quad, 'are launching', [hit(quad, 'Japan', 'country:jpn', 'Country')])?.text,
    ).toBe('We the Quad partners of Australia, Japan, and the United States');
    const officials = context({ officials: ['official:a', 'official:b'] });
    expect(subject(officials, 'Announced new funding for clean energy.', 'Announced')).toEqual({
      actors: ['official:a', 'official:b'],
      text: '',
    });
  });

  it('named actors are the subject and who "They" is next', () => {
    const ctx = context();
    const text = 'Japan and the United States reaffirmed their alliance.';
    const hits = [
      hit(text, 'Japan', 'country:jpn', 'Country'),
      hit(text, 'the United States', 'country:usa', 'Country'),
    ];
    expect(subject(ctx, text, 'reaffirmed', hits)?.actors).toEqual(['country:jpn', 'country:usa']);
    expect(ctx.lastPlural).toEqual(['country:jpn', 'country:usa']);
  });

  it("the document's grouping by its bare head, and a title alone, are named subjects", () => {
    const alliance = context({ heads: new Map([['alliance', 'organization:g7']]) });
    expect(subject(alliance, 'The Alliance commits to peace.', 'commits')?.actors).toEqual(G7);
    expect(alliance.lastPlural).toEqual(G7);
    const titled = context({
      officials: ['official:biden'],
      titles: new Map([['official:biden', 'President']]),
    });
    expect(subject(titled, 'The President thanked his host.', 'thanked')).toEqual({
      actors: ['official:biden'],
      text: 'The President',
    });
    expect(titled.lastPerson).toEqual(['official:biden']);
    // A named official coordinated before the title: both, and who "They" is next.
    const text = 'Mr. Sullivan and the Secretary General discussed Ukraine.';
    const pair = context({
      officials: ['official:sullivan', 'official:sg'],
      titles: new Map([['official:sg', 'Secretary General']]),
    });
    const hits = [hit(text, 'Mr. Sullivan', 'official:sullivan', 'Official')];
    expect(subject(pair, text, 'discussed', hits)).toEqual({
      actors: ['official:sullivan', 'official:sg'],
      text: 'Mr. Sullivan and the Secretary General',
    });
    expect(pair.lastPlural).toEqual(['official:sullivan', 'official:sg']);
  });

  it('"the two" is the first officials named; "each side" is every signatory', () => {
    const ctx = context({ officials: ['official:a', 'official:b', 'official:c'] });
    expect(subject(ctx, 'The two discussed trade.', 'discussed')?.actors).toEqual([
      'official:a',
      'official:b',
    ]);
    expect(ctx.lastPlural).toEqual(['official:a', 'official:b']);
    expect(subject(context(), 'Each side will take steps.', 'take')?.actors).toEqual([
      'country:usa',
      'country:jpn',
    ]);
  });

  it('a subject before an appositive ends at the appositive', () => {
    const text = 'Japan, the host of the summit, welcomed the leaders.';
    const hits = [hit(text, 'Japan', 'country:jpn', 'Country')];
    expect(subject(context(), text, 'welcomed', hits)).toEqual({
      actors: ['country:jpn'],
      text: 'Japan, the host of the summit,',
    });
  });

  it('a plural thing opening its sentence is no subject, and no one for "They"', () => {
    const ctx = context({ lastPlural: ['country:jpn'] });
    expect(subject(ctx, 'These sanctions will target evasion.', 'target')).toBe(undefined);
    expect(ctx.lastPlural).toEqual([]);
  });
});
