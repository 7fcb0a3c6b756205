/**
 * Session 24 (names24d): an official's full name repeated without a title later in the document
 * is that official (ingest/entities/repeatedNames.ts), and a style ('HE', 'Sheikh') before a name
 * with an appositive title is no part of the name (officialPatterns.ts). Sentences written in
 * the genres' style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function mentionsOf(body: string): { name: string; sentence: number }[] {
  const extraction = extractText('Readout', body, 't');
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const index = new Map(extraction.sentences.map((s) => [s.id, s.index]));
  return extraction.mentions.map((m) => ({
    name: names.get(m.entityId) ?? '',
    sentence: index.get(m.sentenceId) ?? -1,
  }));
}

describe('a full name repeated without a title', () => {
  it('is the official the title introduced', () => {
    const mentions = mentionsOf(
      'Deputy National Security Advisor Clara Voss traveled to Lisbon today. Clara Voss also met with students and conveyed the commitment of the United States to education.',
    );
    expect(mentions).toContainEqual({ name: 'Clara Voss', sentence: 1 });
  });

  it('is no part of a longer capitalised name', () => {
    const mentions = mentionsOf(
      'Special Envoy Tomas Berg visited the region. Officials toured the Tomas Berg Institute in the capital.',
    );
    expect(mentions.filter((m) => m.name === 'Tomas Berg' && m.sentence === 1)).toEqual([]);
  });
});

describe('a style before a name with an appositive title', () => {
  it('is left out of the name', () => {
    const body =
      'The Secretary met with HE Sheikh Hamad bin Nasser Al Thani, Minister of State of Qatar, in Doha.';
    const names = mentionsOf(body).map((m) => m.name);
    expect(names).toContain('Hamad bin Nasser Al Thani');
    expect(names.some((name) => name.startsWith('HE '))).toBe(false);
  });
});
