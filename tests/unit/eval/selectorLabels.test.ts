/**
 * The learnt topic selector's training labels: a candidate is positive exactly when the scorer
 * would credit the Topic it becomes (its gold name, a gold alias, a close fuzzy name, its thesaurus
 * concept), for a gold topic its commitment's gold about still lacks.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../contract/extraction';
import { entityIdFor } from '../../../ingest/entities/candidateAt';
import type { GoldEntity } from '../../../ingest/eval/goldSchema';
import { type TrainingInput, trainingFile } from '../../../ingest/eval/selectorTraining';
import { lexicon } from '../../../ingest/lexicon';
import { rowTopic } from '../../../ingest/topics/selector/apply';
import type { CandidateRow } from '../../../ingest/topics/selector/rows';
import { foldLabel } from '../../../ingest/topics/thesaurus';
import { commitment, entity, extraction, gold, goldEntity } from './fixtures';

const SENTENCE = 'The leaders pledged to deepen close cooperation against WMD.';

function row(text: string): CandidateRow {
  const start = SENTENCE.indexOf(text);
  return {
    commitment: 0,
    start,
    end: start + text.length,
    text,
    key: foldLabel(text),
    features: [],
  };
}

/** A bare topic entity for a row, as rowTopic makes it where the thesaurus does not know the phrase. */
function plainTopic(text: string): Entity {
  return entity(entityIdFor('Topic', text), text, 'Topic', [text]);
}

/** One gold commitment about `topic`, matched by one predicted commitment about `covered`. */
function input(topic: GoldEntity, text: string, covered: Entity[] = []): TrainingInput {
  const entities = [entity('country:usa', 'United States', 'Country'), ...covered];
  const rows = [row(text)];
  return {
    base: 'test',
    gold: gold({
      entities: [goldEntity('United States', 'Country'), topic],
      commitments: [
        {
          actors: ['United States'],
          stance: 'commit',
          about: [topic.name],
          targets: [],
          sentence: SENTENCE,
          trigger: 'pledged',
        },
      ],
    }),
    rules: {
      extraction: extraction({
        entities,
        commitments: [
          commitment({
            text: SENTENCE,
            stance: 'commit',
            trigger: 'pledged',
            actors: ['country:usa'],
            about: covered.map((e) => e.id),
          }),
        ],
      }),
      terms: new Map(),
    },
    rows,
    rowTopics: rows.map((r) => plainTopic(r.text)),
  };
}

describe('trainingFile labels', () => {
  it.each([
    ['the gold name', goldEntity('close cooperation', 'Topic'), 'close cooperation', 1],
    // Until session 45 these were negatives: the label read the gold name only.
    [
      'a gold alias',
      goldEntity('bilateral cooperation', 'Topic', ['close cooperation']),
      'close cooperation',
      1,
    ],
    [
      'a close containment',
      goldEntity('deepened close cooperation', 'Topic'),
      'close cooperation',
      1,
    ],
    // The scorer credits any containment; the label keeps its measured LABEL_MATCH.
    [
      'a loose containment',
      goldEntity('defense industrial cooperation', 'Topic'),
      'cooperation',
      0,
    ],
    ['another topic', goldEntity('maritime security', 'Topic'), 'close cooperation', 0],
  ] as const)('%s', (_, topic, text, expected) => {
    expect(trainingFile(input(topic, text)).labels).toEqual([expected]);
  });

  it('is negative when the prediction already covers the gold topic', () => {
    const topic = goldEntity('bilateral cooperation', 'Topic', ['close cooperation']);
    const covered = entity('topic:bilateral-cooperation', 'bilateral cooperation', 'Topic');
    expect(trainingFile(input(topic, 'close cooperation', [covered])).labels).toEqual([0]);
  });

  it('scores the thesaurus concept a row becomes, as the scorer sees it', () => {
    const words = input(goldEntity('weapons of mass destruction', 'Topic'), 'WMD');
    const topic = rowTopic(words.rows[0]!, lexicon());
    expect(topic.name).toBe('weapons of mass destruction');
    expect(trainingFile({ ...words, rowTopics: [topic] }).labels).toEqual([1]);
    // The bare words share no word with the gold name.
    expect(trainingFile(words).labels).toEqual([0]);
  });
});
