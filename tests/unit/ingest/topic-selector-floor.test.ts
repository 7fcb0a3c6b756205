/**
 * The selector's quality floor (ingest/topics/selector/names.ts, words.ts): who acts is no topic,
 * a run opening on a verb the tagger read as a noun or ending on a modifier is a fragment, and a
 * run cut before its compound's head (or a title's tail: "Secretary of Labor") is a piece of it.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isTopicName } from '../../../ingest/topics/selector/names';
import { taggedWords as words } from '../../support/taggedWords';

describe('isTopicName: agents and fragments', () => {
  it.each([
    // agentHeads and group heads: who acts or is addressed
    ['background screening companies', false],
    ['provincial stakeholders', false],
    ['recipient nation', false],
    ['neighbouring governments', false],
    ['district leaders', false],
    ['regional partners on disaster relief', false],
    // a group as the complement is the topic's object
    ['protection of humanitarian workers', true],
    ['disaster relief', true],
    // leadingFragments / danglingWords
    ['build resilience', false],
    ['capacity of regional', false],
    ['flood resilience', true],
    // a vacuous head before any complement preposition heads the phrase
    ['basis for peace', false],
    ['new actions across agencies', false],
    ['vision for the Future', false],
    ['broad range of issues', false],
    ['commitment to multilateralism', false],
    ['actions against illegal fishing', false],
    ['cooperation on clean energy', true],
    ['access to clean water', true],
    // the statements' own public alone (ownPublic)
    ['American people', false],
    ['Americans', false],
    ['American workers', true],
  ])('%s → %s', (text, ok) => {
    expect(isTopicName(text, false, false)).toBe(ok);
  });
});

describe('isTopicName: generic words alone (genericAlone) and hyphenated modifiers', () => {
  it.each([
    // genericAlone: no topic alone, even where the thesaurus knows the word (known = true)
    ['principles', true, true, false],
    ['Principles', true, false, false],
    ['business', true, true, false],
    ['developments', true, false, false],
    // inside a longer name the word is the model's to weigh
    ['business ties', false, false, true],
    ['democratic principles', false, false, true],
    // a word the gold keeps alone stays a candidate
    ['workers', true, false, true],
    // danglingWords: a hyphenated modifier the tagger read as a noun
    ['long-term', true, false, false],
    ['high-standard', true, false, false],
    ['long-term financing', false, false, true],
  ])('%s (single %s, known %s) → %s', (text, single, known, ok) => {
    expect(isTopicName(text, single, known)).toBe(ok);
  });
});

describe('Words.cutBeforeHead', () => {
  it('a run ending before the noun its last word modifies is cut before the head', () => {
    const w = words('affordable child care services', [
      ['affordable', ' '],
      ['child', ' '],
      ['care', ' '],
      ['services', ''],
    ]);
    expect(w.cutBeforeHead(1)).toBe(true); // "affordable child" of "affordable child care"
    expect(w.cutBeforeHead(2)).toBe(true); // "child care" of "child care services"
    expect(w.cutBeforeHead(3)).toBe(false); // the last word
  });

  it('a vacuous head after the run, or punctuation between, leaves the run whole', () => {
    const vacuous = words('wetland restoration efforts', [
      ['wetland', ' '],
      ['restoration', ' '],
      ['efforts', ''],
    ]);
    expect(vacuous.cutBeforeHead(1)).toBe(false);
    // The tagger hands the opening bracket to the next word: the sentence decides.
    const bracket = words('rapid diagnostic tests (RDTs)', [
      ['rapid', ' '],
      ['diagnostic', ' '],
      ['tests', ' '],
      ['RDTs', ')'],
    ]);
    expect(bracket.cutBeforeHead(2)).toBe(false);
    const comma = words('vaccines, tests', [
      ['vaccines', ', '],
      ['tests', ''],
    ]);
    expect(comma.cutBeforeHead(0)).toBe(false);
  });
});

describe('Words.loneModifies: a lone word before the noun it modifies', () => {
  it.each([
    // an ordinary noun after it: a piece of the compound
    ['affordable health care', 'health', 'care', true],
    // a vacuous head names no topic of its own: the word before it stands
    ['resilience efforts', 'resilience', 'efforts', false],
    ['ransomware actors', 'ransomware', 'actors', false],
    ['peacebuilding role', 'peacebuilding', 'role', false],
  ])('%s: %s → %s', (sentence, word, next, cut) => {
    const w = words(sentence, [
      [word, ' '],
      [next, ''],
    ]);
    expect(w.loneModifies(0)).toBe(cut);
  });
});

describe('Words.titleTail: a capitalised word ending a title', () => {
  it.each([
    ['as Secretary of Labor today', ['as', 'Secretary', 'of', 'Labor', 'today'], 3, true],
    ['the Strategy on Women, Peace', ['the', 'Strategy', 'on', 'Women', 'Peace'], 3, true],
    ['the Director for Technology', ['the', 'Director', 'for', 'Technology'], 3, true],
    // lowercase: an ordinary complement
    ['the Department of labor', ['the', 'Department', 'of', 'labor'], 3, false],
    // 'and' joins two names, each its own ('Palestinians and Israelis')
    ['both Palestinians and Israelis', ['both', 'Palestinians', 'and', 'Israelis'], 3, false],
    // no capitalised word before the link
    ['the rights of Afghans', ['the', 'rights', 'of', 'Afghans'], 3, false],
  ] as const)('%s → %s', (sentence, spec, k, tail) => {
    const w = words(
      sentence,
      spec.map((t, i): [string, string] => [
        t,
        i + 1 < spec.length ? (t === 'Women' ? ', ' : ' ') : '',
      ]),
    );
    expect(w.titleTail(k)).toBe(tail);
  });
});
