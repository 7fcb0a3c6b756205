import { describe, expect, it } from 'vitest';
import topicsJson from '../../../data/lexicon/topics.json';
import { lexicon } from '../../../ingest/lexicon';
import { parseDateLine } from '../../../ingest/read/dates';
import { thesaurusSchema } from '../../../ingest/rules/lexiconSchemas';
import { parseRules, RulesError } from '../../../ingest/rules/load';
import { MONTHS } from '../../../ingest/rules/months';
import { HEAD_TYPES } from '../../../ingest/rules/names';
import { TITLE_BEFORE, TITLE_RULES } from '../../../ingest/rules/titles';
import { TOPIC_QUALITY } from '../../../ingest/rules/topicQuality';

describe('rule files and lexicons (data/)', () => {
  it('load and validate: every concept has its one list', () => {
    expect(MONTHS).toHaveLength(12);
    expect(HEAD_TYPES.get('Working Group')).toBe('Program');
    expect(HEAD_TYPES.get('Summit')).toBe('Event');
    expect(TITLE_RULES.titles).toContain('Prime Minister');
    expect(TOPIC_QUALITY.vacuousHeads.has('steps')).toBe(true);
    expect(lexicon().entities.get('topic:denuclearization')?.type).toBe('Topic');
  });

  it('share the months with the date reader and the titles with the surname rule', () => {
    expect(parseDateLine('22 September 2025')).toBe('2025-09-22');
    expect(TITLE_BEFORE.test('met with Ambassador ')).toBe(true);
    expect(TITLE_BEFORE.test('met with the ')).toBe(false);
  });

  it('reject a thesaurus where two concepts claim one label, naming the file and the concept', () => {
    const broken = {
      concepts: [
        ...topicsJson.concepts,
        { label: 'atomic matters', altLabels: ['Denuclearization'] },
      ],
    };
    const load = () => parseRules('lexicon/topics.json', thesaurusSchema, broken);
    expect(load).toThrow(RulesError);
    expect(load).toThrow(
      /data\/lexicon\/topics\.json is invalid at concepts\.\d+: "Denuclearization"/,
    );
  });

  it('reject a concept without a label', () => {
    const load = () =>
      parseRules('lexicon/topics.json', thesaurusSchema, { concepts: [{ altLabels: [] }] });
    expect(load).toThrow(/concepts\.0\.label/);
  });
});
