/**
 * Recognition of one sentence: its officials, its candidates settled into hits, and what the next
 * sentences need (officials introduced, entities seen, acronyms and articles defined, locators).
 * Split from recognise.ts, which runs it over the document's sentences and then the merges.
 */
import type { Lexicon } from '../lexicon';
import { PLURAL_TITLE_BEFORE, TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { adoptKnownShortForms } from './acronymNames';
import { articleTreaties } from './articleTreaties';
import { capitalAsCountry } from './capitals';
import { definedAcronyms } from './definedAcronyms';
import { definedShortNames, type ShortNames } from './definedShortNames';
import { stripSource } from './hit';
import { innerNames } from './innerNames';
import { locatesCity } from './locators';
import type { Candidate } from './matchLexicon';
import { findOfficials, type OfficialFinding } from './officials';
import { ownedComplements } from './placeOwnedInside';
import { select } from './selectCandidates';
import { candidatesFor } from './sentenceCandidates';
import type { TextFinds } from './textFinds';
import { topicInsideName } from './topicInName';

/** What recognition carries from one sentence to the next (one object per document). */
export interface RecognitionState {
  readonly lexicon: Lexicon;
  readonly text: string;
  readonly hitsBySentence: Map<number, EntityHit[]>;
  readonly allOfficials: OfficialFinding[];
  /** First and last words of the officials named so far: "DNSA Neuberger" is one of them. */
  readonly introduced: Set<string>;
  readonly seen: Set<string>;
  readonly acronyms: Map<string, Candidate>;
  /** "the Quad Senior Cyber Group (the Group)": later "the Group" is that body. */
  readonly shortNames: ShortNames;
  /** "Article V" after "Article V of the Treaty …" is that same article. */
  readonly articlesSeen: Map<string, string>;
  readonly locators: Set<string>;
}

/**
 * The hits of one sentence (a function of its own rather than the body of `recognise`'s loop: V8
 * compiles it alone, and a rare sentence that deoptimises it does not recompile the whole pass).
 */
export function recogniseSentence(
  state: RecognitionState,
  sentence: SegmentedSentence,
  finds?: TextFinds,
): void {
  const { lexicon, text, introduced, seen, acronyms, articlesSeen, locators } = state;
  const officials = findOfficials(lexicon, sentence.text, sentence.start, introduced);
  state.allOfficials.push(...officials);
  for (const official of officials) {
    const words = official.candidate.text.split(' ');
    if (words.length > 1) introduced.add(words[0]!).add(words[words.length - 1]!);
  }
  let { chosen, nested } = select(
    candidatesFor(lexicon, sentence.text, sentence.start, officials, finds),
  );
  chosen = chosen.filter((hit) => {
    if (!hit.surnameOnly) return true;
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    // "Secretary of State Blinken": a title the officials' finder read counts as well.
    const titled = officials.some(
      (official) => official.candidate.start === hit.start && official.candidate.end === hit.end,
    );
    return (
      seen.has(hit.entityId) ||
      TITLE_BEFORE.test(before) ||
      PLURAL_TITLE_BEFORE.test(before) ||
      titled
    );
  });
  // "the Clean Energy Incentives Dialogue": a term inside a name is no topic.
  chosen = adoptKnownShortForms(chosen, text).filter(
    (hit) => !topicInsideName(sentence.text, sentence.start, hit),
  );
  // Acronyms defined in parentheses right after a name, and their later uses.
  const extra = definedAcronyms(text, sentence, chosen, acronyms);
  // Short names defined the same way ("(the Group)"), after the acronyms they must not cover.
  extra.push(...definedShortNames(text, sentence, [...chosen, ...extra], state.shortNames));
  for (const hit of chosen) {
    const article = /^(Article \S+)( of .+)?$/.exec(hit.text);
    if (!article || hit.type !== 'Instrument') continue;
    if (article[2]) articlesSeen.set(article[1]!, hit.entityId);
    else if (articlesSeen.has(article[1]!)) hit.entityId = articlesSeen.get(article[1]!)!;
  }
  for (const hit of chosen) capitalAsCountry(lexicon, text, hit);
  for (const hit of chosen) {
    if (locatesCity(lexicon, text, hit, chosen)) locators.add(`${sentence.index}:${hit.start}`);
  }
  const inner = [
    ...innerNames(chosen),
    ...articleTreaties(lexicon, chosen),
    ...ownedComplements(chosen),
  ];
  const hits = [...chosen, ...extra, ...nested, ...inner].sort((a, b) => a.start - b.start);
  for (const hit of hits) seen.add(hit.entityId);
  state.hitsBySentence.set(sentence.index, hits.map(stripSource));
}
