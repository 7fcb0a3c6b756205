/**
 * A stance trigger and the ways of collecting one from a sentence (by a pattern, or by a frame
 * tried at its first words); stances.ts gathers them and resolves overlaps.
 */
import type { Stance } from '../contract/extraction';
import type { CompiledFrame } from './rules/stanceRules';

export interface Trigger {
  stance: Stance;
  start: number;
  end: number;
  text: string;
  /** "will …"/"are working to": an undertaking only when a party is its subject. */
  needsSubject: boolean;
  /** "Pyongyang must cease …": a call on its subject, when that is not a party. */
  appeal?: boolean;
  /** A party's own "must": the stance of the frame at its verb ("must stand with" is support). */
  ownStance?: Stance;
  /** "The next meeting will be held in Seoul": a meeting the parties arrange, no subject of theirs. */
  arranged?: boolean;
  /** "It is time to release the hostages": a hortative with no agent named, said by the parties. */
  partiesSpeak?: boolean;
  /** "underscored X, and his commitment to Y": one more object of the stance verb before it. */
  objectItem?: boolean;
  /** "have expressed support for": a stance expressed, which a perfect does not make narrative. */
  perfectBinds?: boolean;
  /** "Given Ecuador’s commitments to …": the possessor the trigger names is its actor. */
  ownerActs?: boolean;
  /** "…, while ensuring …": an undertaking alongside the stance before it, whose actors it shares. */
  concurrent?: boolean;
  /** "To curb …, we traced …": a purpose opening the sentence, the main subject's (stances.ts). */
  frontedPurpose?: boolean;
  /** "launched", "established": a founding act, past only with the meeting's officials (stances.json). */
  foundingAct?: boolean;
  /** "stressed that the United States would …": a reported "will", a stance only as its reporter's. */
  reported?: boolean;
  /** "WE HEREBY DECLARE: / SUPPORT …": an operative item's opening verb, said by these actors. */
  operative?: string[];
}

/** A word of the sentence, as the verb scan finds it (verbTriggers.ts). */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

export function collect(
  found: Trigger[],
  sentence: string,
  pattern: RegExp,
  stanceOf: (match: RegExpExecArray, text: string) => Stance,
  needsSubject: boolean,
  searched = sentence,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(searched); match; match = pattern.exec(searched)) {
    // (`searched` may be the sentence lowercased, same offsets: the trigger's text is the sentence's.)
    const text = sentence.slice(match.index, match.index + match[0].length).trimEnd();
    if (!text) {
      pattern.lastIndex++;
      continue;
    }
    found.push({
      stance: stanceOf(match, text),
      start: match.index,
      end: match.index + text.length,
      text,
      needsSubject,
    });
  }
}

/**
 * A sticky frame tried only where one of its first words stands (`words`: the openers), with
 * `pattern` over `searched` (the frame's own, or its folded one over the lowercased sentence).
 */
export function stickyAt(
  found: Trigger[],
  sentence: string,
  words: Word[],
  frame: CompiledFrame,
  pattern = frame.pattern,
  searched = sentence,
): void {
  for (const word of words) {
    if (!frame.firstWords!.has(word.lower)) continue;
    pattern.lastIndex = word.start;
    const match = pattern.exec(searched);
    if (!match) continue;
    const text = sentence.slice(word.start, word.start + match[0].length).trimEnd();
    found.push({
      stance: frame.stance,
      start: word.start,
      end: word.start + text.length,
      text,
      needsSubject: frame.needsParty ?? false,
    });
  }
}

/**
 * The sentence's words, and the parts of a hyphenated one ("good-will" holds "will"): a pattern's
 * word boundary stands at a hyphen too, so a word it needs is among these wherever it matches.
 */
export function wordsAndParts(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const { lower } of words) {
    out.add(lower);
    if (lower.includes('-')) for (const part of lower.split('-')) out.add(part);
  }
  return out;
}
