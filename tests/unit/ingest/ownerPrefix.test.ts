/**
 * The owners' prefix walk (ownerPrefix.ts) finds what the regex it replaced found: the same
 * prefix on names built from a few owners, hyphens, acronyms and what follows.
 */
import { describe, expect, it } from 'vitest';
import { ownerPrefixLength } from '../../../ingest/entities/ownerPrefix';

const names = new Set(['U.S.', 'Republic of Korea', 'Korea', 'ASEAN', 'Guinea', 'Guinea-Bissau']);
const owners = { names, longest: 17 };
const one = '(?:Republic of Korea|Guinea-Bissau|Guinea|ASEAN|Korea|U\\.S\\.)(?: \\([A-Z]{2,5}\\))?';
const REGEX = new RegExp(`^${one}(?:-${one}){0,3} (?=[A-Z]\\S* \\S)`);

describe('ownerPrefixLength', () => {
  it.each([
    ['U.S.-Republic of Korea (ROK) Nuclear Consultative Group', 'U.S.-Republic of Korea (ROK) '],
    ['ASEAN Five-Point Consensus', 'ASEAN '],
    ['Guinea-Bissau Joint Commission', 'Guinea-Bissau '],
    ['Korea (ROKUS) Joint Plan', 'Korea (ROKUS) '],
    ['Korea (ROKUSA) Joint Plan', ''],
    ['U.S. Coast Guard', 'U.S. '],
    ['U.S. Navy', ''],
    ['U.S.-Korea-Guinea-ASEAN-U.S. Trade Talks', ''],
    ['U.S.-Korea-Guinea-ASEAN Trade Talks', 'U.S.-Korea-Guinea-ASEAN '],
    ['Korean Peninsula Energy', ''],
  ])('%s', (text, prefix) => {
    expect(ownerPrefixLength(text, owners)).toBe(prefix.length);
    expect(REGEX.exec(text)?.[0].length ?? 0).toBe(prefix.length);
  });
});
