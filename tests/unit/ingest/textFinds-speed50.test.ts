import { describe, expect, it } from 'vitest';
import { stripSource } from '../../../ingest/entities/hit';
import { select } from '../../../ingest/entities/selectCandidates';
import { candidatesFor } from '../../../ingest/entities/sentenceCandidates';
import { documentFinds, type TextFinds } from '../../../ingest/entities/textFinds';
import { extractCommitments } from '../../../ingest/extractCommitments';
import { lexicon } from '../../../ingest/lexicon';
import type { ActorContext } from '../../../ingest/resolveActors';
import { segment } from '../../../ingest/segment';
import { findTriggers } from '../../../ingest/stances';

// One sentence per row, each with a finder it must feed and a name that finder reads in it.
const ROWS: [keyof TextFinds, string, string][] = [
  ['matched', 'The President met President Macron of France at the White House.', 'France'],
  ['venues', 'The President met President Macron of France at the White House.', 'White House'],
  [
    'named',
    'They welcomed the Partnership for Global Infrastructure and Investment.',
    'Partnership for Global Infrastructure and Investment',
  ],
  ['series', 'They prepared the Quad Leaders’ Summit.', 'Quad Leaders’ Summit'],
  [
    'numberedResolutions',
    'They upheld UN Security Council Resolution 2231.',
    'UN Security Council Resolution 2231',
  ],
  [
    'articles',
    'They invoked Article 5 of the Washington Treaty.',
    'Article 5 of the Washington Treaty',
  ],
  ['plural', 'Senior Directors Tarun Chhabra and Sarah Ladislaw joined.', 'Sarah Ladislaw'],
  ['administrations', 'They praised the Biden administration’s talks.', 'Biden administration'],
  ['proxyGroups', 'Iranian-backed militias attacked the base.', 'Iranian-backed militias'],
  ['crossings', 'Aid passed the Rafah crossing.', 'Rafah crossing'],
  ['commaCompanies', 'They thanked Lockheed Martin, Inc. for its work.', 'Lockheed Martin, Inc.'],
];

const sentences = segment(ROWS.map(([, text]) => text).join('\n\n')).sentences;

describe('text-only finders as document passes (speed50)', () => {
  it('segments one sentence per row', () => {
    expect(sentences.map((s) => s.text)).toEqual(ROWS.map(([, text]) => text));
  });

  it.each(ROWS.map((row, i) => [...row, i] as const))(
    '%s reads its name in its sentence (row text: %s)',
    (key, _text, name, i) => {
      const found = documentFinds(lexicon(), sentences)[i]![key] as { text?: string }[];
      expect(found.map((c) => c.text)).toContain(name);
    },
  );

  it('finds the national office as a document span', () => {
    const text = 'They met the U.S. Secretary of Defense today.';
    const [row] = documentFinds(lexicon(), [{ text, start: 100 }]);
    const spans = row!.offices.map(({ span }) => text.slice(span.start - 100, span.end - 100));
    expect(spans).toEqual(['U.S. Secretary of Defense']);
  });

  it('finds the same over the document as sentence by sentence', () => {
    const whole = documentFinds(lexicon(), sentences);
    sentences.forEach((sentence, i) => {
      expect(whole[i]).toEqual(documentFinds(lexicon(), [sentence])[0]);
    });
  });

  it('gives candidatesFor the same candidates as its own per-sentence finds', () => {
    const whole = documentFinds(lexicon(), sentences);
    sentences.forEach((s, i) => {
      expect(candidatesFor(lexicon(), s.text, s.start, [], whole[i])).toEqual(
        candidatesFor(lexicon(), s.text, s.start, []),
      );
    });
  });
});

describe('stance triggers found before the per-sentence reading (speed50)', () => {
  it('reads the same commitments from given triggers as from its own', () => {
    const [sentence] = segment('The United States reaffirmed its commitment to NATO.').sentences;
    const { text, start } = sentence!;
    const hits = select(candidatesFor(lexicon(), text, start, [])).chosen.map(stripSource);
    const context: ActorContext = { signatories: ['country:usa'], officials: [] };
    const input = {
      docId: 'd',
      basename: 'b',
      sentence: sentence!,
      hits,
      context,
      sectionEntities: [],
    };
    const given = extractCommitments({ ...input, triggers: findTriggers(text) });
    expect(given.map((c) => c.trigger)).toEqual(['reaffirmed its commitment']);
    expect(given).toEqual(extractCommitments(input));
  });
});
