/**
 * A stance verb's participle with its by-agent after a noun ("the fund supported by the Bank") is
 * a reduced passive relative describing that noun: no stance of the sentence's subject. With an
 * auxiliary ("has been endorsed by"), an object between (a means "by"), at the sentence's start
 * or on an exchange verb ("spoke by phone": stance-cases.json) the clause's own rules decide.
 */
import { describe, expect, it } from 'vitest';
import { passiveParticiple } from '../../../ingest/commitments/passiveParticiple';
import { findTriggers } from '../../../ingest/stances';
import { extractText } from '../../support/extractText';

function triggersOf(body: string): string[] {
  const result = extractText(
    'Joint Statement of the United States and Japan',
    body,
    'passive-participle',
  );
  return result.commitments.map((c) => `${c.stance}:${c.trigger}`);
}

function passiveAt(text: string, word: string): boolean {
  const trigger = findTriggers(text).find((t) => t.text.endsWith(word));
  if (!trigger) throw new Error(`no trigger "${word}" in: ${text}`);
  const sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  return passiveParticiple(sentence, trigger);
}

describe('a passive participle with its agent', () => {
  it.each([
    ['We welcome the reform program supported by the World Bank.', 'supported', true],
    ['They reaffirmed the resolution, endorsed by all members of the Council.', 'endorsed', true],
    ['We welcomed the principles endorsed today by the two foreign ministers.', 'endorsed', true],
    ['The plan has been endorsed by countries around the world.', 'endorsed', false],
    ['The proposal was strongly supported by all members.', 'supported', false],
    ['The proposal was also welcomed by all members.', 'welcomed', false],
    ['We supported the reform program by funding its first phase.', 'supported', false],
    ['Supported by our partners, we will expand the program.', 'Supported', false],
  ])('%s → %s is a reduced relative: %s', (text, word, expected) => {
    expect(passiveAt(text, word)).toBe(expected);
  });

  it('leaves the main stance and drops the participle', () => {
    const found = triggersOf(
      'The United States and Japan welcome the reform program supported by the World Bank.',
    );
    expect(found).toContain('welcome:welcome');
    expect(found.some((t) => t.endsWith(':supported'))).toBe(false);
  });
});
