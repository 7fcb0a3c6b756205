/**
 * A head of government or minister before "of the <body>" is a person's role, and the body is
 * what follows it ("He Lifeng, Vice Premier of the State Council": gold 2025-08-11 declares the
 * State Council, not an organisation "Vice Premier of the State Council").
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const ROWS: [body: string, bodies: string[], absent: string[]][] = [
  [
    'The representative from the Chinese side was He Lifeng, Vice Premier of the State Council.',
    ['State Council'],
    ['Vice Premier of the State Council'],
  ],
  [
    'Remarks were given by the President of the American Bar Association.',
    ['American Bar Association'],
    ['President of the American Bar Association'],
  ],
];

describe('a role before the body it belongs to', () => {
  for (const [body, bodies, absent] of ROWS) {
    it(body, () => {
      const names = extractText('Statement', body, 'role-before-body')
        .entities.filter((entity) => entity.type === 'Organization')
        .map((entity) => entity.name);
      for (const name of bodies) expect(names).toContain(name);
      for (const name of absent) expect(names).not.toContain(name);
    });
  }
});
