import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRules, RulesError } from '../../../ingest/rules/load';

describe('parseRules', () => {
  const schema = z.object({ verbs: z.array(z.string().min(1)) });

  it('returns the validated content', () => {
    expect(parseRules('rules/x.json', schema, { verbs: ['reaffirm'] })).toEqual({
      verbs: ['reaffirm'],
    });
  });

  it('names the file and the field of a broken rule file', () => {
    const broken = () => parseRules('rules/x.json', schema, { verbs: ['ok', ''] });
    expect(broken).toThrow(RulesError);
    expect(broken).toThrow(/data\/rules\/x\.json is invalid at verbs\.1/);
  });
});
