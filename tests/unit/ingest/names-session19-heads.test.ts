/**
 * Session 19 (names19b): open-vocabulary Programs, Instruments and Events by construction class.
 * Sentences written in the archive's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const named = (body: string, type: string) =>
  extractText('Statement', body, 't')
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('plural instrument heads', () => {
  it.each([
    [
      'The Departments will advise families on employment under Status of Forces Agreements abroad.',
      'Status of Forces Agreements',
    ],
    [
      'The agency will incorporate Project Labor Agreements into its contract task orders.',
      'Project Labor Agreements',
    ],
  ])('types a name ending in a plural document head as an Instrument: %s', (body, name) => {
    expect(named(body, 'Instrument')).toContain(name);
    expect(named(body, 'Organization')).not.toContain(name);
    expect(named(body, 'Program')).not.toContain(name);
  });
});
