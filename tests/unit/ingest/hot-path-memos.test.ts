/**
 * Work taken off extraction's hot paths (session 36, speed), each giving what the slower way gave:
 * `ranges` is computed once per commitment and arguments, however often the topic rules, the
 * learnt topics and the selector ask; `foldLabel` once per label; `countryInTitle` once per title;
 * `wholeWordAt` finds a word as a regex compiled per word did. A memo keyed on too little (the
 * trigger, the bound) would hand one call's answer to another.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../contract/extraction';
import { ranges } from '../../../ingest/entities/commitmentScope';
import { countryInTitle } from '../../../ingest/entities/officialLookup';
import { lexicon as loadLexicon } from '../../../ingest/lexicon';
import { wholeWordAt } from '../../../ingest/topics/evidence';
import { foldLabel } from '../../../ingest/topics/thesaurus';

const SENTENCE = 'To meet growing energy needs, the two leaders committed to expand clean energy.';

function commitment(trigger: string): Commitment {
  return {
    id: 'c1',
    docId: 'doc:x',
    sentenceId: 's:0',
    stance: 'commit',
    trigger,
    text: SENTENCE,
    actors: [],
    about: [],
    targets: [],
  } as Commitment;
}

describe('ranges: one computation per commitment and arguments', () => {
  it('gives the same ranges again, and the same list', () => {
    const c = commitment('committed');
    const first = ranges(SENTENCE, c, true, SENTENCE.length);
    expect(first).toEqual([
      { from: SENTENCE.indexOf('committed') + 'committed'.length, to: SENTENCE.length },
      { from: 0, to: SENTENCE.indexOf(',') },
    ]);
    expect(ranges(SENTENCE, c, true, SENTENCE.length)).toBe(first);
  });

  it.each([
    ['a nearer bound', true, 60, 60],
    ['not the first commitment (no adjunct range)', false, SENTENCE.length, SENTENCE.length],
  ])('recomputes for %s', (_, first, to, end) => {
    const c = commitment('committed');
    ranges(SENTENCE, c, true, SENTENCE.length);
    const again = ranges(SENTENCE, c, first, to);
    expect(again[0]).toEqual({ from: SENTENCE.indexOf('committed') + 9, to: end });
    expect(again.length).toBe(first ? 2 : 1);
  });

  it('recomputes when the trigger or the sentence changed', () => {
    const c = commitment('committed');
    ranges(SENTENCE, c, false, SENTENCE.length);
    c.trigger = 'committed to expand';
    expect(ranges(SENTENCE, c, false, SENTENCE.length)[0]!.from).toBe(SENTENCE.indexOf(' clean'));
    const other = `Today ${SENTENCE}`;
    expect(ranges(other, c, false, other.length)[0]!.from).toBe(other.indexOf(' clean'));
  });
});

describe('foldLabel: the memo gives what folding gives', () => {
  it.each([
    ['Air Defenses', 'air defense'],
    ['air defenses', 'air defense'],
    ['  semi-conductor   supply chains ', 'semiconductor supply chain'],
    ['semi-conductor supply chains', 'semiconductor supply chain'],
    ['Air Defenses', 'air defense'],
  ])('%s → %s (asked twice)', (label, folded) => {
    expect(foldLabel(label)).toBe(folded);
    expect(foldLabel(label)).toBe(folded);
  });
});

/** What evidence.ts compiled per word before `wholeWordAt`. */
function byRegex(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1;
}

describe('wholeWordAt: the first whole-word place, as the regex it replaces finds it', () => {
  it.each([
    ['nuclear and missile programs', 'programs', 20],
    ['the programs’ reach', 'programs', 4],
    ['subprograms and programs', 'programs', 16],
    ['programs2 and programs', 'programs', 14],
    ['no such word', 'programs', -1],
    ['U.S. (and) U.S.', 'U.S.', 0],
    ['a$b and $b', '$b', 8],
    ['é-rate, rate', 'rate', 2],
    ['\u{1D400}rate rate', 'rate', 7],
    ['\u{1D7CE}\u{1D7CE} \u{1D7CE}', '\u{1D7CE}', 5],
    [' leading', '', 0],
    ['ab', '', -1],
  ])('%j, %j → %i', (text, word, at) => {
    expect(wholeWordAt(text, word)).toBe(at);
    expect(wholeWordAt(text, word)).toBe(byRegex(text, word));
  });
});

describe('countryInTitle: remembered by title, the same answer again', () => {
  const lexicon = loadLexicon();
  it.each([
    ['Japanese Prime Minister', 'country:jpn'],
    ['Ambassador to Germany', undefined],
    ['U.S. Ambassador to Germany', 'country:usa'],
    ['Secretary of State', undefined],
  ])('%s → %s (asked twice)', (title, country) => {
    expect(countryInTitle(lexicon, title)).toBe(country);
    expect(countryInTitle(lexicon, title)).toBe(country);
  });
});
