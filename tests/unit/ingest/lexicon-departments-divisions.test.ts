/**
 * Two whole classes of names from standard lists (session 47): the U.S. executive departments by
 * their usual forms and acronyms, one body whichever form a statement uses; and first-level
 * divisions and conflict regions (ISO 3166-2: Sudan's Darfur states, Ethiopia's regional states,
 * eastern DRC's provinces, China's special administrative regions, Ukraine's oblasts).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function typed(body: string): Map<string, string> {
  const result = extractText(
    'Fact Sheet: The United States and Partners Announce New Actions',
    body,
    'divisions',
  );
  return new Map(result.entities.map((entity) => [entity.name, entity.type]));
}

describe('U.S. executive departments', () => {
  it.each([
    ['The U.S. Department of Agriculture will provide $50 million.', 'Department of Agriculture'],
    ['USDA will expand the program to new farmers.', 'Department of Agriculture'],
    ['The Interior Department will protect tribal lands.', 'Department of the Interior'],
    ['The Department of Labor will issue new guidance.', 'Department of Labor'],
    ['DOT will fund safer roads in rural communities.', 'Department of Transportation'],
    ['The Department of Veterans Affairs will expand care.', 'Department of Veterans Affairs'],
    ['HUD will launch a new housing voucher pilot.', 'Department of Housing and Urban Development'],
    ['The Department of Education will cancel the debt.', 'Department of Education'],
    ['DOE will release a national blueprint for buildings.', 'Department of Energy'],
    ['DoD will deploy new incentives for critical minerals.', 'Department of Defense'],
    ['The Defense Department will host the conference.', 'Department of Defense'],
    [
      'The U.S. Department of Health and Human Services will lead the effort.',
      'Department of Health and Human Services',
    ],
  ])('%s', (sentence, name) => {
    expect(typed(sentence).get(name)).toBe('Organization');
  });
});

describe('first-level divisions and conflict regions', () => {
  it.each([
    ['The United States condemns the atrocities in Darfur.', 'Darfur'],
    ['Fighting continues in North Darfur and South Kordofan.', 'North Darfur'],
    ['Fighting continues in North Darfur and South Kordofan.', 'South Kordofan'],
    ['Violence in the Afar region has displaced thousands.', 'Afar Region'],
    ['Both sides discussed the Macau Special Administrative Region.', 'Macau'],
    ['Russian forces shelled Lugansk and Kharkov.', 'Luhansk'],
    ['Russian forces shelled Lugansk and Kharkov.', 'Kharkiv'],
  ])('%s → %s', (sentence, name) => {
    expect(typed(sentence).get(name)).toBe('Region');
  });

  it('names Ethiopia’s Afar only with its head, never the word “afar”', () => {
    expect(
      typed('Afar from home, the troops will serve with honour.').get('Afar Region'),
    ).toBeUndefined();
  });
});
