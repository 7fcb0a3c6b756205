/**
 * Action lists: "we intend to jointly take the following actions …", "we intend to cooperate
 * towards the following purposes:", "We are joining hands to take the following actions:" open a
 * programme of several sections — numbered purpose lines ("(1) To enhance market transparency …"),
 * gerund bullets, bullets nested under a bullet ending in "by" — every item of which is an
 * undertaking of the lead-in's parties (CONVENTIONS §5 By genre, joint statements; gold
 * 2023-05-20 Hiroshima food security, 82 commitments, nearly all items). An ordinary lead-in's
 * list ends at its first sentence of another kind; an action list's purpose lines are its items
 * too, so its scope runs on over them (numbered section headings are headings, which no list
 * sees), until a sentence of prose, a new lead-in or the document's end (listItems.ts). Which announcements open one is data
 * (data/rules/action-lists.json): a list of facts, results or attendees is announced otherwise.
 */
import type { Commitment } from '../../contract/extraction';
import { ACTION_LISTS } from '../rules/actionLists';
import type { SegmentedSentence } from '../segment';

const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';

/** "… the following actions", "… the following purposes:": an action list's announcement. */
const ANNOUNCEMENT = new RegExp(
  `(?<![${LETTER}])the\\s+following\\s+(?:${ACTION_LISTS.announcedNouns.join('|')})(?![${LETTER}])`,
  'i',
);

/** Whether the lead-in sentence announces an action list. */
export function announcesActions(text: string): boolean {
  return ANNOUNCEMENT.test(text);
}

/** "We are joining hands to take the following actions:": a party subject, the list announced. */
const PARTY_OPENER = new RegExp(`^(?:${ACTION_LISTS.partyOpeners.join('|')})\\s`);
const ENDS_IN_COLON = /:["'”’)]*\s*$/;

/**
 * The stance and actors of an action list whose lead-in takes no stance verb the triggers know
 * ("We are joining hands to take the following actions:"): the signatories' undertaking, as the
 * lead-ins of the document's other lists say it ("we intend to jointly take …"). Only where the
 * document has signatories, so "we" is theirs, and only a sentence that ends on its colon.
 */
export function partyActionLeadIn(
  sentence: SegmentedSentence,
  own: readonly Commitment[],
  parties: readonly string[],
): { stance: Commitment['stance']; actors: string[] } | undefined {
  const { text } = sentence;
  if (own.length > 0 || parties.length === 0) return undefined;
  if (!PARTY_OPENER.test(text) || !ENDS_IN_COLON.test(text) || !announcesActions(text))
    return undefined;
  return { stance: 'commit', actors: [...parties] };
}

/**
 * "To enhance market transparency and preparedness for food and nutrition crises": a purpose line
 * heading a group of the list's bullets (its number dropped by the reader), no sentence of its
 * own (no final full stop). Under an action list it is the parties' purpose, a `commit` whose
 * trigger is "To V" (gold 2023-05-20, three purpose lines each a commit "To advance" …).
 */
const PURPOSE_LINE = new RegExp(`^To\\s+[a-zß-öø-ɏḀ-ỿ][${LETTER}-]*(?![${LETTER}])`);
const FINAL_STOP = /[.;!?]["'”’)]*\s*$/;

export function actionListItem(text: string): string | undefined {
  if (FINAL_STOP.test(text) || /[,:]/.test(text)) return undefined;
  return PURPOSE_LINE.exec(text)?.[0];
}
