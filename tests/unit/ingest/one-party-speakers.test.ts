import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { titleSpeakers } from '../../../ingest/titleSigners';

/** Who a one-party statement's title names as its speaker (its "I"). */
const speakers = (title: string) =>
  titleSpeakers(lexicon(), title).map((finding) => finding.candidate.entityId);

describe('title speakers of one-party statements', () => {
  it('reads a speaker named before the genre word', () => {
    expect(speakers('Vice President Harris Statement on the Flooding in Libya')).toEqual([
      'official:kamala-harris',
    ]);
    expect(speakers('First Lady Melania Trump’s Statement on National Adoption Month')).toEqual([
      'official:melania-trump',
    ]);
    expect(speakers('Statement from First Lady Jill Biden on World Refugee Day')).toEqual([
      'official:jill-biden',
    ]);
  });

  it('reads no speaker from a joint or leaders’ statement', () => {
    expect(speakers('G7 Leaders’ Statement on Haiti')).toEqual([]);
    expect(speakers('President Biden and Prime Minister Kishida Joint Statement')).toEqual([]);
  });
});
