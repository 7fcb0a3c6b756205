/**
 * An official found after a title keeps the titled form as an alias: the gold declares a person
 * the text names only by title and surname ("President Weah", "Mr. Eisenkot", "Ms. Argamani")
 * under a full name the text never gives, with the titled form as the one alias, so the bare
 * surname alone matched nothing. A title cut from a longer one ("Assistant to the President for
 * …") and a sentence opener before the title ("Since President …") are no such form. Invented
 * people, so no lexicon entry decides.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const aliasesOf = (body: string, name: string): readonly string[] =>
  extractText('Statement on the Election', body).entities.find(
    (entity) => entity.type === 'Official' && entity.name === name,
  )?.aliases ?? [];

describe('titled forms as aliases of officials', () => {
  it.each([
    [
      'I also want to commend President Kellanen for respecting the result.',
      'Kellanen',
      'President Kellanen',
    ],
    ['In his meetings with Mr. Varkonyi, he discussed the hostages.', 'Varkonyi', 'Mr. Varkonyi'],
    ['We welcome the release of Ms. Orlova after months in captivity.', 'Orlova', 'Ms. Orlova'],
    [
      'When Prime Minister Kellanen arrived, the talks began.',
      'Kellanen',
      'Prime Minister Kellanen',
    ],
    [
      'We honor the leadership of President Kellanen in these talks.',
      'Kellanen',
      'President Kellanen',
    ],
    ['Senator Brannigan welcomed the agreement today.', 'Brannigan', 'Senator Brannigan'],
    [
      'National Security Advisor Arvo Kellanen met with his counterparts today.',
      'Arvo Kellanen',
      'National Security Advisor Arvo Kellanen',
    ],
    [
      'Since President Kellanen took office, the two countries have grown closer.',
      'Kellanen',
      'President Kellanen',
    ],
  ])('%s → %s has %s', (body, name, alias) => {
    expect(aliasesOf(body, name)).toContain(alias);
  });

  it.each([
    [
      'Since President Kellanen took office, the two countries have grown closer.',
      'Kellanen',
      'Since President Kellanen',
    ],
    [
      // A subordinator opens a clause, never a title (names.json openers).
      'When Prime Minister Kellanen arrived, the talks began.',
      'Kellanen',
      'When Prime Minister Kellanen',
    ],
    [
      'Assistant to the President for National Security Affairs Arvo Kellanen met them today.',
      'Arvo Kellanen',
      'President for National Security Affairs Arvo Kellanen',
    ],
  ])('%s → %s has no alias %s', (body, name, alias) => {
    expect(aliasesOf(body, name)).not.toContain(alias);
  });
});
