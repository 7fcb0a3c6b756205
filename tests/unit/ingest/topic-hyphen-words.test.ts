/**
 * A hyphenated word stays whole in a chunk when one of its parts is a noun or adjective, even if
 * another part is a prefix (ingest/topics/hyphenWord.ts); and a
 * coordination of heads that share one complement is no modifier list (modifierList.ts); an -ing
 * noun of gerundHeads after a verb modifies the plural after it (verbModifiers.ts).
 */
import { describe, expect, it } from 'vitest';
import { tagTexts } from '../../../ingest/entities/tagger';
import { chunks } from '../../../ingest/topics/chunks';
import { modifierLists } from '../../../ingest/topics/modifierList';
import { retagVerbModifiers } from '../../../ingest/topics/verbModifiers';
import { retagVerbNouns } from '../../../ingest/topics/verbNouns';

function chunked(sentence: string): string[] {
  const terms = tagTexts([sentence])[0]!;
  retagVerbNouns(terms);
  retagVerbModifiers(terms);
  return chunks(terms, 0, sentence.length).map((c) => sentence.slice(c.start, c.end));
}

describe('hyphenated words kept whole', () => {
  it.each([
    ['The agencies will consult non-governmental organizations.', 'non-governmental organizations'],
    ['Both sides called for self-restraint.', 'self-restraint'],
    ['The two sides agreed on de-escalation measures.', 'de-escalation measures'],
    ['They respect the principle of non-refoulement.', 'principle of non-refoulement'],
  ])('%s', (sentence, expected) => {
    expect(chunked(sentence)).toContain(expected);
  });

  it('leaves a range of years out', () => {
    expect(chunked('The 2021-2025 plan was adopted.').join(' | ')).not.toMatch(/2021/);
  });
});

describe('heads sharing a complement are no modifier list', () => {
  function listed(sentence: string): string[] {
    const terms = tagTexts([sentence])[0]!;
    return modifierLists(terms, 0, sentence.length, sentence).flatMap((list) => list.names);
  }

  it('leaves the heads before "of" undistributed', () => {
    const names = listed(
      'We respect the autonomy, role, and leadership of regional institutions in the area.',
    );
    expect(names).not.toContain('autonomy institutions');
    expect(names).not.toContain('role institutions');
  });

  it('still distributes a head after a hyphenated item', () => {
    expect(listed('They will deepen political, economic, and people-to-people ties.')).toContain(
      'political ties',
    );
  });
});

describe('an -ing compound after a verb', () => {
  it.each([
    ['The ministries will harmonize charging standards.', 'charging standards'],
    [
      'The plan will expand processing facilities in the region.',
      'processing facilities in the region',
    ],
  ])('%s', (sentence, expected) => {
    expect(chunked(sentence)).toContain(expected);
  });

  it('leaves a verb taking an -ing clause alone', () => {
    expect(chunked('They will continue funding programs.')).not.toContain('funding programs');
  });
});
