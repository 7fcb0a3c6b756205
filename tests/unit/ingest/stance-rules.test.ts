import { describe, expect, it } from 'vitest';
import stancesJson from '../../../data/rules/stances.json';
import { GROUPS } from '../../../ingest/commitments/groups';
import { lexicon } from '../../../ingest/lexicon';
import { inflect, rePrefixed } from '../../../ingest/rules/inflect';
import { RulesError } from '../../../ingest/rules/load';
import { loadStances, STANCES_COMPILED } from '../../../ingest/rules/stanceRules';
import { findTriggers } from '../../../ingest/stances';
import { extractText } from '../../support/extractText';

describe('stance rules (data/rules/stances.json)', () => {
  it('inflects lemmas, doubles listed consonants and spells -ize both ways', () => {
    expect(inflect('reiterate')).toEqual(['reiterate', 'reiterates', 'reiterated', 'reiterating']);
    expect(inflect('commit', { double: true })).toContain('committed');
    expect(inflect('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(inflect('emphasize')).toEqual(expect.arrayContaining(['emphasised', 'emphasizing']));
    expect(rePrefixed(['confirm'])).toEqual(['reconfirm', 're-confirm']);
  });

  it('finds re-prefixed, adverb-led and frame triggers with their stance', () => {
    const stances = (text: string) => findTriggers(text).map((t) => [t.stance, t.text]);
    expect(stances('We re-emphasize our resolve.')).toEqual([['reaffirm', 're-emphasize']]);
    expect(stances('They strongly condemned the launch.')).toEqual([
      ['condemn', 'strongly condemned'],
    ]);
    expect(stances('We are pleased to announce a fund.')).toEqual([
      ['commit', 'are pleased to announce'],
    ]);
  });

  it('lets a frame reading the object decide a "will" verb of its own stance, as in the past', () => {
    const stances = (text: string) => findTriggers(text).map((t) => t.stance);
    expect(stances('The leaders will underscore their continued support for Ukraine.')).toEqual([
      'support',
    ]);
    expect(stances('The leaders underscored their continued support for Ukraine.')).toEqual([
      'support',
    ]);
    expect(stances('The President will highlight his commitment to the region.')).toEqual([
      'commit',
    ]);
    expect(stances('The ministers will underscore the progress made.')).toEqual(['recognize']);
  });

  it('tries a frame opening with a lookbehind or a slotted group only at its first words', () => {
    const frameWith = (text: string) =>
      STANCES_COMPILED.frames.find((frame) => frame.pattern.source.includes(text));
    expect(frameWith('concerns?(?=')?.firstWords).toEqual(new Set(['their', 'our', 'his', 'her']));
    const consulting = frameWith(' consulting|')?.firstWords;
    expect(consulting).toContain('are');
    expect(consulting).toContain('continues');
    const stances = (text: string) => findTriggers(text).map((t) => [t.stance, t.text]);
    expect(stances('The ministers discussed their shared concerns about the strait.')).toEqual([
      ['other', 'discussed'],
      ['concern', 'their shared concerns'],
    ]);
    expect(stances('The ministers are consulting closely with partners.')).toEqual([
      ['other', 'are consulting closely with'],
    ]);
    // (The frame stays out after "will"; "will be consulting" is the undertaking "will consult"
    // is, by the future progressive of undertakingPatterns.ts WILL.)
    expect(stances('They will be consulting with partners.')).toEqual([
      ['commit', 'will be consulting'],
    ]);
  });

  it('names the file and the field of a broken rule', () => {
    const missing = () => loadStances({ ...stancesJson, verbs: [] });
    expect(missing).toThrow(RulesError);
    expect(missing).toThrow(/data\/rules\/stances\.json is invalid at verbs/);
    const badSlot = () =>
      loadStances({ ...stancesJson, frames: [{ stance: 'commit', frame: '{NOPE} to' }] });
    expect(badSlot).toThrow(/frames\.0 .*unknown slot \{NOPE\}/);
  });

  it('lists group members that exist in the lexicon', () => {
    const entities = lexicon().entities;
    for (const [group, members] of GROUPS.members) {
      expect(entities.has(group), group).toBe(true);
      for (const member of members) expect(entities.has(member), member).toBe(true);
    }
  });
});

describe('skipped triggers', () => {
  it('gives a reason for every trigger that yields no commitment', () => {
    const result = extractText(
      'Joint Statement of the United States and Japan',
      'North Korea will continue to expand its arsenal. In 2018, Japan had supported the fund. Support for the program has grown. We support the fund.',
      'skip',
    );
    expect(result.commitments.map((c) => c.trigger)).toEqual(['support']);
    expect(result.skipped?.map((s) => [s.trigger, s.reason])).toEqual([
      ['will continue to expand', 'not-a-party'],
      ['supported', 'narrative-past'],
      ['Support', 'no-subject'],
    ]);
  });
});
