/**
 * People listed one per line without a title ("The appointed members are:" then "Secretary Marco
 * Rubio", "Steve Witkoff", "Sir Tony Blair", … one per line): a line that is only a given name and
 * a family name is a person when a line beside it is a person too (another such line, or one a
 * title already made an Official), so a list's untitled members are declared as its titled ones
 * are (gold conventions §2: every named person is an Official). A lone line stays what it was: a
 * heading or a signature names no list.
 */

import { isGivenName } from '../rules/givenNameList';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { classify } from './nameHeads';
import { placeHit } from './placeHit';

/** An honorific, a given name, maybe an initial, and one or two family names: "Sir Tony Blair". */
const NAME_LINE =
  /^(?:(?:Sir|Dame|Dr\.|H\.E\.) )?((\p{Lu}\p{Ll}+) (?:\p{Lu}\. )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+(?: \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+)?)[.;,]?$/u;

/** The person a line names, or undefined: its first word a given name, no head noun. */
function personLine(text: string): { name: string; at: number } | undefined {
  const match = NAME_LINE.exec(text.trim());
  if (!match || !isGivenName(match[2]!)) return undefined;
  const name = match[1]!;
  // ("Will Rogers Airport", "Max Planck Institute": a head noun makes a place or a body.)
  if (classify(name)) return undefined;
  return { name, at: text.indexOf(name) };
}

/** Whether a sentence is one person: a name line, or a line one Official hit spans. */
function personSentence(
  sentence: SegmentedSentence | undefined,
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
): boolean {
  if (!sentence) return false;
  if (personLine(sentence.text)) return true;
  const hits = hitsBySentence.get(sentence.index) ?? [];
  const body = sentence.text.replace(/[.;,]?\s*$/, '');
  return (
    hits.length === 1 &&
    hits[0]!.type === 'Official' &&
    hits[0]!.end - sentence.start >= body.length &&
    /^\s*(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\s+){1,6}\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*$/u.test(body)
  );
}

export function nameLines(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  sentences.forEach((sentence, i) => {
    // (Most sentences are long: the shape test first.)
    if (sentence.text.length > 60) return;
    const person = personLine(sentence.text);
    if (!person) return;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    if (hits.some((hit) => hit.type === 'Official')) return;
    if (
      !personSentence(sentences[i - 1], hitsBySentence) &&
      !personSentence(sentences[i + 1], hitsBySentence)
    )
      return;
    const start = sentence.start + person.at;
    const end = start + person.name.length;
    const hit: EntityHit = {
      entityId: entityIdFor('Official', person.name),
      type: 'Official',
      start,
      end,
      text: person.name,
      name: person.name,
    };
    // The line is one name: whatever was read inside it gives way.
    const inside = (old: EntityHit) => old.start < end && old.end > start;
    placeHit(hitsBySentence, sentence.index, hits, hit, inside);
  });
}
