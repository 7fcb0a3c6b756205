/**
 * The White House's own offices named alone ("the First Lady", "the Vice President", "the
 * President" of a Vice President's readout) are the holder on the document's date
 * (officials.json `homeOffices`); a document that names someone else by the office keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function officials(title: string, body: string, date: string): string[] {
  const result = extract({ ...memoryDocument(title, body, 'home-holders'), date });
  return result.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => entity.name)
    .sort();
}

describe('home offices named by office alone', () => {
  it('give the First Lady of the date', () => {
    const body =
      'President Biden spoke today with the Prime Minister. He thanked him for hosting him and the First Lady in London last year.';
    expect(officials('Readout of a Call', body, '2023-05-02')).toContain('Jill Biden');
    expect(officials('Readout of a Call', body, '2025-06-02')).toContain('Melania Trump');
  });

  it('give the Vice President of the date when no one is named by that office', () => {
    const body =
      'Secretary Blinken met with Foreign Minister Penny Wong. The Secretary conveyed the Vice President’s support for the partnership.';
    expect(officials('Readout of a Meeting', body, '2022-03-10')).toContain('Kamala Harris');
  });

  it('give the President in a Vice President’s readout', () => {
    const body =
      'Vice President Kamala Harris met with Prime Minister Mark Rutte. The Vice President underscored the President’s commitment to the transatlantic alliance.';
    expect(officials('Readout of a Meeting', body, '2022-06-03')).toContain('Joe Biden');
  });

  it('give the President beside the Vice President named by office too', () => {
    const body =
      'The President and the Vice President met with governors today. He reiterated that the plan must pass.';
    expect(officials('Statement by the Press Secretary', body, '2021-03-01')).toEqual(
      expect.arrayContaining(['Joe Biden', 'Kamala Harris']),
    );
  });

  it('keep a foreign holder of the office and a spokesperson’s bare "The President"', () => {
    const foreign =
      'Vice President Kamala Harris met with President Ferdinand Marcos, Jr. The Vice President and the President discussed maritime security.';
    expect(officials('Readout of a Meeting', foreign, '2022-11-21')).not.toContain('Joe Biden');
    const spokesperson =
      'The United States condemns the launch. The President and his national security team are assessing the situation.';
    expect(officials('Statement', spokesperson, '2023-04-13')).not.toContain('Joe Biden');
    const team =
      'The United States condemns the launch. The President’s national security team is assessing the situation.';
    expect(officials('Statement', team, '2023-07-12')).not.toContain('Joe Biden');
  });

  it('give the President a spokesperson names by office alone where he acts', () => {
    const briefed =
      'The United States condemns the launch. The President has been briefed on the situation.';
    expect(officials('Statement by the NSC Spokesperson', briefed, '2022-11-17')).toContain(
      'Joe Biden',
    );
    const signed = 'On Thursday, June 12, 2025, the President signed into law: S. 160.';
    expect(officials('Bill Signed into Law', signed, '2025-06-12')).toContain('Donald Trump');
  });

  it('give the President a readout’s title names by that office', () => {
    const body =
      'The President spoke today with Prime Minister Mark Carney. The President reaffirmed his support for the partnership.';
    const titled = 'Readout of President Joseph R. Biden, Jr. Call with Prime Minister Mark Carney';
    expect(officials(titled, body, '2022-06-03')).toContain('Joe Biden');
    const both = 'Readout of President Biden’s Call with President Ferdinand Marcos, Jr.';
    expect(officials(both, body, '2022-06-03')).not.toContain('Joe Biden');
  });

  it('skip staff titles, programmes and other bodies’ presidents', () => {
    const body =
      'Vice President Kamala Harris met with the President of the Senate and the Assistant to the President for Science. She praised the President’s Emergency Plan for AIDS Relief.';
    expect(officials('Readout of a Meeting', body, '2022-06-03')).not.toContain('Joe Biden');
  });
});
