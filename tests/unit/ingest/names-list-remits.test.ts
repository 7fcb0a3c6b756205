/**
 * Session 22 (holdout T): a capitalised name whose "for"/"on" remit is a coordinated list of
 * capitalised fields keeps the whole list; a list of parties after a name is no remit.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function named(body: string): [string, string][] {
  return extractText('Joint Statement', body)
    .entities.filter((entity) => entity.type !== 'Topic')
    .map((entity) => [entity.name, entity.type]);
}

describe('names with a listed remit', () => {
  it('keep every field of the list, typed by the head', () => {
    const found = named(
      'The ministers reviewed the Regional Framework for Energy, Clean Water, and Food Security under the new plan.',
    );
    expect(found).toContainEqual([
      'Regional Framework for Energy, Clean Water, and Food Security',
      'Program',
    ]);
    expect(found.map(([name]) => name)).not.toContain('Regional Framework for Energy');
  });

  it('stop before a list of states coordinated with the name', () => {
    const found = named(
      'The Regional Framework for Energy, Japan, and Australia will meet again in May.',
    ).map(([name]) => name);
    expect(found).not.toContain('Regional Framework for Energy, Japan, and Australia');
  });
});
