/**
 * Who a stance addresses (`targets`): the ones urged, called on or condemned in its clause
 * (gold README: condemn targets every named agent of the condemned conduct; a call for an act
 * addresses its agent).
 */
import type { Stance } from '../../contract/extraction';
import { lexicon } from '../lexicon';
import { TITLE_BEFORE } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import type { EntityHit } from '../types';
import { ACTOR_TYPES } from './namedList';
import { REGIME_ADDRESSEE, regimeStates } from './regimeState';

export const TARGETED: ReadonlySet<Stance> = new Set(['urge', 'call', 'encourage', 'condemn']);

/** Where the object of an appeal ends: its infinitive or the next clause. */
const TARGET_END = /\s(?:to|towards|toward|in|on|for|that|by|from|with|regarding)\s|[;:]/;

/** After one of these, an actor is a place or a victim, not the one condemned. */
const NOT_CONDEMNED =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:against|in|on|to|with|for|from|at|toward|towards|into|near|over|across|within|between|among)\s+(?:the\s+)?$/i;

/**
 * "Iran-backed Houthi attacks": the backer of the conduct condemned is not its agent (gold README,
 * session 11: the Houthis are condemned, Iran is what the clause is about).
 */
const BACKER =
  /^-(?:backed|sponsored|supported|funded|armed|supplied|enabled)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "condemned Russian President Vladimir Putin's invasion": a country that only qualifies the
 * title of the official after it is not the one condemned; the official is (gold README, session
 * 10: Putin for the invasion).
 */
function qualifiesTitle(
  hit: EntityHit,
  next: EntityHit | undefined,
  text: string,
  offset: number,
): boolean {
  if (hit.type !== 'Country' || next?.type !== 'Official') return false;
  const between = text.slice(hit.end - offset, next.start - offset);
  return (
    /^\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*\s+)+$/.test(between) && TITLE_BEFORE.test(between)
  );
}

/** Between two coordinated targets: "Russia and North Korea", "the DPRK, Russia, and Iran". */
const COORDINATED = /^(?:[’']s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/** "(,) and " opening another object of the same verb ("the DPRK's tests and Russia's invasion"). */
const NEW_CONJUNCT = /(?:,\s*|\s)and\s+(?:the\s+)?$/i;

/**
 * "condemned the arms transfers from the DPRK to Russia", "the deployment of DPRK troops to
 * Russia": both ends of a transfer take part in the conduct condemned (gold README, session 10),
 * when the transfer heads the object (no comma or clause before its "from"/"to"). An owner
 * ("the DPRK's transfers to Russia") is the one whose conduct it is: the other end is not.
 */
const TRANSFER_ENDS =
  /^\s+(?:the\s+)?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,6}?(?:transfers?|deployments?|exports?|shipments?|deliver(?:y|ies)|sales?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;:—]{0,80}(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to|from)\s+(?:the\s+)?$/i;

/** Actors named between sentence offsets `from` and `to` (a module function: no closure per call). */
function actorsIn(scope: EntityHit[], sentence: SegmentedSentence, from: number, to: number) {
  return scope.filter(
    (hit) =>
      ACTOR_TYPES.has(hit.type) &&
      !hit.nested &&
      hit.start - sentence.start >= from &&
      hit.end - sentence.start <= to,
  );
}

export function targetsOf(
  stance: Stance,
  scope: EntityHit[],
  sentence: SegmentedSentence,
  trigger: Trigger,
  scopeEnd: number,
): string[] {
  if (!TARGETED.has(stance)) return [];
  // "It is time for Russia to withdraw …": the hortative names whom it asks inside itself.
  if (trigger.partiesSpeak)
    return callForTargets(actorsIn(scope, sentence, trigger.start, trigger.end), sentence, 0);
  const text = sentence.text;
  let windowStart = trigger.end;
  let windowEnd = scopeEnd;
  if (stance !== 'condemn') {
    // "demand that Russia withdraw …": the addressee follows "that"; "continue to call on the
    // DPRK to …": an undertaking's trigger ends at its verb, the addressee follows "on".
    const that = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])call$/i.test(trigger.text)
      ? /^\s+(?:on|upon)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.exec(text.slice(trigger.end, scopeEnd))
      : /^\s+that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.exec(text.slice(trigger.end, scopeEnd));
    if (that) windowStart = trigger.end + that[0].length;
    const stop = TARGET_END.exec(text.slice(windowStart, scopeEnd));
    // ("continue to call for …": the undertaking's trigger ends at its verb.)
    const callFor = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])call$/i.test(trigger.text)
      ? /^\s+for(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.exec(text.slice(trigger.end))
      : null;
    if (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for$/i.test(trigger.text) || callFor) {
      const from = trigger.end + (callFor?.[0].length ?? 0);
      return callForTargets(actorsIn(scope, sentence, from, scopeEnd), sentence, from);
    }
    if (stop) windowEnd = windowStart + stop.index;
  }
  let hits = actorsIn(scope, sentence, windowStart, windowEnd);
  if (stance === 'condemn') {
    const recipients = hits.filter((hit) =>
      TRANSFER_ENDS.test(text.slice(trigger.end, hit.start - sentence.start)),
    );
    hits = hits.filter(
      (hit) =>
        !NOT_CONDEMNED.test(text.slice(trigger.end, hit.start - sentence.start)) &&
        !BACKER.test(text.slice(hit.end - sentence.start)),
    );
    hits = hits.filter((hit, k) => !qualifiesTitle(hit, hits[k + 1], text, sentence.start));
    const agents = byAgents(hits, text, sentence.start);
    // "the violation of the territorial integrity of Ukraine by Russia": with the agent named by
    // "by", what an earlier "of" names is the object of the conduct, not one condemned.
    const firstAgent = agents[0];
    if (firstAgent)
      hits = hits.filter(
        (hit) =>
          hit.start >= firstAgent.start ||
          !OF_OBJECT.test(text.slice(0, hit.start - sentence.start)),
      );
    // "condemned the DPRK's support to Russia's war": the one whose conduct is condemned (and
    // those coordinated with it), not the others its object names.
    let chain = 1;
    while (
      chain < hits.length &&
      COORDINATED.test(
        text.slice(hits[chain - 1]!.end - sentence.start, hits[chain]!.start - sentence.start),
      )
    )
      chain++;
    // "condemned the DPRK's … programs, and Russian aggression in Ukraine": a further conjunct
    // whose owner opens it (possessive or demonym) is conduct condemned too.
    const conjuncts = hits
      .slice(chain)
      .filter(
        (hit) =>
          NEW_CONJUNCT.test(text.slice(0, hit.start - sentence.start)) &&
          (hit.adjectival === true ||
            /^[’']s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(text.slice(hit.end - sentence.start))),
      );
    hits = [...hits.slice(0, chain), ...conjuncts, ...recipients, ...agents];
    return [
      ...new Set([...hits.map((hit) => hit.entityId), ...regimesOf(hits, text, sentence.start)]),
    ];
  }
  // "called on the country's military regime to …", "call on the regime to end the violence …
  // and re-establish Myanmar's path": a regime addressed by its kind is its state's, the country
  // the clause names (CONVENTIONS §9: "the regime" targets Burma/Myanmar when the sentence names it).
  if (hits.length === 0 && REGIME_ADDRESSEE.test(text.slice(windowStart, windowEnd)))
    return regimeStates(scope);
  return [...new Set(hits.map((hit) => hit.entityId))];
}

/** Right before the agent of a condemned conduct: "the seizure of the port by …". */
const BY_AGENT = /\sby\s+(?:the\s+)?$/i;

/** Right before the object of a conduct: "the violation of the territorial integrity of …". */
const OF_OBJECT = /\sof\s+(?:the\s+)?$/i;

/**
 * The agents a condemned conduct names with "by" ("attacks on shipping by the Houthis"), with
 * those coordinated with them ("by Russia and Belarus"): gold README, condemn targets every
 * named agent of the conduct condemned.
 */
function byAgents(hits: readonly EntityHit[], text: string, offset: number): EntityHit[] {
  const agents: EntityHit[] = [];
  hits.forEach((hit, k) => {
    const previous = hits[k - 1];
    const coordinated =
      previous !== undefined &&
      agents.includes(previous) &&
      COORDINATED.test(text.slice(previous.end - offset, hit.start - offset));
    if (coordinated || BY_AGENT.test(text.slice(0, hit.start - offset))) agents.push(hit);
  });
  return agents;
}

/** ", his regime", "and her regime" right after a condemned leader. */
const OWN_REGIME = /^(?:[’']s|,?\s+(?:and\s+)?(?:his|her))\s+regime(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "we hold President Putin, his regime and supporters … fully responsible": a leader's regime is
 * his state, condemned with him (gold README session 15 B: Putin and Russia), the country the
 * lexicon has him represent.
 */
function regimesOf(hits: readonly EntityHit[], text: string, offset: number): string[] {
  const states: string[] = [];
  for (const hit of hits) {
    if (hit.type !== 'Official' || !OWN_REGIME.test(text.slice(hit.end - offset))) continue;
    const state = lexicon().entities.get(hit.entityId)?.represents;
    if (state) states.push(state);
  }
  return states;
}

/** "call for an end to destabilizing PRC military activity": the agent of the act to end. */
const END_OF =
  /^\s+(?:an?\s+|the\s+)?(?:immediate\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\s+(?:the\s+|its\s+|their\s+)?(?:[a-zß-öø-ɏḀ-ỿ-]+\s+){0,2}$/i;

/**
 * "call for … the immediate support of the Governments of Israel and Lebanon": an act the call
 * asks of the one its "of" names (as "Israel's support"); not "the release of …", whose "of"
 * names the one it is done to.
 */
const ACT_OF =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for\s+(?:the\s+)?(?:[a-zß-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:support|cooperation|engagement|participation|endorsement|approval|consent|agreement|compliance|adherence|commitment|restraint)\s+of\s+(?:the\s+)?(?:(?:governments?|authorities|leaders(?:hip)?)\s+of\s+(?:the\s+)?)?$/i;

/** "call for restraint in the PRC's use of force": the one asked to restrain itself. */
const RESTRAINT_IN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for\s+(?:maximum\s+|utmost\s+)?restraint\s+(?:in|by|from)\s+(?:the\s+)?$/i;

/**
 * Who a "call for …" addresses: the owner its object opens with ("call for Russia's adherence"),
 * the agent of an act to end ("an end to destabilizing PRC military activity"), one asked to act
 * ("and for Myanmar to return to …") or named as who is to comply ("implementation of … by the
 * international community, including the DPRK": gold README, session 9). "call for the
 * implementation of the ASEAN consensus" addresses no one.
 */
function callForTargets(hits: EntityHit[], sentence: SegmentedSentence, from: number): string[] {
  const text = sentence.text;
  const found: string[] = [];
  hits.forEach((hit, k) => {
    const start = hit.start - sentence.start;
    const end = hit.end - sentence.start;
    const between = text.slice(from, start);
    const owner = hit.adjectival === true || /^[’']s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(text.slice(end));
    // (An actor right before a lowercase noun modifies it: "PRC military activity".)
    const modifier = owner || /^\s+[a-zß-öø-ɏḀ-ỿ]/.test(text.slice(end));
    const opens = owner && /^\s+(?:the\s+)?$/i.test(between);
    const asked =
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])for\s+(?:the\s+)?$/i.test(text.slice(0, start)) &&
      /^\s+to\s+[a-zß-öø-ɏḀ-ỿ]/.test(text.slice(end));
    const agent = /\sby\s+[^;,]*(?:,\s*including\s+(?:the\s+)?)?$/i.test(between);
    const previous = hits[k - 1];
    const actsWith =
      ACT_OF.test(text.slice(0, start)) ||
      (owner && RESTRAINT_IN.test(text.slice(0, start))) ||
      (previous !== undefined &&
        found.includes(previous.entityId) &&
        COORDINATED.test(text.slice(previous.end - sentence.start, start)));
    if ((k === 0 && (opens || (modifier && END_OF.test(between)))) || asked || agent || actsWith)
      found.push(hit.entityId);
  });
  return [...new Set(found)];
}

/** "… and call upon them to immediately cease such activities": the ones the clause before named. */
export const PRONOUN_OBJECT = /^\s+(?:them|it|him|her)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
