/**
 * "CRI members … jointly committed to the following actions: / Launching a project to … / Encouraging
 * reporting of ransomware incidents …": list items without a subject of their own, under a
 * stance lead-in, are commitments of the lead-in's actors, the lead-in's stance deciding (the
 * outer "committed" makes "Encouraging reporting" a commit, not an encouragement), with the item's
 * verb as trigger (data/gold/README.md, session 17, annotator A). An item with its own subject
 * ("The UAE will invest …") acts alone and closes the list.
 */
import type { Commitment } from '../../contract/extraction';
import { type TaggedTerm, tagTexts } from '../entities/tagger';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { actionListItem, announcesActions, partyActionLeadIn } from './actionLists';
import { carriedFrom } from './continuation';
import type { Accepted } from './decision';
import { frontedMainClause } from './frontedClause';
import { bareVerb, NOT_A_VERB } from './itemVerb';
import { operativeItem } from './operative';
import { subItemHead } from './subLists';

/** The lead-in's stance and actors, and how the list under it stands. */
export interface LeadIn {
  stance: Commitment['stance'];
  actors: string[];
  /** The paragraph of the lead-in: an item is a paragraph after it. */
  paragraph: number;
  /** Whether an item was taken already (then any other sentence ends the list). */
  taken: boolean;
  /** Sentences passed before the first item (a sub-heading, an introductory line). */
  passed: number;
  /** The paragraph of the last item taken: a bullet's further sentences do not end the list. */
  itemParagraph?: number;
  /** A verbless time-frame heading's list (headingLeadIn): only imperative items are its own. */
  imperative?: boolean;
  /** A declaration's operative formula ("WE HEREBY DECLARE:"): each item's own verb decides. */
  declared?: boolean;
  /** A party's modal lead-in ("… will:", modalLeadIn.ts): only an item opening on a base verb. */
  modal?: boolean;
  /** Its items are verbs: the lead-in ends in "to:", or an item opened with one (itemVerb.ts). */
  verbal?: boolean;
  /** An action list ("take the following actions:"): its scope runs over purpose lines (actionLists.ts). */
  action?: boolean;
  /** Opened by an item ending in a colon: its bare phrase lines are items too (subLists.ts). */
  sublist?: boolean;
}

/** "We intend to:", "commit to:": a lead-in whose items each finish its infinitive. */
const TO_LEAD = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])to:["'”’)]*\s*$/i;

/** A sentence that announces a list after it. */
const ENDS_IN_COLON = /:["'”’)]*\s*$/;

/**
 * A title-case sub-heading ending in a colon, up to eight words ("Semiconductor Supply Chains
 * and Technology:", "Digital Connectivity and Information Communication Technologies (ICT):"):
 * every word capitalised but the short function words, so an announcement with a verb of its own
 * ("Specifically, his Executive Order will:") is none.
 */
const SUB_HEADING =
  /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ(][\wÀ-ÖØ-öø-ɏḀ-ỿ’'&.,()/-]*\s+|(?:and|of|the|for|in|on|to|with|&)\s+){0,7}[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ(][\wÀ-ÖØ-öø-ɏḀ-ỿ’'&.()/-]*:\s*$/;

/** Sentences that may stand between a lead-in and its first item (bold sub-headings, a line). */
const MAX_BEFORE_FIRST = 4;

/**
 * A list's announcement: the sentence ends in a colon ("… committed to the following actions:")
 * or says what follows ("… committed to the following actions in support of this mission.").
 */
const ANNOUNCES =
  /(?::["'”’)]*\s*$|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])the following(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+(?:days?|weeks?|months?|years?|morning|evening|night)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])))/i;

/**
 * An item's opening verb: a capitalised -ing word ("Launching", "Committing to"), not a sentence
 * opener of its own ("During", "Including", "Following …," are prepositions or backdrops, and
 * "Beginning in 2023,", "Starting this week," time adverbials: gold 2023-03-13 x2, 2025-07-28) and
 * not a fronted participle before a main clause (then the item has a subject: a commitment of
 * its own was found, and no item is asked for).
 */
const ITEM_VERB =
  /^(?!(?:[Dd]uring|[Ii]ncluding|[Ff]ollowing|[Aa]ccording|[Rr]egarding|[Cc]oncerning|[Nn]otwithstanding|[Pp]ending|[Ee]xcluding|[Bb]eginning|[Ss]tarting|[Ss]pring|[Mm]orning|[Ee]vening|[\wÀ-ÖØ-öø-ɏḀ-ỿ]*thing)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{2,}ing)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:\s+to(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))?/;
// (Items continuing a lead-in ending in a colon may open in lowercase: "… and commit to: /
// working within our respective systems …; / preventing the export of …;". A lowercase
// sentence start is only ever such a continuation.)

/** "Participating schools include …": a participle before a plural subject noun and its verb. */
const PARTICIPLE_SUBJECT =
  /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ing\s+[a-zß-öø-ɏḀ-ỿ]+s\s+(?:include|are|were|have|had|will|would|can|must|remain)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * "Information exchange to support …", "Investments in the development of …": a verbless item, a
 * noun phrase up to its first preposition, "to" or comma, then the rest; the item ends as a
 * sentence (a period), so a sub-heading ("Clean School Buses") is none.
 */
const NOUN_HEAD =
  /^(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ll]ast|[Nn]ext|[Ee]ach|[Ee]very|[Tt]o|[Ii]n|and|or)\s)([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:[ -](?:and\s+)?[a-zß-öø-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ-]*){0,3}?)(?=\s+(?:to|in|of|for|on|with|across|among|between|through)\s)/;
const ENDS_SENTENCE = /[.;]["'”’)]*$/;

/** Words that open a clause whose finite verb is no main verb ("… in a way that addresses …"). */
const SUBORDINATE = new Set(['that', 'which', 'who', 'where', 'when', 'while', 'as', 'if']);

/**
 * Whether the item has a main clause of its own ("An initial report … will be made available",
 * "The granddaughter of …, she grew up …"): a finite verb before any relative or subordinate
 * word; infinitives ("to support") and gerunds are no main verb, a past form ("grew") is.
 */
function mainVerb(terms: readonly TaggedTerm[]): boolean {
  let previous = '';
  for (const { tags, text } of terms) {
    const word = text.toLowerCase();
    if (SUBORDINATE.has(word)) return false;
    // The word after "to" opens an infinitive, even an adverb misread as a verb ("to better
    // identify").
    const afterTo = previous === 'to';
    previous = word;
    if (afterTo) continue;
    // A base form is no main verb here: "to support", or a noun compromise misreads in a list
    // ("the development, manufacture, and packaging").
    if (!tags.has('Verb') || tags.has('Infinitive') || tags.has('Gerund')) continue;
    if (tags.has('Participle') && !tags.has('PastTense')) continue;
    return true;
  }
  return false;
}

/**
 * The head noun of a verbless item under a `commit` lead-in (data/gold/README.md, 2023-05-24
 * NAMCEC: "committed to grow the following areas of collaboration:" makes each bullet a `commit`
 * with its head noun as trigger). Under a lead-in of another stance ("take note of the following
 * purchases:") a verbless item is none: only an undertaking makes a noun phrase its content.
 */
function nounHead(text: string, stance: Commitment['stance']): string | undefined {
  if (stance !== 'commit' || !ENDS_SENTENCE.test(text)) return undefined;
  const head = NOUN_HEAD.exec(text);
  if (!head || NOT_A_VERB.test(head[1]!.split(/\s/)[0]!)) return undefined;
  // The head is nouns and adjectives only: "Tribal communities will receive" has a verb.
  const terms = tagTexts([text])[0] ?? [];
  const inHead = terms.filter((t) => t.end <= head[1]!.length);
  // A gerund after a noun heads a compound noun ("information sharing", "capacity building").
  const last = inHead.at(-1);
  const compound =
    inHead.length > 1 && !!last?.tags.has('Gerund') && !!inHead.at(-2)?.tags.has('Noun');
  const body = compound ? inHead.slice(0, -1) : inHead;
  const verbless = body.every((t) => !t.tags.has('Verb') && !t.tags.has('Pronoun'));
  // "While the average salary …": a conjunction or preposition opens a clause, no noun phrase.
  const opener = inHead[0]?.tags;
  const nominal = opener?.has('Noun') || opener?.has('Adjective');
  if (!verbless || !nominal || !(compound || last?.tags.has('Noun'))) return undefined;
  return mainVerb(terms) ? undefined : head[1];
}

/**
 * "… his full Build Back Better Agenda that will:": the items finish a relative clause, what the
 * agenda will do (a remit, data/gold/README.md session 8), not the lead-in's stance.
 */
const REMIT_LEAD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:that|which)\s+(?:will|would|shall|can|is to|are to)\s*:["'”’)]*\s*$/i;

/** The lead-in a sentence opens: its last commitment, when the sentence announces a list after it. */
function openLeadIn(sentence: SegmentedSentence, own: readonly Commitment[]): LeadIn | undefined {
  const last = own[own.length - 1];
  if (!last) return undefined;
  const at = sentence.text.indexOf(last.trigger);
  const after = sentence.text.slice(at < 0 ? 0 : at + last.trigger.length);
  if (!ANNOUNCES.test(after) || REMIT_LEAD.test(after)) return undefined;
  return {
    stance: last.stance,
    actors: [...last.actors],
    paragraph: sentence.paragraph,
    taken: false,
    passed: 0,
    verbal: TO_LEAD.test(sentence.text),
    action: last.stance === 'commit' && announcesActions(after),
  };
}

/**
 * "In the short-term:", "Over the medium and long term:": a verbless time-frame heading of a joint
 * statement's plan. Its imperative bullets ("Identify means for …") are the parties' undertakings,
 * as the bullets beside them say "we will …" (gold 2022-12-15).
 */
const TIME_FRAME_LEAD =
  /^(?:In|Over|For|During|Within)\s+the\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,3}?[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*(?:term|run|months?|years?|phase|stage)s?:["'”’)]*\s*$/i;

function headingLeadIn(
  sentence: SegmentedSentence,
  own: readonly Commitment[],
  parties: readonly string[],
): LeadIn | undefined {
  const party = partyActionLeadIn(sentence, own, parties);
  if (party)
    return { ...party, paragraph: sentence.paragraph, taken: false, passed: 0, action: true };
  if (own.length > 0 || parties.length === 0 || !TIME_FRAME_LEAD.test(sentence.text))
    return undefined;
  return {
    stance: 'commit',
    actors: [...parties],
    paragraph: sentence.paragraph,
    taken: false,
    passed: 0,
    imperative: true,
  };
}

/** Only capitalised words (a rank, a service, a title) before a name: "Marine Corps Staff Sgt.". */
const TITLE_WORDS = /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s+)*$/;

/**
 * "Today, and every day, we honor our fallen: / Marine Corps Staff Sgt. Darin T. Hoover / Army
 * Staff Sgt. Ryan C. Knauss": a roll of names under a commemorative lead-in honours each person,
 * the whole line the trigger (CONVENTIONS §5, lead-in items take the outer verb; commemorative
 * "honor … people" is `welcome`; gold 2024-08-26). Only a line that is a person's name with its
 * titles and nothing after it, no sentence of its own (no full stop).
 */
function nameLine(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
  stance: Commitment['stance'],
): string | undefined {
  const text = sentence.text.trimEnd();
  if (stance !== 'welcome' || ENDS_SENTENCE.test(text)) return undefined;
  const person = hits.find(
    (hit) => hit.type === 'Official' && hit.end - sentence.start === text.length,
  );
  if (!person) return undefined;
  return TITLE_WORDS.test(text.slice(0, person.start - sentence.start)) ? text : undefined;
}

/** The commitment of a list item under `leadIn` (a sentence that found none of its own). */
export function listItem(
  sentence: SegmentedSentence,
  leadIn: LeadIn | undefined,
  hits: readonly EntityHit[] = [],
): Accepted | undefined {
  if (!leadIn || sentence.paragraph === leadIn.paragraph) return undefined;
  const text = sentence.text;
  // ("Quad partners will launch …" has a subject of its own: no verb the modal leaves open.)
  if (leadIn.modal && !bareVerb(text, true)) return undefined;
  if (leadIn.declared) return operativeItem(sentence, leadIn);
  const named = nameLine(sentence, hits, leadIn.stance);
  if (named) return carriedFrom(leadIn, named);
  const purpose = leadIn.action ? actionListItem(text) : undefined;
  if (purpose) return carriedFrom(leadIn, purpose);
  const participle = ITEM_VERB.exec(text);
  // A fronted participle may open a main clause ("Building on …, the two countries …"); an
  // imperative cannot, so "Identify … from governments, the private sector, and banks" stays an
  // item.
  // A lowercase item continues the lead-in's sentence, so it opens no main clause of its own
  // ("preventing …, consistent with human rights, the rule of law, …" lists on).
  const continues = /^[a-zß-öø-ɏḀ-ỿ]/.test(text);
  // An action list's bullets have no subject of their own (actionLists.ts); a further sentence
  // of a bullet may ("Building on the event, the year of action will lead to …").
  const own = !leadIn.action || sentence.paragraph === leadIn.itemParagraph;
  const fronted = participle && !continues && own && frontedMainClause(text);
  if (fronted || (participle && !continues && PARTICIPLE_SUBJECT.test(text))) return undefined;
  const verb = leadIn.imperative
    ? bareVerb(text)?.[0]
    : (participle?.[0] ??
      // (Only a new bullet is read so: a bullet's further sentences have subjects of their own.)
      bareVerb(text, leadIn.verbal && sentence.paragraph !== leadIn.itemParagraph)?.[0] ??
      nounHead(text, leadIn.stance) ??
      (leadIn.sublist ? subItemHead(text, leadIn.stance) : undefined));
  if (!verb) return undefined;
  return carriedFrom(leadIn, verb);
}

/**
 * The lead-in the next sentence reads: a new one this sentence opens; the same while its items
 * go on (or before the first, over a few lines); none once a sentence of another kind follows.
 */
export function nextLeadIn(
  leadIn: LeadIn | undefined,
  sentence: SegmentedSentence,
  own: readonly Commitment[],
  item: boolean,
  parties: readonly string[] = [],
): LeadIn | undefined {
  const opened = openLeadIn(sentence, own) ?? headingLeadIn(sentence, own, parties);
  if (opened) return item && leadIn ? { ...opened, sublist: true } : opened;
  // "Specifically, his Executive Order will:": another announcement, of no stance the list can
  // carry, opens a list of its own; the one before has ended.
  if (!leadIn) return undefined;
  // "Political-Security Cooperation:": a sub-heading of a declaration's operative part, with no
  // stance of its own, leaves its items to the declaring subject.
  if (leadIn.declared && own.length === 0 && !item && ENDS_IN_COLON.test(sentence.text))
    return leadIn;
  // "… welcomed enhanced cooperation … across the following domains: / Semiconductor Supply
  // Chains and Technology: / Upgrade cooperation … / Biotechnology and Biomanufacturing: / Launch
  // …": a title-case sub-heading naming the next group of items, no stance of its own, keeps
  // the list; only the items after it may follow it.
  if (own.length === 0 && !item && SUB_HEADING.test(sentence.text)) {
    return leadIn.taken
      ? { ...leadIn, itemParagraph: undefined }
      : { ...leadIn, passed: leadIn.passed + 1 };
  }
  if (ENDS_IN_COLON.test(sentence.text)) return undefined;
  if (item) {
    const verbal = leadIn.verbal || bareVerb(sentence.text) !== undefined;
    return { ...leadIn, taken: true, itemParagraph: sentence.paragraph, verbal };
  }
  // "Focus on diversifying … . In addition, this effort will seek to …": the bullet goes on.
  if (leadIn.taken && sentence.paragraph === leadIn.itemParagraph) return leadIn;
  if (leadIn.taken || leadIn.passed >= MAX_BEFORE_FIRST) return undefined;
  return { ...leadIn, passed: leadIn.passed + 1 };
}
