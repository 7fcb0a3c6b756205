/**
 * A previewed trip's agenda line: "Singh will consult closely with counterparts on …", "he will
 * engage other key partners in the region, including on …", "Secretary Blinken will meet with
 * Israeli leaders about …" are what the traveller will talk about, `other` as "will discuss"
 * (CONVENTIONS §5, s34 ruling: 13 `commit` against 3 `other`, the three all a travelling
 * official's agenda, gold 2021-05-24, 2022-03-29). The parties' own standing consultation ("We
 * will also consult on rules …", "the United States will engage key stakeholders") stays
 * `commit`: only a lone official as the actor, meeting hosts (data/rules/trip-agenda.json `hosts`)
 * or talking "about" something.
 */
import { z } from 'zod';
import type { Stance } from '../../contract/extraction';
import agendaJson from '../../data/rules/trip-agenda.json';
import { parseRules } from '../rules/load';
import { MONTH_ALTERNATION } from '../rules/months';
import { alternation } from '../rules/titles';

const words = z.array(z.string().min(1)).min(1);

const RULES = parseRules(
  'rules/trip-agenda.json',
  z.object({
    consultVerbs: words,
    subjectHeads: words,
    guestVisitHeads: words,
    delegationModifiers: words,
    ownDelegations: words,
    travelVerbs: words,
    companionWords: words,
    accompanyingGroups: words,
    hosts: words,
    meetVerbs: words,
    notTopics: words,
  }),
  agendaJson,
);

/** The nouns that name a trip as the subject of its travellers' stance (tripSubject.ts). */
export const TRIP_SUBJECT_HEADS: readonly string[] = RULES.subjectHeads;

/** The trip nouns that, with no traveller's possessive, name a guest's visit to a host (tripSubject.ts). */
export const GUEST_VISIT_HEADS: readonly string[] = RULES.guestVisitHeads;

/** The words between a country and its "delegation" ("U.S. Presidential Delegation"; theDelegation.ts). */
export const DELEGATION_MODIFIERS: readonly string[] = RULES.delegationModifiers;

/** A delegation that is the statement's own country's where no country is named with it. */
export const OWN_DELEGATIONS: readonly string[] = RULES.ownDelegations;

/** "will consult", "will also engage", "will closely consult" (the undertaking's trigger). */
const CONSULT = new RegExp(
  `^will\\s+(?:also\\s+)?(?:closely\\s+)?(?:${alternation(RULES.consultVerbs)})$`,
  'i',
);
/** "closely with counterparts", "other key partners", "with senior government officials". */
const HOSTS = new RegExp(
  `^\\s+(?:closely\\s+)?(?:with\\s+)?(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\\s+){0,3}?(?:${alternation(RULES.hosts)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);
/** "will meet", "will also meet". */
const MEET = new RegExp(`^will\\s+(?:also\\s+)?(?:${alternation(RULES.meetVerbs)})$`, 'i');
/**
 * "with Israeli leaders about …", "with senior leaders on a range of … challenges": a meeting's
 * subject in place of "to discuss"; after "on" no day, month, date or place of the meeting
 * ("on Monday", "on May 14", "on the margins of …": trip-agenda.json `notTopics`), and none
 * after a purpose ("with … leaders to follow up on …": the purpose carries the stance).
 */
const MEET_ABOUT = new RegExp(
  `^\\s+with\\s+(?:(?!\\sto\\s)[^.;:]){1,120}?\\s+(?:about|on(?!\\s+(?:${MONTH_ALTERNATION}|${alternation(RULES.notTopics)}|\\d)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])))(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

export function agendaStance(
  stance: Stance,
  trigger: string,
  after: string,
  actors: readonly string[],
): Stance {
  if (stance !== 'commit' || actors.length !== 1 || !actors[0]!.startsWith('official:'))
    return stance;
  if (CONSULT.test(trigger) && HOSTS.test(after)) return 'other';
  if (MEET.test(trigger) && MEET_ABOUT.test(after)) return 'other';
  return stance;
}

/** A trip's verb ending the trigger ("will travel", "will also visit", "will lead"). */
const TRAVEL_TRIGGER = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(RULES.travelVerbs)})$`,
  'i',
);
/** ", joined by", ", and accompanied by": who goes along opens here. */
const COMPANIONS = new RegExp(
  `,\\s+(?:and\\s+)?(?:${alternation(RULES.companionWords)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/**
 * Where a trip's companions start after its trigger ("will travel to Brazil and Argentina, joined
 * by …"), so that who goes along is no part of where the trip goes; undefined for any other
 * trigger or where no companion is named.
 */
export function companionsStart(
  text: string,
  trigger: { text: string; end: number },
): number | undefined {
  if (!TRAVEL_TRIGGER.test(trigger.text)) return undefined;
  const found = COMPANIONS.exec(text.slice(trigger.end));
  return found ? trigger.end + found.index : undefined;
}

/** " and officials from the National Security Council and State Department" ending a subject. */
export const ACCOMPANYING_GROUP = new RegExp(
  `\\s+and\\s+(?:${alternation(RULES.accompanyingGroups)})\\s+from\\s+(?:the\\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]*$`,
);
