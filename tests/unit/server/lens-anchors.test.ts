/** The lens's time-filter presets as data (data/rules/lens-anchors.json), validated at load. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../../../ingest/rules/load';
import { LENS_ANCHORS, parseLensAnchors } from '../../../server/lens/anchors';

const anchor = (id: string, signatories: string[]) => ({ id, label: id, signatories });

describe('lens anchors', () => {
  it('loads the shipped presets, the trilateral one among them', () => {
    expect(
      [...(LENS_ANCHORS.find((a) => a.id === 'trilateral')?.signatories ?? [])].sort(),
    ).toEqual(['country:jpn', 'country:kor', 'country:usa']);
  });

  it('refuses a broken file with one line naming the file and the field', () => {
    const twice = () =>
      parseLensAnchors({ anchors: [anchor('a', ['country:usa']), anchor('a', ['country:jpn'])] });
    expect(twice).toThrow(RulesError);
    expect(twice).toThrow(/lens-anchors\.json is invalid at anchors: two anchors have the same id/);
    expect(() =>
      parseLensAnchors({ anchors: [anchor('a', ['country:usa', 'country:usa'])] }),
    ).toThrow(/anchors\.0\.signatories: a signatory is listed twice/);
    expect(() => parseLensAnchors({ anchors: [anchor('A b', ['country:usa'])] })).toThrow(
      /anchors\.0\.id: anchor ids are lowercase words/,
    );
    expect(() => parseLensAnchors({ anchors: [anchor('a', [])] })).toThrow(
      /anchors\.0\.signatories/,
    );
  });

  it('is the default of the saved query that spells the rule out', () => {
    const saved = readFileSync(
      new URL('../../../cypher/queries/last-statement-of-the-same-parties.cypher', import.meta.url),
      'utf8',
    );
    const parties = /param: parties string = '([^']+)'/.exec(saved)?.[1]?.split(',');
    expect(parties?.sort()).toEqual(
      [...(LENS_ANCHORS.find((a) => a.id === 'trilateral')?.signatories ?? [])].sort(),
    );
  });
});
