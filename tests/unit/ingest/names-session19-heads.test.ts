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

describe('a name its defined acronym measures', () => {
  it.each([
    [
      'These exports are subject to the U.S. International Traffic in Arms Regulations (ITAR).',
      'Instrument',
      'International Traffic in Arms Regulations',
    ],
    [
      'The program builds on the President’s Malaria Initiative (PMI) and other efforts.',
      'Program',
      'President’s Malaria Initiative',
    ],
    [
      'The rule designates the chemicals as hazardous substances under the Comprehensive Environmental Response, Compensation, and Liability Act (CERCLA).',
      'Instrument',
      'Comprehensive Environmental Response, Compensation, and Liability Act',
    ],
  ])('grows the name to the words the acronym abbreviates: %s', (body, type, name) => {
    expect(named(body, type)).toContain(name);
  });

  it('keeps the name when the acronym abbreviates fewer words or others', () => {
    const shorter = 'They welcomed the Regional Clean Energy Initiative (CEI) this year.';
    expect(named(shorter, 'Program')).toContain('Regional Clean Energy Initiative');
    const other = 'The Ministry backs the Health Workforce Initiative (GHWI) in ten countries.';
    expect(named(other, 'Program')).toContain('Health Workforce Initiative');
  });
});

describe('an agreement named by its parties and lowercase subject words', () => {
  it.each([
    [
      'The leaders welcomed the Israel-Lebanon maritime boundary agreement reached last year.',
      'Israel-Lebanon maritime boundary agreement',
    ],
    [
      'They noted concerns about the PRC-Solomon Islands security agreement, which was concluded in April.',
      'PRC-Solomon Islands security agreement',
    ],
  ])('is an Instrument: %s', (body, name) => {
    expect(named(body, 'Instrument')).toContain(name);
  });

  it('names nothing when verbs or function words stand between the parties and the head', () => {
    const body = 'U.S.-China negotiators have signed an agreement on fentanyl.';
    expect(named(body, 'Instrument')).toEqual([]);
  });
});

describe('people named by an island heritage', () => {
  it('names no ocean in "Pacific Islander(s)"', () => {
    const body =
      'The President condemned violence against the Asian American, Native Hawaiian, and Pacific Islander community and thanked Pacific Islanders for their service.';
    expect(named(body, 'Region')).toEqual([]);
  });

  it('still names the Pacific as a place', () => {
    const body = 'The leaders will expand maritime cooperation across the Pacific.';
    expect(named(body, 'Region')).toContain('Pacific Ocean');
  });
});
