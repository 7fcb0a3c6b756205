/**
 * Which names in a commitment's scope stand for where it happens or who backs an actor rather than
 * what it is about: a meeting's city (its venue) and a backer nested in a group's name.
 */
import { lexicon as loadLexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';

/**
 * "their trilateral meeting in Seoul", "the summit held at Camp David": a meeting word, then
 * "in"/"at" right before the place: where they met, not what the clause is about.
 */
const VENUE_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:meetings?|summits?|talks|dialogues?|consultations|conferences?|ministerials?|visits?|met|meets?|held|hosted|(?:re)?conven(?:e|es|ed)|gathered)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;.:—–]{0,40}?\s(?:in|at)\s+$/i;

/**
 * "planned for the upcoming trilateral summit in Washington", "the July NATO Summit in
 * Washington": a meeting still to come is what is planned, and its city is part of it.
 */
const COMING_MEETING =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:upcoming|next|forthcoming|coming|future|January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){0,3}(?:meeting|summit|talks|dialogue|conference|ministerial|visit)s?\s+(?:in|at)\s+$/i;

/**
 * "the Ukraine Recovery Conferences, to be held in Berlin (in 2024 and in Rome)": a meeting still
 * to be held, as above, and each place coordinated after the first.
 */
const TO_BE_HELD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to be|will be)\s+(?:held|hosted|convened)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){0,4}?(?:in|at)\s+(?:(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){1,4}?(?:and|or)\s+(?:in|at)\s+)?$/i;

/** "Iranian-backed militias", "Iran-supported terrorist groups": the state right before it. */
const BACKED = /^[-‑–](?:backed|supported|sponsored)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * The backer inside a group's name is the agent of what the clause is about, so it is in `about`
 * though nested (CONVENTIONS §8 In `about`: "the backer in 'Iran-backed Houthi attacks',
 * 'Iranian-backed militias'"; gold, session 40: 3 nested backers, all in the gold `about`).
 */
export function isBacker(hit: EntityHit, sentence: SegmentedSentence): boolean {
  return hit.type === 'Country' && BACKED.test(sentence.text.slice(hit.end - sentence.start));
}

/**
 * Between a stance and a meeting's city, what keeps the city a venue rather than part of what the
 * stance is about (CONVENTIONS §8, out): the actors' own act at a venue or by a deadline ("at the
 * …", "during …", "ahead of …", "in advance of …", "in time for …"), a verb of meeting or travel
 * ("agreed to meet again in", "will reconvene in", "traveling from the … Summit in", "look forward
 * to meeting in"), or the outcome of a past meeting ("welcomed the outcome of the talks held in
 * Tokyo": the place of recalled decisions and commitments; "outcomes from the upcoming … meeting
 * in Suva" is in).
 */
const VENUE_CUE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:at|during|(?:ahead|in\s+advance)\s+of|in\s+time\s+for|prior\s+to|meets?|met|(?:re)?conven(?:e|es|ed|ing)|hold(?:s|ing)?|gather(?:s|ed|ing)?|travel(?:s|ed|ing|led|ling)?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to|and)\s+meeting(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:outcomes?|results?|decisions?|commitments?)\s+(?:of|from|made\s+at|reached\s+at)\s+(?!(?:the\s+)?(?:upcoming|next|forthcoming)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

/**
 * A city where a meeting is held is its venue, in no `about` (CONVENTIONS §8, "Not in about");
 * but the place of a welcomed or discussed event is in `about` ("welcomed the recent trilateral
 * summit in Baghdad", "discussed plans for the 2023 NATO Summit in Vilnius", "reflected on their
 * first meeting in Paris"). Gold, session 40: of the 41 cities the venue rule kept out of matched
 * commitments, 22 were in the gold `about`; read this way, 20 go in rightly and 2 wrongly ("noted
 * that their … trilateral meeting in Seoul"); the 282-file sample's one change was a deadline
 * ("coordinate in advance of the NATO Summit in Washington"), now a cue.
 */
export function isVenue(
  hit: EntityHit,
  sentence: SegmentedSentence,
  trigger: { start: number; text: string },
): boolean {
  if (hit.type !== 'Region' || !loadLexicon().entities.get(hit.entityId)?.city) return false;
  const at = hit.start - sentence.start;
  const before = sentence.text.slice(0, at);
  if (!VENUE_BEFORE.test(before) || COMING_MEETING.test(before) || TO_BE_HELD.test(before))
    return false;
  // A meeting named before the stance ("met today in Jeddah and reaffirmed …") stays its venue.
  if (at < trigger.start) return true;
  return VENUE_CUE.test(sentence.text.slice(trigger.start, at));
}
