import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LENS,
  decodeState,
  defaultState,
  encodeState,
  type ViewState,
} from '../../../web/state/urlState';

describe('URL view state', () => {
  it('encodes the default view as an empty query (DPRK lens)', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('').lens).toBe(DEFAULT_LENS);
  });

  it('round-trips a full view', () => {
    // Every field away from its default (panels added later start from theirs).
    const state: ViewState = {
      ...defaultState(),
      types: ['Country', 'Topic'],
      stances: ['urge', 'oppose'],
      docs: ['doc:2025-09-22-us-japan-rok-trilateral-new-york'],
      selected: 'country:prk',
      lens: 'country:rus',
      lensTypes: ['Topic'],
      focus: { 'country:prk': 40, 'topic:sanctions': 20 },
      collapse: false,
      statedOnly: true,
      lensRange: { from: null, to: '2023-12-31', since: 'trilateral' },
      path: { from: 'country:prk', to: 'country:jpn' },
      tab: 'path',
    };
    const query = encodeState(state);
    expect(query).toContain('focus=country%3Aprk%7E40%2Ctopic%3Asanctions');
    expect(decodeState(`?${query}`)).toEqual(state);
  });

  it('opens on entities only (stance edges) and keeps commitment nodes one flag away', () => {
    expect(decodeState('').collapse).toBe(true);
    expect(decodeState('?collapse=0').collapse).toBe(false);
    expect(decodeState('?collapse=1').collapse).toBe(true);
    expect(decodeState('').lensTypes).toContain('Instrument');
  });

  it('keeps "no lens type filter" distinct from the default types', () => {
    const state = { ...defaultState(), lensTypes: [] };
    expect(decodeState(encodeState(state)).lensTypes).toEqual([]);
  });

  it('drops unknown types, stances, tabs and bad caps instead of trusting them', () => {
    const s = decodeState(
      '?types=Country,Planet&stances=urge,adore&tab=<script>&focus=country:prk~-3,topic:x~abc',
    );
    expect(s.types).toEqual(['Country']);
    expect(s.stances).toEqual(['urge']);
    expect(s.tab).toBe('lens');
    expect(s.focus).toEqual({ 'country:prk': 20, 'topic:x': 20 });
  });

  it('keeps the lens date range, and drops dates and presets of the wrong shape', () => {
    const range = { from: '2022-01-01', to: '2023-06-30', since: null };
    expect(
      decodeState(`?${encodeState({ ...defaultState(), lensRange: range })}`).lensRange,
    ).toEqual(range);
    expect(decodeState('?lensFrom=yesterday&lensTo=2023-1-1&lensSince=<b>').lensRange).toEqual({
      from: null,
      to: null,
      since: null,
    });
    // A preset sets the start itself, so a from date beside it is dropped.
    expect(decodeState('?lensFrom=2022-01-01&lensSince=trilateral').lensRange).toEqual({
      from: null,
      to: null,
      since: 'trilateral',
    });
  });
});
