import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../contract/api';
import { escapeLucene, rankHits, searchTerms, toLuceneQuery } from '../../../server/routes/search';

describe('Lucene query building', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&&n||o')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&\\&n\\|\\|o',
    );
  });

  it('lower-cases terms so AND/OR/NOT are words, and trims punctuation at the edges', () => {
    expect(searchTerms('  North AND "Korea", (DPRK) ')).toEqual(['north', 'and', 'korea', 'dprk']);
  });

  it('requires each term as a word, prefix or (long enough) fuzzy, and boosts the phrase', () => {
    expect(toLuceneQuery('North Kor')).toBe(
      '(+(north^2 OR north* OR north~1) +(kor^2 OR kor*)) OR ("north kor"^4)',
    );
  });

  it('keeps inner special characters escaped and gives nothing for punctuation only', () => {
    expect(toLuceneQuery('U.S.-Japan')).toContain('u.s.\\-japan*');
    expect(toLuceneQuery('*** ???')).toBeUndefined();
  });
});

describe('rankHits', () => {
  const hit = (id: string, name: string, aliases: string[] = []): SearchHit => ({
    id,
    name,
    aliases,
    type: 'Country',
    score: 1,
  });

  it('puts an exact alias before better-scored partial matches', () => {
    const hits = [
      hit('program:wg', 'Working Group on North Korean Cyber Threats'),
      hit('country:prk', "Democratic People's Republic of Korea", ['DPRK', 'North Korea']),
    ];
    expect(rankHits('north korea', hits).map((h) => h.id)).toEqual(['country:prk', 'program:wg']);
  });

  it('keeps the index order within a tier', () => {
    const hits = [hit('a', 'Korea Strait'), hit('b', 'Korean Peninsula'), hit('c', 'South Korea')];
    expect(rankHits('kor', hits).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
});
