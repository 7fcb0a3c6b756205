/**
 * Session 42 (helper topics42b): modifiers the tagger read as verbs inside a noun list.
 * - An -ed form after a list's "and", "or" or comma whose left item is a common noun, before a
 *   common noun, qualifies the noun ("irregular migration and forced displacement",
 *   topics/coordinatedParticiple.ts); with a finite past verb earlier in the sentence it is that
 *   subject's second verb ("discussed security and welcomed progress").
 * - An activity noun (gerundHeads) before a plural after a list's "and"/"or" or a preposition
 *   names the plural's kind ("aviation and shipping emissions", "by smuggling networks",
 *   topics/verbModifiers.ts); before goods (pluralModifiers) after a preposition, or after "and"
 *   when an -ing verb opened the item before, it is a verb.
 * - An -ing word that is a whole item of a noun list after a common noun is a noun ("excess
 *   capacity and overfishing", topics/listGerund.ts); one that takes an object, or before another
 *   -ing word or verb (a series of acts), stays a verb.
 * Sentences written in the genres' style, not taken from the gold.
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import { isCoordinatedParticiple } from '../../../ingest/topics/coordinatedParticiple';
import { isListGerund } from '../../../ingest/topics/listGerund';
import { retagVerbModifiers } from '../../../ingest/topics/verbModifiers';

/** The noun chunks of `sentence`, after the topic pass's modifier retagging. */
function chunked(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  retagVerbModifiers(terms);
  return chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
}

/** The words `isCoordinatedParticiple` reads as list modifiers. */
function listParticiples(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  return terms.filter((_, k) => isCoordinatedParticiple(terms, k)).map((t) => t.text);
}

describe('an -ed word opening a noun list item modifies its noun', () => {
  it.each([
    ['We will address irregular migration and forced displacement in the region.', 'forced'],
    ['They will fight counterfeit goods and pirated content online.', 'pirated'],
    ['We will protect refugees and displaced persons across the region.', 'displaced'],
    ['They will secure semiconductors, printed circuit boards, and batteries.', 'printed'],
    ['We will protect farmers and displaced workers in the region.', 'displaced'],
  ])('%s', (sentence, word) => {
    expect(listParticiples(sentence)).toEqual([word]);
  });

  it.each([
    // an earlier past verb: the -ed word is the same subject's second verb
    'They discussed regional security and welcomed progress on the initiative.',
    'The leaders reviewed the partnership, expressed support for the talks.',
    // a name or pronoun before "and" may be a verb's subject or object
    'We will work with Japan and welcomed partners to the table.',
    // an article after the -ed word: it takes an object
    'We will deepen cooperation and expanded the program.',
    // a sentence's end before "and"
    'We support the plan. And trusted partners will join.',
  ])('keeps the verb: %s', (sentence) => {
    expect(listParticiples(sentence)).toEqual([]);
  });

  it('gives the item its own chunk', () => {
    const sentence = 'We will address irregular migration and forced displacement in the region.';
    expect(chunked(sentence)).toContain('forced displacement in the region');
  });
});

describe('an activity noun in a noun list names its plural’s kind', () => {
  it.each([
    ['We will cut aviation and shipping emissions this decade.', 'shipping emissions'],
    ['They will remove tariffs or licensing requirements on imports.', 'licensing requirements'],
    ['We will disrupt the cartels employed by smuggling networks.', 'smuggling networks'],
    ['They will count toward sourcing requirements for vehicles.', 'sourcing requirements'],
    ['We will support banks and lending institutions in the region.', 'lending institutions'],
  ])('%s', (sentence, expected) => {
    expect(chunked(sentence).join(' | ')).toContain(expected);
  });

  it.each([
    // goods after a preposition are the verb's object
    ['They will disrupt networks by smuggling weapons across the border.', 'smuggling weapons'],
    // an -ing verb opened the item before "and": a series of acts
    ['We are improving health systems and financing clinics nationwide.', 'financing clinics'],
    // a singular after it: the verb's object ("building capacity")
    ['We will support governance and building capacity in the region.', 'building capacity'],
    // after "to" the -ing word opens a verb's clause
    ['They committed to sharing lessons with partners.', 'sharing lessons'],
  ])('keeps the verb: %s', (sentence, phrase) => {
    expect(chunked(sentence).join(' | ')).not.toContain(phrase);
  });
});

/** The words `isListGerund` reads as list items. */
function listGerunds(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  return terms.filter((_, k) => isListGerund(terms, k)).map((t) => t.text);
}

describe('an -ing word that is a whole noun list item is a noun', () => {
  it.each([
    ['We will curb excess capacity and overfishing.', 'overfishing'],
    ['They will fund warning systems, forecasting, and analytics.', 'forecasting'],
    ['We will invest in artificial intelligence and computing, which drive growth.', 'computing'],
    ['We will support feeds, composting and other inputs.', 'composting'],
  ])('%s', (sentence, word) => {
    expect(listGerunds(sentence)).toEqual([word]);
  });

  it.each([
    // a series of acts: another -ing word or a verb follows
    'We will build regional cooperation, designing and implementing projects.',
    'They are committed to peace and promoting and protecting rights.',
    // it takes an object
    'We will support farmers and financing projects.',
    // a list opener
    'We will remove barriers, including tariffs.',
    // a name before it may be its subject
    'We thank Japan and Korea for hosting, and the partners for funding.',
  ])('keeps the verb: %s', (sentence) => {
    expect(listGerunds(sentence)).toEqual([]);
  });

  it('gives the item its own chunk', () => {
    const sentence = 'We will curb excess capacity and overfishing.';
    expect(chunked(sentence).join(' | ')).toContain('overfishing');
  });
});
