/**
 * The words between a subject and its verb live in data/rules/subject-gaps.json: the file is
 * validated at load, and the trims subjectShapes.ts builds read what it lists.
 */
import { describe, expect, it } from 'vitest';
import { loadSubjectGaps, SUBJECT_GAPS } from '../../../ingest/rules/subjectGaps';
import { BETWEEN, PROGRESSIVE_AUXILIARY, THEIR_TEAMS } from '../../../ingest/subjectShapes';

const VALID = { subjectVerbGap: ['also'], progressiveAdverbs: ['now'], teamNouns: ['teams'] };

describe('data/rules/subject-gaps.json', () => {
  it.each([
    ['an uppercase word', { ...VALID, subjectVerbGap: ['Also'] }],
    ['an accented word (the prefilter reads ASCII runs)', { ...VALID, teamNouns: ['équipes'] }],
    ['an empty list', { ...VALID, progressiveAdverbs: [] }],
    ['a missing list', { subjectVerbGap: ['also'], teamNouns: ['teams'] }],
  ])('refuses %s, naming the file', (_, json) => {
    expect(() => loadSubjectGaps(json)).toThrow(/subject-gaps\.json/);
  });

  it('accepts the shipped file', () => {
    expect(SUBJECT_GAPS.subjectVerbGap).toContain('continue to');
  });

  it.each([
    [BETWEEN, 'The leaders also strongly', 'The leaders'],
    [BETWEEN, 'We will continue to', 'We'],
    [PROGRESSIVE_AUXILIARY, 'The two countries are also actively', 'The two countries'],
    [THEIR_TEAMS, 'The leaders and their respective teams', 'The leaders'],
  ])('%s trims "%s" to "%s"', (pattern, text, trimmed) => {
    expect(text.replace(pattern, '')).toBe(trimmed);
  });
});
