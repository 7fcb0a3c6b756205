/**
 * Support a stance verb expresses for a named country (ingest/topics/supportFor.ts) is the topic
 * "support for <country>"; support for a body or for a country's own cause is not named so.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function topics(body: string): string[] {
  const result = extractText(
    'Readout of President Biden’s Call with King Abdullah II of Jordan',
    body,
    'support',
  );
  return result.entities.filter((entity) => entity.type === 'Topic').map((e) => e.name);
}

describe('support for a country', () => {
  it.each([
    ['President Biden affirmed steadfast U.S. support for Jordan.', 'support for Jordan'],
    ['President Biden reiterated strong U.S. support for Iraq and its people.', 'support for Iraq'],
    ['The leaders reaffirmed their continued support for Moldova.', 'support for Moldova'],
  ])('names the support: %s', (body, name) => {
    expect(topics(body)).toContain(name);
  });

  it.each([
    'The leaders reaffirmed their support for ASEAN.',
    'President Biden reiterated U.S. support for Jordan’s economic reforms.',
    'President Biden thanked the King for Jordan’s support for the talks.',
    'President Biden reaffirmed U.S. support for Jordan and Egypt.',
  ])('names no country support: %s', (body) => {
    expect(topics(body).some((name) => /^support for (?:ASEAN|Jordan)$/.test(name))).toBe(false);
  });
});
