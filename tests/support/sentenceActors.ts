/**
 * The actors' names of the commitment whose sentence is `sentence`, sorted: the party tests read a
 * statement whole (title and body) and look at one sentence's actors.
 */
import { expect } from 'vitest';
import { extractText } from './extractText';

export function sentenceActors(title: string, body: string, sentence: string): string[] {
  const result = extractText(title, body, 'sentence-actors');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const commitment = result.commitments.find((c) => c.text === sentence);
  expect(commitment, `no commitment for: ${sentence}`).toBeDefined();
  return commitment!.actors.map((id) => names.get(id) ?? id).sort();
}
