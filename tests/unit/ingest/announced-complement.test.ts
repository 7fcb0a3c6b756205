/**
 * "we are announcing that we are providing X": the announcement is about what the announced
 * undertaking is about; "reaffirm that …" keeps its own object.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

function firstAbout(sentence: string): string[] {
  const result = extract({
    path: 'memory/announced.txt',
    basename: 'announced',
    format: 'text',
    title: 'Joint Statement of the United States and Canada',
    body: `The United States and Canada met today in Ottawa. ${sentence}`,
    sha256: 'd'.repeat(64),
  });
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
