/**
 * A thesaurus term written in capitals inside a run of capitalised words is a word of a name, not
 * a topic: "the Clean Energy Incentives Dialogue", "Japan's new Official Security Assistance",
 * "a Major Security Cooperation Partner", "the Quad Cybersecurity Partnership" name a dialogue, a
 * framework, a status, a partnership; the name is the entity (recognised or not), and the gold
 * never takes "clean energy" or "security assistance" out of it. A term that opens the run after
 * a lowercase word other than a determiner is a common noun capitalised for weight
 * ("international Peacekeeping Operations (PKO)"): still a topic. Headings are read elsewhere
 * (their Title Case is no name).
 */
import type { EntityHit } from '../types';

/** A word of a name: capitalised ("Energy", "ASEAN-U.S.", "Japan’s"), nothing after it. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.’'/-]*$/u;
/** A capitalised word of a term, not an acronym or code ("COVID-19", "WMD" are names anyway). */
const TITLE_WORD = /^\p{Lu}\p{Ll}[\p{Ll}-]*$/u;
/** What introduces a name: after these the run's first word is the name's. */
const INTRODUCERS = /^(?:the|a|an|its|their|our|his|her|this|these|those|whose)$/;

export function topicInsideName(sentence: string, sentenceStart: number, hit: EntityHit): boolean {
  if (hit.type !== 'Topic') return false;
  const from = hit.start - sentenceStart;
  const to = hit.end - sentenceStart;
  if (from < 0 || to > sentence.length) return false;
  if (
    !sentence
      .slice(from, to)
      .split(' ')
      .every((word) => TITLE_WORD.test(word))
  )
    return false;
  const head = sentence.slice(0, from);
  const word = /(?:^|\s)(\S+) $/.exec(head)?.[1];
  // At the sentence's start, after a bold heading's opening or a list's letter ("C. Trade,
  // Security and …") the term is capitalised whatever it is.
  if (word === undefined || word.startsWith('**') || /\*\*\s*$/.test(head)) return false;
  if (/^\p{Lu}\.$/u.test(word)) return false;
  // The sentence's first word is capitalised whatever it is too.
  const first = head.trimStart() === `${word} `;
  if (!first && NAME_WORD.test(word)) return true;
  const after = / (\S+)/y;
  after.lastIndex = to;
  const next = after.exec(sentence)?.[1]?.replace(/[,;:.)]+$/, '');
  if (next === undefined || !NAME_WORD.test(next)) return false;
  // The term opens the run: a name after a determiner ("the Clean Energy Incentives Dialogue"),
  // a common noun capitalised for weight after an adjective ("international Peacekeeping
  // Operations"), unknown after a capitalised first word.
  return INTRODUCERS.test(word.toLowerCase()) || (!first && !/^\p{Ll}/u.test(word));
}
