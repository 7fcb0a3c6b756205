/**
 * definedAcronyms (split from recognise.ts): an acronym in parentheses right after a name is a
 * hit of that name's entity, and so are its later uses, in this sentence and the next ones.
 */
import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '../../../ingest/entities/definedAcronyms';
import type { Candidate } from '../../../ingest/entities/matchLexicon';
import type { SegmentedSentence } from '../../../ingest/segment';

const first = 'The International Traffic in Arms Regulations (ITAR) apply. ';
const second = 'ITAR rules, and ITAR again; the ITARS are no use.';
const text = first + second;

function sentence(index: number, start: number, body: string): SegmentedSentence {
  return { index, start, end: start + body.length, text: body, paragraph: 0 };
}

const name = 'International Traffic in Arms Regulations';
const itar: Candidate = {
  entityId: 'itar',
  type: 'Instrument',
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
  text: name,
  source: 'lexicon',
};

describe('definedAcronyms', () => {
  it('takes a definition in the sentence, then finds its later whole-word uses', () => {
    const acronyms = new Map<string, Candidate>();
    const defined = definedAcronyms(text, sentence(0, 0, first.trim()), [itar], acronyms);
    expect(defined.map((hit) => [hit.text, hit.start, hit.entityId])).toEqual([
      ['ITAR', text.indexOf('(ITAR)') + 1, 'itar'],
    ]);
    expect([...acronyms.keys()]).toEqual(['ITAR']);
    const later = definedAcronyms(text, sentence(1, first.length, second), [], acronyms);
    expect(later.map((hit) => [hit.start, hit.entityId])).toEqual([
      [first.length, 'itar'],
      [first.length + second.indexOf('ITAR again'), 'itar'],
    ]);
  });

  it('skips a definition outside the sentence and a use a chosen hit covers', () => {
    const acronyms = new Map<string, Candidate>();
    // The sentence ends before the parenthesis: its offsets would point outside it.
    const short = sentence(0, 0, first.slice(0, itar.end));
    expect(definedAcronyms(text, short, [itar], acronyms)).toEqual([]);
    expect(acronyms.size).toBe(0);
    acronyms.set('ITAR', { ...itar, start: 0, end: 4, text: 'ITAR' });
    const covering: Candidate = { ...itar, start: first.length, end: first.length + 10 };
    const later = definedAcronyms(text, sentence(1, first.length, second), [covering], acronyms);
    expect(later.map((hit) => hit.start)).toEqual([first.length + second.indexOf('ITAR again')]);
  });

  // A place right before the parenthesis takes the acronym only when its words (or the
  // capitalised words right before it) could open it: else the acronym is a longer name's.
  it.each([
    ['The Communications Workers of America (CWA) will train workers.', 'America', 'Country', []],
    ['aggression against Ukraine (ICPA) which is linked', 'Ukraine', 'Country', []],
    ['the African Union Transitional Mission in Somalia (ATMIS).', 'Somalia', 'Country', []],
    ['the Republic of Korea (ROK) and Japan', 'Republic of Korea', 'Country', ['ROK']],
    ['the Iraqi Kurdistan Region (IKR) is integral', 'Kurdistan Region', 'Region', ['IKR']],
    ['Türkiye (Turkey) hosted the talks', 'Türkiye', 'Country', ['Turkey']],
    ['Doctors Without Borders (MSF) reported', 'Doctors Without Borders', 'Organization', ['MSF']],
  ] as const)('%s', (body, name, type, expected) => {
    const hit: Candidate = {
      entityId: 'hit',
      type,
      start: body.indexOf(name),
      end: body.indexOf(name) + name.length,
      text: name,
      source: 'lexicon',
    };
    const acronyms = new Map<string, Candidate>();
    const defined = definedAcronyms(body, sentence(0, 0, body), [hit], acronyms);
    expect(defined.map((found) => found.text)).toEqual(expected);
    expect([...acronyms.keys()]).toEqual(expected);
  });
});
