/**
 * Session 50: a joint statement's "we" that welcomes or acknowledges a co-signer's own act leaves
 * that co-signer out (data/rules/welcomed-side.json); a grouping's member stays in its group's "we",
 * and a "we" that supports a co-signer's efforts keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(title: string, body: string, trigger: RegExp): string[][] {
  const result = extractText(title, body, 'welcomed-side-actors50');
  return result.commitments.filter((c) => trigger.test(c.trigger)).map((c) => [...c.actors].sort());
}

const USA = 'country:usa';
const JPN = 'country:jpn';
const TITLE = 'Joint Statement of the United States and Japan';
const OPENING = 'The United States and Japan reaffirm their alliance.';

describe('a welcomed co-signer leaves "we"', () => {
  it.each([
    ['welcome', 'We welcome Japan’s decision to double its defense budget.', /welcome/],
    [
      'also acknowledge',
      'We also acknowledge Japan’s leadership of the G7 this year.',
      /acknowledge/,
    ],
    ['appreciate the', 'We appreciate the United States’ support for the region.', /appreciate/],
    [
      'acknowledge and welcome',
      'We acknowledge and welcome Japan’s pledge to the fund.',
      /acknowledge|welcome/,
    ],
  ])('%s', (_case, sentence, trigger) => {
    const found = actorsOf(TITLE, `${OPENING} ${sentence}`, trigger);
    expect(found.length).toBeGreaterThan(0);
    const left = sentence.includes('United States') ? JPN : USA;
    for (const actors of found) expect(actors).toEqual([left]);
  });
});

describe('"we" keeps the co-signer', () => {
  it.each([
    ['support is no welcome', 'We support Japan’s efforts to host the conference.', /support/],
    ['not its own act', 'We welcome the progress on Japan’s reactor restart.', /welcome/],
    ['no possessive', 'We welcome Japan as a new member of the fund.', /welcome/],
    [
      'a named subject',
      'The United States and Japan welcome Japan’s selection as host of the summit.',
      /welcome/,
    ],
  ])('%s', (_case, sentence, trigger) => {
    const found = actorsOf(TITLE, `${OPENING} ${sentence}`, trigger);
    expect(found.length).toBeGreaterThan(0);
    for (const actors of found) expect(actors).toEqual([JPN, USA]);
  });

  it('a member of the grouping that speaks', () => {
    const body =
      'We, the Leaders of the G7, met today. We strongly welcome the EU’s approval of the Ukraine Facility.';
    const [actors] = actorsOf('G7 Leaders’ Statement', body, /welcome/);
    expect(actors).toContain('organization:european-union');
    expect(actors).toContain(USA);
  });
});

describe('"The two leaders" after a bare name', () => {
  const TITLE = 'Roadmap for a Renewed U.S.-Canada Partnership';
  // Six sentences first: no early sentence names the two leaders as who met.
  const OPENING =
    'The United States and Canada share a historic alliance. Our economies are deeply integrated. Our peoples are close friends. We face common challenges. We share common values. We will build back better together. Prime Minister Justin Trudeau and President Joe Biden agreed to meet regularly.';

  it('a person named with no office or country is not a leader', () => {
    const body = `${OPENING} President Biden condemned the arbitrary detention of Michael Kovrig and Michael Spavor. The two leaders discussed their shared concern about the crisis.`;
    expect(actorsOf(TITLE, body, /discussed/)).toEqual([
      ['official:joe-biden', 'official:justin-trudeau'],
    ]);
  });
});
