/**
 * What a clause is about, widened where the gold conventions put a place or a party in `about`
 * although an earlier rule kept it out: the city of a meeting that the stance welcomes, discusses
 * or reflects on (not the venue of the actors' own act), the state that backs a group
 * ("Iranian-backed militias"), named inside the group's name, and what a later clause takes up
 * again with "do so", "likewise", "the same".
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function about(title: string, sentence: string): string[] {
  const result = extractText(title, sentence, 'about-s40');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const found = result.commitments.find((c) => c.text === sentence);
  expect(found, `no commitment for: ${sentence}`).toBeDefined();
  return found!.about.map((id) => names.get(id) ?? id);
}

const READOUT = 'Readout of President Biden’s Meeting with King Abdullah II of Jordan';

describe('the place of a meeting the stance is about (session 40)', () => {
  it.each([
    'President Biden welcomed the recent trilateral summit in Baghdad between Iraq, Jordan, and Egypt.',
    'The leaders also discussed plans for the NATO Summit in Vilnius.',
    'The leaders reflected on their first meeting in Paris.',
    'We will align our work with outcomes from the upcoming Pacific Islands Forum Leaders meeting in Paris.',
  ])('keeps the city of a welcomed or discussed meeting: %s', (sentence) => {
    const found = about(READOUT, sentence);
    expect(found.some((name) => ['Baghdad', 'Vilnius', 'Paris'].includes(name))).toBe(true);
  });

  it.each([
    'The two leaders agreed to meet again in Paris next month.',
    'The leaders will discuss regional security ahead of the NATO Summit in Vilnius.',
    'They will also discuss trade and coordinate in advance of the NATO Summit in Vilnius.',
    'The leaders plan to approve a new charter at the Council meeting in Paris this fall.',
    'The leaders welcomed the outcome of the ministerial talks held in Paris on regional security.',
  ])('leaves out the venue of the actors’ own act: %s', (sentence) => {
    const found = about(READOUT, sentence);
    expect(found).not.toContain('Paris');
    expect(found).not.toContain('Vilnius');
  });

  it('leaves out the city where the actors met before the stance', () => {
    const found = about(
      READOUT,
      'President Biden and King Abdullah II met today in Jeddah and reaffirmed their strategic partnership.',
    );
    expect(found).not.toContain('Jeddah');
  });
});

describe('the backer of a group (session 40)', () => {
  it('puts the backing state in about', () => {
    const found = about(
      READOUT,
      'President Biden condemned recent attacks by Iranian-backed militias across the region.',
    );
    expect(found).toContain('Iran');
  });

  it('leaves a state inside another name out', () => {
    const found = about(
      READOUT,
      'President Biden welcomed the launch of the India-Middle East-Europe Economic Corridor.',
    );
    expect(found).not.toContain('India');
  });
});

const JOINT = 'Joint Statement of the United States and the United Kingdom';

describe('a later clause that takes the one before up again (session 40)', () => {
  it.each([
    [
      'We underscore our commitment to achieving net zero emissions by 2050 at the latest, and call on all other countries to do likewise.',
      'call on',
      'net zero',
    ],
    [
      'We reaffirm our commitment to the CTBT verification system and call on others to do the same.',
      'call on',
      'CTBT verification system',
    ],
    [
      'We intend to communicate ambitious NDCs by COP26 and welcome those who have already done so.',
      'welcome',
      'Nationally Determined Contributions',
    ],
  ])('%s', (sentence, trigger, topic) => {
    const result = extractText(JOINT, sentence, 'about-s40');
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const later = result.commitments.find((c) => c.trigger === trigger);
    expect(later, `no commitment "${trigger}"`).toBeDefined();
    const about = later!.about.map((id) => names.get(id) ?? id);
    expect(about).toContain(topic);
    // The earlier act's deadline is not what the later clause takes up.
    expect(about).not.toContain('COP26');
  });
});
