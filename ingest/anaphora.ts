/**
 * "… to address and resolve these issues", "… cease all such activities", "… in this regard":
 * a clause that points back is about what the clause before it was about (in `about` when that
 * clause is in its sentence, `implicitAbout` when in an earlier one). Runs after topics are
 * derived so the earlier clause's topics come along too.
 */

import { z } from 'zod';
import type { Commitment } from '../contract/extraction';
import anaphoraJson from '../data/rules/anaphora.json';
import { sentenceIndexOf } from './ids';
import { caseless } from './letters';
import { parseRules } from './rules/load';
import { alternation } from './rules/titles';

const RULES = parseRules(
  'rules/anaphora.json',
  z.object({ genericAcrossSentences: z.array(z.string().min(1)).min(1) }),
  anaphoraJson,
);

/**
 * "We intend to … advance these urgent issues", "meeting those challenges": a head so general,
 * pointing into an earlier sentence, does not say which of that clause's items it means, so it
 * carries none (data/rules/anaphora.json; gold: 1 of 39 such carried items is in `about`).
 */
const GENERIC_ACROSS = new RegExp(
  caseless(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.genericAcrossSentences)})$`),
  'i',
);

/**
 * "these/those/such" + a noun of what was done, or "this/that" + a singular one: "acknowledge that
 * contemporary threats … require" is a complement clause, no pointer ("that" never points at a plural).
 */
const ANAPHOR =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:these|those|such)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+)?(?:issues?|activities|activity|actions?|efforts?|threats?|programs?|programmes?|challenges?|matters?|concerns?|developments?|violations?|steps?|measures?|practices?|behaviou?r|launch(?:es)?|tests?|provocations?|attacks?|conduct|decisions?|moves?|fields?|ties)|(?:this|that)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+)?(?:issue|activity|action|effort|threat|program|programme|challenge|matter|concern|development|violation|step|measure|practice|behaviou?r|launch|test|provocation|attack|conduct|decision|move|field)|in this regard|to this end)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * Nouns of one kind of act: "this launch" points back to a clause that names a launch. After "The
 * President … is assessing the situation in close coordination with our allies", "We urge all
 * countries to condemn this launch" points past it, to the narrative that reported the launch.
 */
const SPECIFIC_ACT = /^(?:launch|test|attack|provocation|violation|decision|deployment)/i;

/**
 * Whether the antecedent's clause names the act a specific anaphor points back to, by its noun
 * or by the word before it ("such terrorist attacks" after "threats posed by terrorism").
 */
function namesAct(anaphor: string, antecedent: string): boolean {
  const words = anaphor.toLowerCase().split(/\s+/);
  const noun = words[words.length - 1] ?? '';
  if (!SPECIFIC_ACT.test(noun)) return true;
  const text = antecedent.toLowerCase();
  const stems = [noun.replace(/(?:es|s)$/, ''), words.length > 2 ? words[1]! : ''];
  return stems.some((stem) => stem.length > 0 && text.includes(stem.slice(0, 6)));
}

/** The clause of `commitment` in its sentence: from its trigger to the next commitment's trigger. */
function clauseOf(commitment: Commitment, next: Commitment | undefined): string {
  const from = commitment.text.indexOf(commitment.trigger);
  const nextFrom =
    next && next.sentenceId === commitment.sentenceId
      ? commitment.text.indexOf(next.trigger, from + 1)
      : -1;
  return commitment.text.slice(Math.max(0, from), nextFrom > from ? nextFrom : undefined);
}

/**
 * "The first joint training … was conducted in June and the NSAs reaffirmed the importance of such
 * activities": a clause of the same sentence before the subject is the antecedent, not the
 * previous sentence's commitment.
 */
const EARLIER_CLAUSE =
  /(?:;|,?\s+(?:and|but|while|as))\s+(?:the|they|we|it|he|she|both)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;]*$/i;

function antecedentInSentence(commitment: Commitment): boolean {
  const before = commitment.text.slice(0, Math.max(0, commitment.text.indexOf(commitment.trigger)));
  const clause = EARLIER_CLAUSE.exec(before);
  return clause !== null && before.slice(0, clause.index).trim().split(/\s+/).length >= 4;
}

/**
 * "This launch is a brazen violation … We urge all countries to hold the DPRK accountable for such
 * violations": when a sentence with no commitment stands between, the antecedent lies in that
 * narrative, not in an earlier commitment, so the clause points back to nothing we carry.
 */
function adjacent(previous: Commitment, commitment: Commitment): boolean {
  return sentenceIndexOf(commitment.sentenceId) - sentenceIndexOf(previous.sentenceId) <= 1;
}

/**
 * "They agreed to build on these efforts", "We will implement these measures", "in this regard":
 * a pointer to the speakers' own undertaking of an earlier sentence names that undertaking, not
 * what it was about, so its entities are no implied context of this clause (gold README: what
 * the sentence does not name is not in `about`; gold: none of 33 such carried entities is in it).
 */
const OWN_UNDERTAKING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:efforts?|measures?|steps?|actions?|in\s+this\s+regard|to\s+this\s+end)$/i;

/** "affirmed its importance", "underscored its role": not the speaker's "its support". */
const OTHERS_ITS =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])its\s+(?:importance|role|significance|value|contributions?|centrality)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "She emphasized the threats posed by the DPRK and condemned the continued development of its
 * … programs": "its" in a later clause of the sentence is the one country the clause before is
 * about (never a speaker), when the clause names no country of its own.
 */
function possessiveAntecedent(
  previous: Commitment,
  commitment: Commitment,
  next: Commitment | undefined,
): void {
  if (previous.sentenceId !== commitment.sentenceId) return;
  // "reaffirmed its support": an "its" of the trigger is the speaker's own.
  const clause = clauseOf(commitment, next);
  const after = clause.slice(clause.indexOf(commitment.trigger) + commitment.trigger.length);
  const speakers = new Set([...previous.actors, ...commitment.actors]);
  const pointTo = (kind: string): string | undefined => {
    const ofKind = (id: string) => id.startsWith(kind);
    if (commitment.about.some(ofKind)) return undefined;
    const parties = previous.about.filter((id) => ofKind(id) && !speakers.has(id));
    if (parties.length !== 1) return undefined;
    commitment.about.push(parties[0]!);
    return parties[0];
  };
  const owner = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])its\s/i.test(after) ? pointTo('country:') : undefined;
  // "discussed the U.S.-Japan alliance and affirmed its importance": an "its" of the trigger that
  // owns no stance noun of the speaker's is the one body the clause before is about.
  if (OTHERS_ITS.test(commitment.trigger)) pointTo('country:') ?? pointTo('organization:');
  // "… and condemned the continued development of its … programs": the owner of the conduct
  // condemned is its agent, the one condemned (gold README, session 10: condemn targets every
  // named agent of the conduct), when the clause names no one else to condemn.
  if (owner && commitment.stance === 'condemn' && commitment.targets.length === 0)
    commitment.targets.push(owner);
  // "pay tribute to the courage of Alexei Navalny and stand with his wife": "his"/"her" is the
  // one person the clause before is about, when neither speaks.
  if (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:his|her)\s/i.test(after)) pointTo('official:');
}

export function resolveAnaphora(commitments: Commitment[]): void {
  commitments.forEach((commitment, index) => {
    const previous = commitments[index - 1];
    if (!previous || previous.docId !== commitment.docId) return;
    possessiveAntecedent(previous, commitment, commitments[index + 1]);
    if (!adjacent(previous, commitment)) return;
    const anaphor = ANAPHOR.exec(clauseOf(commitment, commitments[index + 1]));
    if (!anaphor) return;
    if (!namesAct(anaphor[0], clauseOf(previous, commitment))) return;
    const sameSentence = previous.sentenceId === commitment.sentenceId;
    if (!sameSentence && antecedentInSentence(commitment)) return;
    if (!sameSentence && OWN_UNDERTAKING.test(anaphor[0])) return;
    if (!sameSentence && GENERIC_ACROSS.test(anaphor[0])) return;
    // An antecedent in an earlier sentence is not named by this one: implied context, like a
    // heading's (gold conventions: what the sentence does not name is not in `about`).
    const implicit = commitment.implicitAbout ?? [];
    for (const id of previous.about) {
      if (commitment.about.includes(id) || commitment.targets.includes(id)) continue;
      if (sameSentence) commitment.about.push(id);
      else if (!implicit.includes(id)) implicit.push(id);
    }
    if (implicit.length > 0) commitment.implicitAbout = implicit;
  });
}
