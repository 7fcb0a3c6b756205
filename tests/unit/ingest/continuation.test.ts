/**
 * "This includes …" / "This entails …" with no stance of its own spells out the stance before it:
 * a commitment of that stance's actors with that stance (data/gold/README.md, annotator B).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitmentsOf(body: string, sentence: string) {
  const result = extractText(
    'Joint Statement of the United States and France',
    body,
    'continuation',
  );
  return result.commitments
    .filter((c) => c.text === sentence)
    .map((c) => ({ stance: c.stance, trigger: c.trigger, actors: [...c.actors].sort() }));
}

const BOTH = ['country:fra', 'country:usa'];

describe('continuation sentences', () => {
  it.each([
    [
      'The United States and France resolve to continue working for a Europe that is whole and free.',
      'This entails maintaining our nations’ collective defense and security, including through NATO.',
      'commit',
      'This entails',
    ],
    [
      'The United States and France reaffirm their support for Ukraine.',
      'This includes the provision of significant resources to support Ukrainian civilian resilience through the winter.',
      'reaffirm',
      'This includes',
    ],
    [
      'The United States and France outlined a shared vision to strengthen security.',
      'These also include investing in technologies and building resilient value chains.',
      'support',
      'These also include',
    ],
    [
      'The United States and France will work together to modernize their ports.',
      'This work includes upgrading customs systems at the main border crossings.',
      'commit',
      'This work includes',
    ],
    [
      'The United States and France commit to strengthening critical mineral supply chains.',
      'Specifically, this includes diversifying sources of processed minerals.',
      'commit',
      'Specifically, this includes',
    ],
    [
      'The United States and France welcomed the efforts of the G7 to rebuild Ukraine’s energy grid.',
      'These efforts include the establishment of a new trust fund at the World Bank.',
      'welcome',
      'These efforts include',
    ],
    [
      'The United States and France recognize that the climate crisis demands urgent action.',
      'This includes achieving our respective 2030 nationally determined contributions.',
      'recognize',
      'This includes',
    ],
    [
      'The United States and France discussed ways to bridge their innovation ecosystems.',
      'This includes making progress to negotiate a science and technology agreement.',
      'other',
      'This includes',
    ],
    [
      'The United States and France commit to easing reporting rules for businesses.',
      'In the context of the new directive, this includes reducing the administrative burden.',
      'commit',
      'In the context of the new directive, this includes',
    ],
    [
      'The United States and France will take steps to fight corruption.',
      'These steps include selecting a new anti-corruption prosecutor.',
      'commit',
      'These steps include',
    ],
  ])('carries the stance before: %s / %s', (before, sentence, stance, trigger) => {
    expect(commitmentsOf(`${before} ${sentence}`, sentence)).toEqual([
      { stance, trigger, actors: BOTH },
    ]);
  });

  it('reaches back over a description of what the stance set out', () => {
    const sentence = 'This includes addressing climate change and the energy transition.';
    const body = `The United States and France outlined a shared vision to strengthen security. This vision is built on a shared conviction that democracy delivers. ${sentence}`;
    expect(commitmentsOf(body, sentence)).toEqual([
      { stance: 'support', trigger: 'This includes', actors: BOTH },
    ]);
  });

  it('needs a stance right before, and the opener itself', () => {
    const narrative =
      'The relationship is rooted in history. This includes two centuries of friendship.';
    expect(commitmentsOf(narrative, 'This includes two centuries of friendship.')).toEqual([]);
    const other =
      'The United States and France reaffirm their support for Ukraine. Such activities will include a table-top exercise.';
    expect(commitmentsOf(other, 'Such activities will include a table-top exercise.')).toEqual([]);
    const listLead =
      'The United States and France reflected on the achievements of their partnership. This includes:';
    expect(commitmentsOf(listLead, 'This includes:')).toEqual([]);
    const call =
      'The United States and France call on all creditors to deliver debt relief. This includes finalizing outstanding country cases.';
    expect(commitmentsOf(call, 'This includes finalizing outstanding country cases.')).toEqual([]);
  });
});
