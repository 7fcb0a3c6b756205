/**
 * Session 42 (trips42). A leader's spouse named by office alone ("the Second Gentleman will lead
 * …") in the own side's trip statement is the one holder the statement introduced, though a
 * spouse represents no country (ingest/commitments/ownSpouse.ts). A declaration's capitalised
 * preamble participle is the declaring parties' stance even where a clause inside its paragraph
 * names someone acting ("HIGHLIGHTING that …, where President X welcomed …;",
 * frontedParticiple.ts). Sentences written in the genres' style, the places invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';

function actorsOf(title: string, body: string, date: string, trigger: string): string[][] {
  const result = extract({ ...memoryDocument(title, body), date });
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments
    .filter((commitment) => commitment.trigger === trigger)
    .map((commitment) => commitment.actors.map((id) => names.get(id) ?? id).sort());
}

describe('a spouse named by office in the own side’s trip statement', () => {
  const title =
    'Statement from the Communications Director on Second Gentleman Douglas Emhoff’s Travel to Chile';
  it.each([
    [
      'On behalf of President Biden, the Second Gentleman will lead the Presidential Delegation to the inauguration.',
      'will lead',
    ],
    ['The Second Gentleman will also meet with U.S. Embassy Santiago staff.', 'will also meet'],
    [
      'In addition to these events, the Second Gentleman will highlight shared values through his engagements.',
      'will highlight',
    ],
  ])('%s', (sentence, trigger) => {
    const body = `Second Gentleman Douglas Emhoff will visit Santiago, Chile from March 3 to March 5. ${sentence}`;
    expect(actorsOf(title, body, '2024-03-01', trigger)).toEqual([['Douglas Emhoff']]);
  });

  it('leaves a foreign spouse’s office to no one on the own side', () => {
    const body =
      'First Lady of Chile Ana Ruiz will visit Washington in May. The First Lady will meet with students.';
    const found = actorsOf(
      'Statement from the Press Secretary on a Visit',
      body,
      '2024-03-01',
      'will meet',
    );
    expect(found.flat()).not.toContain('Jill Biden');
  });
});

describe('a declaration’s capitalised preamble participle', () => {
  const subject =
    'WE, the Member States of the Association of Southeast Asian Nations (ASEAN) and the United States of America, on the occasion of the Summit in Phnom Penh,';
  it.each([
    [
      'HIGHLIGHTING that our dialogue has grown through annual leaders’ summits, where for the first time President Joseph R. Biden Jr. welcomed ASEAN leaders to Washington;',
      'HIGHLIGHTING',
    ],
    [
      'ACKNOWLEDGING that at the last Summit, President Biden announced new initiatives to expand the Strategic Partnership;',
      'ACKNOWLEDGING',
    ],
    ['NOTING that both outlooks share fundamental principles;', 'NOTING'],
  ])('%s', (paragraph, trigger) => {
    const body = `${subject}\n\n${paragraph}\n\nHEREBY DECIDE to:\n\nESTABLISH a Comprehensive Strategic Partnership;`;
    expect(actorsOf('ASEAN-U.S. Leaders’ Statement', body, '2022-11-12', trigger)).toEqual([
      ['ASEAN', 'United States'],
    ]);
  });
});
