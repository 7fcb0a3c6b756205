/**
 * A relation of the statement's own parties written without their names
 * (ingest/topics/scopeRelation.ts) is named after how many parties share it: "our close
 * cooperation" of two parties is "bilateral cooperation", of three "trilateral cooperation"; a
 * domain, a field, other partners or a frame noun's complement name none. And a verb with a
 * predicative complement (ingest/topics/complementNominal.ts): "hold X to account" is
 * "accountability".
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function topics(title: string, body: string): string[] {
  const result = extractText(title, body, 'scope');
  return result.entities.filter((entity) => entity.type === 'Topic').map((e) => e.name);
}

const TWO = 'Joint Statement from Ghana and the United States';
const THREE = 'Joint Statement from Ghana, Togo, and the United States';

describe('scope relations', () => {
  it.each([
    ['The two leaders committed to deepen our close cooperation.', 'bilateral cooperation'],
    [
      'The two governments pledged to expand cooperation and to grow trade.',
      'bilateral cooperation',
    ],
    ['The leaders agreed to remain in close coordination.', 'bilateral coordination'],
    ['The leaders celebrated the historic ties that link their peoples.', 'bilateral ties'],
    ['Both leaders welcomed their countries’ deep bonds.', 'bilateral ties'],
    [
      'They stressed the value of deepening cooperation between Ghana and the United States on trade.',
      'bilateral cooperation',
    ],
    [
      'The two leaders reiterated that the bond between the United States and Ghana is unshakable.',
      'bilateral ties',
    ],
    [
      'They discussed U.S.-Ghana cooperation on a range of global issues, including food security.',
      'bilateral cooperation',
    ],
    ['They underscored the importance of U.S.-Ghana collaboration.', 'bilateral cooperation'],
    // A rating alone opens a relation whose "between" names the parties (session 34).
    [
      'They discussed regional challenges, which require close coordination between the United States and Ghana.',
      'bilateral coordination',
    ],
    [
      'They reaffirmed ongoing close cooperation between Ghana and the United States to counter all threats.',
      'bilateral cooperation',
    ],
  ])('names the parties’ relation: %s', (body, name) => {
    expect(topics(TWO, body)).toContain(name);
  });

  it('names a pair-named relation bilateral whatever the statement’s parties', () => {
    const title = 'Readout of National Security Advisor Jake Sullivan’s Meeting with Ama Mensah';
    const body =
      'National Security Advisor Jake Sullivan met with Foreign Minister Ama Mensah of Ghana today to discuss U.S.-Ghana cooperation on a variety of issues.';
    expect(topics(title, body)).toContain('bilateral cooperation');
  });

  it('names a relation of three parties trilateral', () => {
    expect(topics(THREE, 'The three governments will deepen our cooperation.')).toContain(
      'trilateral cooperation',
    );
  });

  it.each([
    'The two governments committed to deepen our economic cooperation.',
    'The two governments will intensify their cooperation on public health.',
    'The two leaders will strengthen coordination with allies and partners.',
    'The two leaders noted the strength of their ties.',
    'The two leaders agreed to strengthen their coordination and resolve against piracy.',
    'The two leaders welcomed this cooperation.',
    'The two leaders welcomed economic cooperation between the United States and Ghana.',
    'The two leaders welcomed the close cooperation between Ghana and Togo.',
    'The leaders noted the strength of the ties between the United States and Ghana.',
    'The leaders noted the strength of the close ties between the United States and Ghana.',
    'The two leaders welcomed close cooperation between Ghana and Togo.',
    'The two leaders discussed U.S.-Ghana economic cooperation.',
    'The two leaders welcomed Togo-Nigeria cooperation on trade.',
    'The leaders discussed U.S.-Togo-Ghana cooperation on trade.',
  ])('names no scope relation: %s', (body) => {
    expect(topics(TWO, body).some((name) => /^(?:bi|tri)lateral /.test(name))).toBe(false);
  });

  // s39 ruling: the parties' own relationship is named after the pair (pairRelation.ts).
  it.each([
    'The Presidents reaffirmed their strong relationship.',
    'The two leaders reaffirmed the enduring bilateral relationship between the United States and Ghana.',
    'The three governments will deepen our relationship.',
  ])('names no bilateral or trilateral relationship: %s', (body) => {
    const title = body.startsWith('The three') ? THREE : TWO;
    expect(topics(title, body).some((name) => /lateral relationship$/.test(name))).toBe(false);
  });
});

describe('complement nominals', () => {
  it.each([
    'We will hold the junta to account for its abuses.',
    'The United States will continue to hold the regime and its enablers fully accountable.',
    'The ministers discussed holding traffickers accountable.',
  ])('names accountability: %s', (body) => {
    expect(topics('Statement from the Press Secretary on Burma', body)).toContain('accountability');
  });

  it('names none for "take into account"', () => {
    const body = 'We will take into account the views of our partners on trade.';
    expect(topics('Statement from the Press Secretary on Burma', body)).not.toContain(
      'accountability',
    );
  });
});
