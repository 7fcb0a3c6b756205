/**
 * "The Presidents resolve to continue working … . This entails maintaining our nations'
 * collective defense …": a sentence that opens with "This includes" / "This entails" and takes no
 * stance of its own spells out what the stance before it contains, so it is a commitment of that
 * stance's actors with that stance (data/gold/README.md, annotator B of session 12).
 */
import type { Commitment } from '../../contract/extraction';
import type { SegmentedSentence } from '../segment';
import type { Accepted } from './decision';

/**
 * The continuation opener: "This includes", "These include", "This also entails", "This will
 * include", "Specifically, this includes"; a present "This commitment includes", "This work
 * includes", "These steps include" (the steps the stance before named; not "This work will include",
 * a plan's remit: data/gold/CONVENTIONS.md). Not "Such activities will include" (a subject noun
 * of its own, which says what the activities are) nor "It includes" (a pronoun that may stand for
 * a thing of the sentence). A short fronted prepositional adjunct may stand before the opener as
 * an adverb does ("In the context of CSDDD, this includes undertaking efforts …" after "The
 * European Union commits to …": gold 2025-08-21, as "Specifically, this includes" in 2023-09-09).
 */
const CONTINUATION =
  /^(?:(?:Specifically|In particular|Concretely|(?:In|For|On|Under|Within|With|As part of)\s[^,;:.]{1,60}?),\s+)?(?:This|These|this|these)\s+(?:also\s+)?(?:will\s+(?:also\s+)?)?(?:includes?|entails?|involves?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|^(?:This|These)\s+(?:commitment|work|efforts?|steps)\s+(?:also\s+)?(?:includes?|entails?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * The stances a continuation spells out: an undertaking or a support (the gold's 31 cases), and
 * what was welcomed or recognised ("welcomed the G7's efforts … . These efforts include the
 * establishment of …", "recognize that … . This includes achieving our respective 2030 NDCs":
 * gold 3 of 3, 2023-05-19, 2023-05-20, 2023-01-10), and what was discussed ("They … discussed
 * ways to further bridge our innovation ecosystems … . This includes making progress to negotiate
 * …", "They also discussed ways to more closely align our approaches to China … . This includes
 * dealing with …": the gold's `other`, 2 of 2, 2024-08-01, 2021-02-23). Not an appeal: "This
 * includes finalizing outstanding country cases" after a call is what is called for (open corpus
 * 2024-06-14).
 */
const CARRIED: ReadonlySet<string> = new Set([
  'other',
  'commit',
  'reaffirm',
  'support',
  'welcome',
  'recognize',
]);

/** The stance the previous sentence ended in, carried over to a continuation sentence. */
export interface PreviousStance {
  stance: Commitment['stance'];
  actors: string[];
}

/** The continuation commitment of `sentence`, when it opens with one and follows a stance. */
export function continuation(
  sentence: SegmentedSentence,
  previous: PreviousStance | undefined,
): Accepted | undefined {
  if (!previous || !CARRIED.has(previous.stance)) return undefined;
  const opener = CONTINUATION.exec(sentence.text);
  if (!opener) return undefined;
  // ("… reflected on the significant achievements … . This includes:" and items led by verbs of
  // their own, "Announcing …;", "Celebrating …;": a list of acts is no topic discussed, so a
  // discussion carries on only into a sentence that says itself what it includes.)
  if (previous.stance === 'other' && LIST_LEAD.test(sentence.text.slice(opener[0].length)))
    return undefined;
  return carriedFrom(previous, opener[0]);
}

/** A list lead-in: the opener and its colon, nothing else. */
const LIST_LEAD = /^\s*:\s*$/;

/**
 * A stance an earlier sentence set, taken on by a sentence with no subject of its own (a
 * continuation, a list item): its opening words are the trigger, the earlier actors speak.
 */
export function carriedFrom(earlier: PreviousStance, opening: string): Accepted {
  return {
    trigger: {
      stance: earlier.stance,
      start: 0,
      end: opening.length,
      text: opening,
      needsSubject: false,
    },
    actors: [...earlier.actors],
  };
}

/** "This vision is built on …": a sentence about what the sentence before set out. */
const DEMONSTRATIVE = /^(?:This|These)\s/;

/**
 * The stance a continuation of the next sentence would carry on: this sentence's last one; or,
 * when it takes none but still speaks of what the one before set out ("… outlined a shared
 * vision … . This vision is built on a shared conviction … . This includes …"), the one before.
 */
export function carriedStance(
  text: string,
  own: readonly Commitment[],
  before: PreviousStance | undefined,
): PreviousStance | undefined {
  const last = own[own.length - 1];
  if (last) return last;
  return DEMONSTRATIVE.test(text) ? before : undefined;
}
