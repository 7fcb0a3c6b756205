/**
 * A group head opening its sentence with a lowercase postmodifier before the verb ("Members from
 * around the world reaffirmed …") speaks as the head alone; a quantified head, a capitalised
 * postmodifier and one the list of prepositions does not name stay no subject.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const TITLE = 'Joint Statement of Canada, Mexico and the United States on Food Security';
const OPENING =
  'Canada, Mexico and the United States met in Ottawa to review food security in the hemisphere.';

function actorsOf(sentence: string, trigger: string): string[] | undefined {
  const result = extractText(TITLE, `${OPENING} ${sentence}`, 'postmodified');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const found = result.commitments.find((c) => c.trigger.startsWith(trigger));
  return found?.actors.map((id) => names.get(id) ?? id).sort();
}

const PARTIES = ['Canada', 'Mexico', 'United States'];

describe('a group head with a postmodifier before its verb', () => {
  it.each([
    [
      'Officials from the three countries represented also shared concerns about drought.',
      'shared concerns',
      PARTIES,
    ],
    ['Countries within available resources intend to make new donations.', 'intend to', PARTIES],
    [
      'Members from around the world reaffirmed their commitment to food security.',
      'reaffirmed',
      PARTIES,
    ],
    ['Governments across the region will continue to support farmers.', 'will continue', PARTIES],
    [
      'In this spirit, partners from every continent committed to share data.',
      'committed',
      PARTIES,
    ],
  ])('%s → the head’s actors', (sentence, trigger, actors) => {
    expect(actorsOf(sentence, trigger)).toEqual(actors);
  });

  it.each([
    // A quantified head is others, not the parties.
    ['Some countries within the region intend to make new donations.', 'intend to'],
    // People from elsewhere ("sectors") are others: only a postmodifier naming countries makes
    // a head for people the parties'.
    [
      'Leaders from the financial and philanthropic sectors affirmed the need for investment.',
      'affirmed',
    ],
    // A capitalised postmodifier is a name, which this shape does not read.
    ['Officials from Brazil committed to share data.', 'committed'],
    // Only a head opening its sentence (or after a fronted adjunct's comma).
    ['Canada noted that countries within the region intend to make new donations.', 'intend to'],
  ])('%s → no commitment of the parties', (sentence, trigger) => {
    const actors = actorsOf(sentence, trigger);
    expect(actors === undefined || actors.join() !== PARTIES.join()).toBe(true);
  });
});
