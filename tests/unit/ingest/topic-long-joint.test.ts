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
