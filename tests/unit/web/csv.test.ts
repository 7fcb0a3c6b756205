import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, edgesCsv, toCsv } from '../../../web/export/csv';

describe('CSV escaping', () => {
  it('leaves plain fields alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('sanctions')).toBe('sanctions');
    expect(csvField('peace, stability')).toBe('"peace, stability"');
    expect(csvField('the "ironclad" commitment')).toBe('"the ""ironclad"" commitment"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe('"\'-1"');
  });

  it('defuses full-width formula characters, which spreadsheets fold to = + - @', () => {
    for (const lead of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
      expect(csvField(`${lead}HYPERLINK(1)`)).toBe(`"'${lead}HYPERLINK(1)"`);
  });

  it('makes bidi controls visible instead of letting them reverse a name', () => {
    expect(csvField('Evil\u202Egnp.exe')).toBe('Evil\uFFFDgnp.exe');
    expect(csvField('\u2066a\u2069\u200F')).toBe('\uFFFDa\uFFFD\uFFFD');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c,d', 'e'],
      ]),
    ).toBe('a,b\r\n"c,d",e\r\n');
  });

  it('writes one row per evidence edge with names, document title and date', () => {
    const csv = edgesCsv(
      [
        {
          source: 'country:usa',
          target: 'country:prk',
          relation: 'TARGETS',
          stance: 'urge',
          trigger: 'urged',
          commitmentId: 'c1',
          sentence: 'They urged North Korea, firmly.',
          docId: 'doc:a',
          implicit: false,
        },
        {
          source: 'country:usa',
          target: 'topic:abductions',
          relation: 'ABOUT',
          stance: 'urge',
          trigger: 'urged',
          commitmentId: 'c2',
          sentence: 'They urged an immediate resolution.',
          docId: 'doc:a',
          implicit: true,
        },
      ],
      (id) => ({ name: id === 'country:usa' ? 'United States' : 'DPRK', type: 'Country' }),
      new Map([['doc:a', { id: 'doc:a', title: 'Joint Statement', date: '2025-09-22' }]]),
    );
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    expect(csv.split('\r\n')[1]).toBe(
      'country:usa,United States,TARGETS,urge,urged,country:prk,DPRK,"They urged North Korea, firmly.",Joint Statement,2025-09-22,stated',
    );
    expect(csv.split('\r\n')[2]?.endsWith(',implicit')).toBe(true);
  });
});
