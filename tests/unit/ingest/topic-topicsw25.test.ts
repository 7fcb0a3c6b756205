/**
 * Session 25 (helper topicsw25): a verb coordinated after an object is not a noun of the object's
 * phrase (chunkTerms.ts `verbBeforeTo`), and heads that only frame or hedge a topic
 * ("possibility of", "parameters of", "expected increases") name none. Sentences written in the
 * genre's style.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

const topicsOf = (sentence: string): string[] => aboutOf(sentence).flat();

describe('a verb after "and" that "to" follows ends the object before it', () => {
  it.each([
    [
      'The ministers will consult regional governments and work to counter illicit finance.',
      'governments and work',
    ],
    [
      'We urge the parties to seize this chance and return to the negotiating table.',
      'chance and return',
    ],
  ])('%s', (sentence, wrong) => {
    expect(topicsOf(sentence)).not.toContain(wrong);
  });

  it('keeps a noun with no verb reading in the coordination', () => {
    expect(
      topicsOf('The program will train nurses and faculty to strengthen maternal health care.'),
    ).not.toContain('nurses');
  });
});

describe('framing and hedging heads name no topic', () => {
  it.each([
    [
      'Further escalation would endanger the possibility of a diplomatic settlement.',
      'possibility',
    ],
    ['The working group will define the parameters of this partnership.', 'parameters'],
    ['Exports reached record levels this year, with expected increases next year.', 'increases'],
  ])('%s', (sentence, head) => {
    expect(topicsOf(sentence).filter((t) => t.split(' ').includes(head))).toEqual([]);
  });
});

describe('"war of choice" with Putin or Russia as its owner is the war against Ukraine', () => {
  it.each([
    'The partners will impose further costs on those who enable Putin’s war of choice.',
    'The allies condemned Russia’s war of choice and its attacks on civilians.',
  ])('%s', (sentence) => {
    expect(topicsOf(sentence)).toContain("Russia's war of aggression against Ukraine");
  });
});
