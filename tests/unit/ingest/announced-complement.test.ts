/**
 * "we are announcing that we are providing X": the announcement is about what the announced
 * undertaking is about; "reaffirm that …" keeps its own object.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function firstAbout(sentence: string): string[] {
  const result = extractText(
    'Joint Statement of the United States and Canada',
    `The United States and Canada met today in Ottawa. ${sentence}`,
    'announced',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const first = result.commitments.find((c) => c.text === sentence);
  expect(first, `no commitment for: ${sentence}`).toBeDefined();
  return first!.about.map((id) => names.get(id) ?? id);
}

describe('announced complement', () => {
  it.each([
    'Today, we are announcing that, together, we are providing Ukraine with air defense systems from Germany and Italy.',
    'The two countries announced that they will provide Ukraine with support from Germany and Italy.',
  ])('links the announced undertaking’s objects to the announcement: %s', (sentence) => {
    const about = firstAbout(sentence);
    expect(about).toEqual(expect.arrayContaining(['Ukraine', 'Germany', 'Italy']));
  });
});
