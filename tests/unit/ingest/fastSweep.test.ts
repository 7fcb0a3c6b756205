/**
 * The sweep's candidate lookup (ingest/entities/fastSweep.ts) gives the patterns compromise's
 * walk over the net gives, in its order, before and after it files them by how often their
 * keys stood in the clauses seen.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { cacheDoc, sweepCandidates, walkCandidates } from '../../../ingest/entities/fastSweep';
import { postTaggerNet } from '../../support/postTaggerPatterns';

type Net = Parameters<typeof sweepCandidates>[0];

// A net of its own (copies: buildNet parses the patterns in place), whether or not compromise
// parsed the post-tagger's patterns already, and sampled from its first clause on.
const net = postTaggerNet<Net['always'][number]>() as Net;

const SENTENCES = [
  'The leaders reaffirmed their commitment to the complete denuclearization of the Korean Peninsula.',
  'They discussed the importance of reuniting separated Korean families, and the swift resolution of the abductions issue.',
  "We don't accept it; the U.S.-Japan Alliance's 2.5% growth (approx.) isn't enough — is it?",
  'Officials who rebuilt the damaged ports said the aid, as welcome as it was, left many homes flooded.',
  "Japan's minister, who'd visited Seoul twice, hoped to lead talks and would still fund the project if pressed.",
  'The right of the people to be secure will not be subject to review by the western allies.',
  'Running the program, the coach and the chef will start working to bring peace to the region.',
];

describe('sweep candidates', () => {
  it("are the walk's, in its order, while sampling clauses and once filed by rarity", () => {
    const clauses = SENTENCES.flatMap((text) => {
      const { document } = nlp(text) as unknown as { document: Parameters<typeof cacheDoc>[0] };
      return cacheDoc(document).map((haves, n) => ({ haves, count: document[n]!.length }));
    });
    let compared = 0;
    let found = 0;
    // Enough rounds to pass the sample (400 clauses) after which the patterns are filed anew.
    for (let round = 0; round < Math.ceil(1200 / clauses.length); round++) {
      for (const { haves, count } of clauses) {
        const ours = sweepCandidates(net, haves, count).map((m) => m.match);
        expect(ours).toEqual(walkCandidates(net, haves, count).map((m) => m.match));
        compared++;
        found += ours.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(compared);
  });
});
