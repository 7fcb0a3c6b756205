import { describe, expect, it } from 'vitest';
import { checkExtraction, rateOf } from '../../../ingest/eval/invariants';
import { fragmentReason, vacuousReason } from '../../../ingest/eval/nameQuality';
import { extract } from '../../../ingest/extract';
import { memoryDocument } from '../../support/extractText';
import { commitment, entity, extraction } from './fixtures';

describe('name quality', () => {
  it('refuses names cut at a preposition, determiner or connective', () => {
    expect(fragmentReason('irreversible abandonment of its')).toBe(
      'ends with the determiner "its"',
    );
    expect(fragmentReason('G7-led Global Partnership Against')).toMatch(/preposition "against"/);
    expect(fragmentReason('the Korean Peninsula')).toMatch(/starts with the determiner "the"/);
    expect(fragmentReason('peace and')).toMatch(/connective/);
    expect(fragmentReason('The Hague')).toBeUndefined();
    expect(fragmentReason('Treaty on the Non-Proliferation of Nuclear Weapons')).toBeUndefined();
  });

  it('refuses vacuous topics, whole or by their head', () => {
    expect(vacuousReason('international community')).toBe('a vacuous phrase');
    expect(vacuousReason('Cooperation')).toBe('a vacuous phrase');
    expect(vacuousReason('necessity of immediate resolution')).toMatch(/"necessity of"/);
    expect(vacuousReason('issue of Japanese')).toMatch(/"issue of"/);
    expect(vacuousReason('maritime cooperation')).toBeUndefined();
    expect(vacuousReason('abductions issue')).toBeUndefined();
  });
});

describe('invariants of one extraction', () => {
  it('find commitments without an actor and evidence outside its sentence', () => {
    const text = 'Japan condemned the launches.';
    const base = extraction({
      entities: [entity('country:jpn', 'Japan', 'Country')],
      commitments: [commitment({ text, stance: 'condemn', actors: [], trigger: 'condemned' })],
    });
    const broken = {
      ...base,
      sentences: [
        { id: 'sentence:test-0', docId: 'doc:test', index: 0, text, start: 100, end: 129 },
      ],
      mentions: [
        {
          entityId: 'country:jpn',
          sentenceId: 'sentence:test-0',
          start: 100,
          end: 105,
          text: 'Japan',
        },
        {
          entityId: 'country:jpn',
          sentenceId: 'sentence:test-0',
          start: 101,
          end: 106,
          text: 'Japan',
        },
        {
          entityId: 'country:jpn',
          sentenceId: 'sentence:test-0',
          start: 128,
          end: 135,
          text: 'Japan',
        },
      ],
    };
    const result = checkExtraction(broken);
    expect(result.checks.commitmentWithoutActor.violations).toHaveLength(1);
    expect(result.checks.evidenceOutsideSentence.units).toBe(4);
    expect(result.checks.evidenceOutsideSentence.violations.map((v) => v.reason)).toEqual([
      'offsets do not select its text',
      'offsets 128-135 outside sentence:test-0',
    ]);
    expect(rateOf(result.checks.evidenceOutsideSentence)).toBeCloseTo(2 / 4);
  });

  it('hold on a real extraction of the extractor', () => {
    const body = 'Japan and the United States condemned the launches by North Korea.';
    const doc = memoryDocument(undefined, body, 'mem');
    const result = checkExtraction(extract(doc));
    expect(result.checks.commitmentWithoutActor.violations).toEqual([]);
    expect(result.checks.evidenceOutsideSentence.violations).toEqual([]);
    expect(result.checks.evidenceOutsideSentence.units).toBeGreaterThan(3);
  });

  it('list a sentence whose stance trigger yielded no commitment', () => {
    const text = 'Japan strongly condemned the launches.';
    const sentence = {
      id: 'sentence:test-0',
      docId: 'doc:test',
      index: 0,
      text,
      start: 0,
      end: 38,
    };
    const without = { ...extraction({}), sentences: [sentence] };
    const result = checkExtraction(without);
    expect(result.checks.triggerWithoutCommitment.units).toBe(1);
    expect(result.checks.triggerWithoutCommitment.violations.map((v) => v.label)).toEqual([text]);
    const withOne = {
      ...extraction({
        commitments: [commitment({ text, stance: 'condemn', actors: ['country:jpn'] })],
      }),
      sentences: [sentence],
    };
    withOne.commitments[0]!.sentenceId = sentence.id;
    expect(checkExtraction(withOne).checks.triggerWithoutCommitment.violations).toEqual([]);
  });
});
