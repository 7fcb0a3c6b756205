/**
 * Topic rules of session 12 (helper topics32) for long joint statements, written in the genre's
 * style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('pandemic response is a concept of its own (the gold expands prevention, preparedness, response)', () => {
  it('splits "pandemic preparedness and response" into both', () => {
    const [about] = aboutOf('They committed to fund pandemic preparedness and response.');
    expect(about).toEqual(expect.arrayContaining(['pandemic preparedness', 'pandemic response']));
  });
});

describe('a modifier shared by coordinated heads', () => {
  it('names each head when a bracketed acronym closes the list', () => {
    const [about] = aboutOf(
      'They will strengthen pandemic prevention, preparedness and response (PPR) to build better health security.',
    );
    expect(about).toEqual(expect.arrayContaining(['pandemic preparedness', 'pandemic response']));
  });

  it('leaves no fragment of the bare heads without a serial comma', () => {
    const [about] = aboutOf(
      'They will strengthen pandemic prevention, preparedness and response to build better health security.',
    );
    expect(about).not.toContain('preparedness and response');
    expect(about).toContain('pandemic response');
  });

  it('keeps the first conjunct of a sector word and its aspects', () => {
    const [about] = aboutOf('They committed to support maritime safety and security in the region.');
    expect(about).toEqual(expect.arrayContaining(['maritime safety', 'maritime security']));
  });
});
