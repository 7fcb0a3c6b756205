/**
 * A body a two-country statement marks as the parties' own ("the bilateral … Group", "their …
 * Council", "launch the … Commission") is their bilateral mechanism: a Program named with the pair,
 * the text form an alias; unmarked, or in a statement of more parties, it keeps its own name.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function entities(title: string, body: string) {
  return extractText(title, body, 'bilateral').entities;
}

const PAIR_TITLE = 'Joint Statement by the United States and Portugal';
const PAIR_OPENING =
  'President Joseph R. Biden, Jr. welcomed Prime Minister António Costa of Portugal to the White House.';

describe('bilateral bodies', () => {
  it.each([
    [
      'The two leaders will meet regularly in the bilateral Maritime Security Group.',
      'U.S.-Portugal Maritime Security Group',
      'Maritime Security Group',
    ],
    [
      'The two countries will review trade matters through their Economic Partnership Council.',
      'U.S.-Portugal Economic Partnership Council',
      'Economic Partnership Council',
    ],
    [
      'The leaders committed to launch the high-level Joint Energy Commission.',
      'U.S.-Portugal Joint Energy Commission',
      'Joint Energy Commission',
    ],
  ])('names %s with the pair', (sentence, name, alias) => {
    const found = entities(PAIR_TITLE, `${PAIR_OPENING} ${sentence}`).find(
      (entity) => entity.name === name,
    );
    expect(found?.type).toBe('Program');
    expect(found?.aliases).toContain(alias);
  });

  it('leaves an unmarked body its own name', () => {
    const sentence = 'The leaders welcomed the work of the Maritime Security Group.';
    const names = entities(PAIR_TITLE, `${PAIR_OPENING} ${sentence}`).map((e) => e.name);
    expect(names).not.toContain('U.S.-Portugal Maritime Security Group');
  });

  it('leaves a committee its own name and type', () => {
    const sentence =
      'In their Joint Consultative Committee, the ministers reviewed defense cooperation.';
    const found = entities(PAIR_TITLE, `${PAIR_OPENING} ${sentence}`);
    expect(found.map((e) => e.name)).not.toContain('U.S.-Portugal Joint Consultative Committee');
  });

  it('leaves a name that already opens with its pair alone', () => {
    const sentence = 'The leaders welcomed the bilateral U.S.-Portugal Energy Forum.';
    const names = entities(PAIR_TITLE, `${PAIR_OPENING} ${sentence}`).map((e) => e.name);
    expect(names).not.toContain('U.S.-Portugal U.S.-Portugal Energy Forum');
  });
});
