/**
 * The second stance of a list item (commitments/itemAdjuncts.ts): a bullet under a committing
 * lead-in has no subject, so its trailing "…, and noting …" or "while ensuring …" shares the
 * item's actors, as it would a main clause's; the item's own head verb stays the one item.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function commitments(item: string) {
  const result = extractText(
    'Joint Statement of the United States and France',
    ['We intend to jointly take the following actions:', item].join('\n\n'),
    'item-adjuncts',
  );
  return result.commitments
    .filter((c) => c.text === item)
    .map((c) => ({ stance: c.stance, trigger: c.trigger, actors: [...c.actors].sort() }));
}

const BOTH = ['country:fra', 'country:usa'];

describe('list item adjuncts', () => {
  it.each([
    [
      'Supporting regional seed banks in coastal provinces, and recognizing the importance of local storage.',
      'recognize',
      'recognizing the importance',
    ],
    [
      'Promoting fertilizer efficiency in smallholder farms, and recalling the 2021 Nutrition Summit.',
      'recognize',
      'recalling',
    ],
    [
      'Expanding irrigation finance for river basins, while ensuring that water rights are respected.',
      'commit',
      'while ensuring',
    ],
  ])('splits the trailing stance of "%s"', (item, stance, trigger) => {
    const found = commitments(item);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ stance: 'commit', actors: BOTH });
    expect(found[1]).toMatchObject({ stance, trigger, actors: BOTH });
  });

  it.each([
    'Supporting regional seed banks in coastal provinces.',
    // A bare verb after "and" is one more verb of the item.
    'Strengthen regional seed banks in coastal provinces, and work to avoid export bans.',
    // A participle repeating the item's head verb is folded.
    'Welcoming new seed banks in coastal provinces, and welcoming the launch of a grain registry.',
  ])('keeps "%s" as one commitment', (item) => {
    expect(commitments(item)).toHaveLength(1);
  });
});
