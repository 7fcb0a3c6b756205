import { describe, expect, it } from 'vitest';
import { listItems } from '../../../ingest/entities/listItems';

describe('listItems cuts a matched list into items with document offsets', () => {
  const rows: Array<[string, number, RegExp, Array<[string, number, number]>]> = [
    [
      'Dublin, County Louth, and County Mayo',
      100,
      /,? and |, /g,
      [
        ['Dublin', 100, 106],
        ['County Louth', 108, 120],
        ['County Mayo', 126, 137],
      ],
    ],
    [
      'the Gates Foundation, Boeing, and the Ford Foundation',
      0,
      /,? and (?:the )?|, (?:the )?/g,
      [
        ['Gates Foundation', 4, 20],
        ['Boeing', 22, 28],
        ['Ford Foundation', 38, 53],
      ],
    ],
  ];
  it.each(rows)('%s', (list, at, separator, expected) => {
    const items = listItems(list, at, separator).map((item) => [item.text, item.start, item.end]);
    expect(items).toEqual(expected);
  });

  it('reads a global separator from its start whatever an earlier caller left in lastIndex', () => {
    const separator = /, /g;
    separator.lastIndex = 5;
    expect(listItems('A, B', 0, separator).map((item) => item.text)).toEqual(['A', 'B']);
  });
});
