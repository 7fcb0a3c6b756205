/**
 * "The … Framework reflects … It will provide …": after a sentence whose subject is a named
 * instrument, "It" is that instrument (its remit, no party's stance), not the country before it.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitmentsOf(body: string) {
  const result = extractText(
    'United States and European Commission Joint Statement on Trans-Atlantic Data Privacy Framework',
    body,
    'thing-subject',
  );
  return result.commitments.map((c) => ({ text: c.text, trigger: c.trigger, actors: c.actors }));
}

const FIRST =
  'Under the Trans-Atlantic Data Privacy Framework, the United States is to put in place new safeguards, establish a redress mechanism, and enhance oversight of signals intelligence activities.';

describe('"It" after a named instrument as subject', () => {
  it('is the instrument, so "It will provide …" is no stance of the United States', () => {
    const found = commitmentsOf(
      `${FIRST}\n\nThe Trans-Atlantic Data Privacy Framework reflects more than a year of detailed negotiations. It will provide a durable basis for trans-Atlantic data flows.`,
    );
    expect(found.map((c) => c.trigger)).toEqual(['is to']);
    expect(found[0]!.actors).toEqual(['country:usa']);
  });

  it('still follows the country when no instrument stands between', () => {
    const found = commitmentsOf(
      `${FIRST} It will also support trans-Atlantic data flows.`.replace('. It', '.\n\nIt'),
    );
    expect(found.map((c) => c.actors)).toEqual([['country:usa'], ['country:usa']]);
  });
});
