/**
 * (data/rules/names.json `innerNameHeads`.)
 * "Counter Ransomware Initiative Summit", "Global Health Security Agenda Steering Group": a name
 * that opens with another whole name (its own head noun, of another kind, before the outer head)
 * names that one too; the gold declares it, nested (in no `about`: "bodies that occur only inside
 * a longer name"). A head of the same kind is part of the name ("Mansfield Fellowship Program").
 */
import type { EntityType } from '../../contract/extraction';
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { headAt, tokens } from './nameHeads';

const INNER_KINDS: ReadonlySet<EntityType> = new Set(['Program', 'Instrument', 'Organization']);

export function innerNames(chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const outer of chosen) {
    if (outer.source !== 'phrase' || (!INNER_KINDS.has(outer.type) && outer.type !== 'Event'))
      continue;
    const words = tokens(outer.text);
    // The longest opening run ending in a head of another kind, with capitalised words after it.
    for (let i = words.length - 2; i >= 1; i--) {
      const head = headAt(
        words.map((t) => t.word),
        i,
      );
      if (!head || head[1] === outer.type || !NAME_RULES.innerNameHeads.has(head[0])) continue;
      if (!/^\p{Lu}/u.test(words[i + 1]!.word) || !/^\p{Lu}/u.test(words[0]!.word)) break;
      const surface = outer.text.slice(0, words[i]!.start + words[i]!.word.length);
      if (/ (?:of|on|for|and|to|in|the) /.test(surface)) break;
      out.push({ ...candidateAt(head[1], surface, outer.start, 'phrase'), nested: true });
      break;
    }
  }
  return out;
}
