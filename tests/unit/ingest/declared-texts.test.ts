/**
 * The trie of gold-declared texts (entities/declaredTexts.ts) and its walk over a sentence's words
 * (entities/learntSpans.ts): the walk offers exactly the spans of the full scan whose key is
 * declared, in the same order, reaches a longer declared text past a shorter one, and never folds
 * or offers a span no declared text begins with, nor a run and one lowercase word that only modify a
 * noun after them; and the words it walks (learntWords.ts), whose
 * common cases skip the trailing-punctuation pattern.
 */
import { describe, expect, it } from 'vitest';
import { declaredTexts } from '../../../ingest/entities/declaredTexts';
import { forEachSpan } from '../../../ingest/entities/learntSpans';
import { wordsOf } from '../../../ingest/entities/learntWords';
import { nameKey } from '../../../ingest/entities/nameFinderModel';

/** The texts of the spans offered in `sentence`, with the trie of `declared` or without one. */
function offered(sentence: string, declared?: readonly string[]): string[] {
  const words = wordsOf(sentence);
  const out: string[] = [];
  const trie = declared && declaredTexts(declared.map(nameKey));
  forEachSpan(sentence, words, trie, (from, to) =>
    out.push(sentence.slice(words[from]!.start, words[to]!.end)),
  );
  return out;
}

describe('declaredTexts', () => {
  it('counts each key once and skips empty ones', () => {
    const trie = declaredTexts(['bae systems', 'bae systems', 'bae', '']);
    expect(trie.size).toBe(2);
    expect(trie.root.next?.get('bae')?.end).toBe(true);
    expect(trie.root.next?.get('bae')?.next?.get('systems')?.end).toBe(true);
    // A leaf holds no map.
    expect(trie.root.next?.get('bae')?.next?.get('systems')?.next).toBeUndefined();
  });
});

describe('forEachSpan with declared texts', () => {
  it('offers a declared text and no other span, declared or not', () => {
    // A declared text opening on a lowercase word or running past the sentence is no span.
    expect(
      offered('The work of BAE Systems and Royal Navy crews', [
        'BAE Systems',
        'work of BAE Systems',
        'Royal Navy sailors',
      ]),
    ).toEqual(['BAE Systems']);
  });

  it('walks on past a shorter declared text to a longer one', () => {
    expect(
      offered('at the Pacific Islands Forum Summit in Port Moresby', [
        'Pacific Islands',
        'Pacific Islands Forum Summit',
      ]),
    ).toEqual(['Pacific Islands', 'Pacific Islands Forum Summit']);
  });

  it('folds quotes and case as the statistics do, and reads a dash between words', () => {
    expect(
      offered('the U.S. – Pacific Islands Forum meeting', ['u.s. – pacific islands forum meeting']),
    ).toEqual(['U.S. – Pacific Islands Forum meeting']);
    // A possessive ends the run: the declared text is not this span.
    expect(offered('the Women’s Bureau officials', ["women's bureau"])).toEqual([]);
    expect(offered('the NATO ‘summit', ["nato 'summit"])).toEqual(['NATO ‘summit']);
  });

  // The full scan's spans whose key is declared, in its order: the walk must offer exactly these.
  const sentences = [
    'Recalling United Nations General Assembly resolutions, WTO members and the U.S. military agreed.',
    'Prime Minister Fumio Kishida of Japan met President Yoon Suk Yeol (Republic of Korea) today.',
    'The U.S. – Pacific Islands Forum meeting and the Quad’s Leaders’ Summit, “Blue Dot” partners.',
    'He thanked Abdel Fattah el-Sisi, the Ministry of Education and Training and FATF Recommendation 15.',
  ];
  it.each(sentences)('offers what the full scan offers among the declared: %s', (sentence) => {
    const all = offered(sentence);
    // Every second span of the scan declared, and one text it never offers.
    const declared = [...all.filter((_, k) => k % 2 === 0), 'Pacific Islands Forum Summit'];
    const keys = new Set(declared.map(nameKey));
    expect(offered(sentence, declared)).toEqual(all.filter((text) => keys.has(nameKey(text))));
    expect(offered(sentence, [])).toEqual([]);
  });
});

describe('forEachSpan: a run and one lowercase word', () => {
  // [sentence, whether "U.S. military" is offered]: only where the noun phrase ends after the
  // lowercase word; another lowercase word after it is the noun the two only modify.
  const rows: [string, boolean][] = [
    ['They reviewed exercises with the U.S. military.', true],
    ['They reviewed exercises with the U.S. military and the Israel Defense Forces.', true],
    ['Over the past week the U.S. military conducted strikes.', true],
    ['Over the past week the U.S. military has conducted strikes.', true],
    ['The U.S. military Joint Staff met.', true],
    ['The President announced new U.S. military deployments.', false],
    ['They discussed the U.S. military presence in the region.', false],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    expect(offered(sentence, ['U.S. military']).includes('U.S. military')).toBe(expected);
  });
});

describe('wordsOf', () => {
  // [word as written, its text, a run ends after it, a list mark follows]
  const cases: [string, string, boolean, boolean][] = [
    ['Systems', 'Systems', false, false],
    ['Systems,', 'Systems', true, true],
    ['Canada;', 'Canada', true, true],
    ['Korea)', 'Korea', true, false],
    ['Korea),', 'Korea', true, true],
    ['Biden’s', 'Biden', true, false],
    ['Biden’s,', 'Biden', true, true],
    ['U.S.', 'U.S.', false, false],
    ['Climate).', 'Climate', true, false],
    ['Ltd.', 'Ltd.', false, false],
    ['“Blue', 'Blue', false, false],
    ['el-Sisi', 'el-Sisi', false, false],
  ];
  it.each(cases)('%s → %s', (written, text, breakAfter, comma) => {
    const [word] = wordsOf(`${written} next`);
    expect([word!.text, word!.breakAfter, word!.comma]).toEqual([text, breakAfter, comma]);
  });

  it('tells the kinds apart', () => {
    expect(wordsOf('Navy of 15 crews el-Sisi É').map((w) => w.kind)).toEqual([
      'cap',
      'connector',
      'digit',
      'other',
      'cap',
      'cap',
    ]);
  });
});
