/**
 * Session 50 (actors50b): a title that opens on its sides ("U.S.-EU Summit Statement", "Statement
 * by the United States and the European Union on …") is a joint statement without the word, so a
 * union or forum beside a single country is in "we"; two speakers a title names ("Statement from
 * President Biden and President von der Leyen on …") sign together. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { openingSides } from '../../../ingest/titleSides';
import { extractText } from '../../support/extractText';

const USA = 'country:usa';
const EU = 'organization:european-union';

function actorsOf(title: string, body: string, trigger: RegExp): string[][] {
  const result = extractText(title, body, 'title-sides-actors50b');
  return result.commitments.filter((c) => trigger.test(c.trigger)).map((c) => [...c.actors].sort());
}

const WIND =
  'Energy security remains a shared priority. We will accelerate the deployment of offshore wind.';

describe('a title opening on its sides makes each of them "we"', () => {
  it.each([
    ['a dash pair', 'U.S.-EU Summit Statement', [USA, EU]],
    ['the body first', 'EU-U.S. Energy Council Statement', [USA, EU]],
    ['an article first', 'A U.S.-EU Roadmap for Offshore Wind', [USA, EU]],
    [
      '"Statement by … and …"',
      'Statement by the United States and the European Union on Wind',
      [USA, EU],
    ],
    [
      '"… and … Statement"',
      'United States and European Union Statement on Offshore Wind',
      [USA, EU],
    ],
    [
      'a regional forum',
      'U.S.-African Union Leaders Statement',
      [USA, 'organization:african-union'],
    ],
    [
      'a forum first',
      'Pacific Islands Forum and United States Leaders Statement',
      [USA, 'organization:pacific-islands-forum'],
    ],
  ])('%s', (_case, title, sides) => {
    expect(actorsOf(title, WIND, /accelerate/)).toEqual([[...sides].sort()]);
  });

  it('the venue after the sides is no side', () => {
    const body =
      'We—the Association of Southeast Asian Nations, represented here by its member governments, and the United States of America—meet in Jakarta today. We will expand cooperation on maritime safety.';
    expect(actorsOf('U.S.-ASEAN Leaders Dialogue in Jakarta, Indonesia', body, /expand/)).toEqual([
      ['organization:asean', USA].sort(),
    ]);
  });
});

describe('sides inside the subject matter or after a genre lead are none', () => {
  it.each([
    ['FACT SHEET: U.S.-EU Trade and Technology Council Advances Cooperation'],
    ['Roadmap for a Renewed U.S.-ASEAN Partnership'],
    ['Readout of U.S.-EU Task Force Meeting'],
    ['Statement by President Joe Biden on the U.S.-EU Summit'],
  ])('%s', (title) => {
    expect(openingSides(lexicon(), title)).toEqual([]);
  });

  it('a roadmap naming the pair inside stays the single country’s', () => {
    const body =
      'Today the President met leaders in Washington. We will expand cooperation on maritime safety.';
    expect(actorsOf('Roadmap for a Renewed U.S.-ASEAN Partnership', body, /expand/)).toEqual([
      [USA],
    ]);
  });
});

describe('two speakers a title names sign together', () => {
  it('an institution’s head brings her union', () => {
    const title =
      'Statement from President Biden and President von der Leyen on the Clean Energy Summit';
    const body = 'Both sides will accelerate the deployment of offshore wind.';
    expect(actorsOf(title, body, /accelerate/)).toEqual([[USA, EU]]);
  });

  it('one speaker stays alone', () => {
    const title = 'Statement from President Joe Biden on the Clean Energy Summit';
    const body = 'Today the summit concluded. We will accelerate the deployment of offshore wind.';
    expect(actorsOf(title, body, /accelerate/)).toEqual([[USA]]);
  });
});
