/**
 * Who a group subject is: "The two sides", "the leaders", "NCG Principals" (groups.json), and "the
 * leaders" of a statement with no meeting of its own (the officials the sentence names before).
 */
import type { ActorContext, Subject } from '../resolveActors';
import { SPEAKER_OFFICES } from '../rules/speakers';
import type { EntityHit } from '../types';
import { genericOfficials } from './genericOfficials';
import { endsInGroupHead, expandMembers, firstCounted, GROUPS } from './groups';
import { speakingBodies } from './ownBody';
import { withDelegationSide } from './theDelegation';

/** The actors a group noun stands for: the officials who met, or the signatory countries. */
function groupActors(context: ActorContext, noun: string): string[] {
  const lower = noun.toLowerCase().replace(/\s+/g, ' ');
  // "participants discussed …" in the readout of a joint body's meeting: the body (gold
  // 2023-07-27, README session 15 B); the parties, where they held the body's meeting (gold
  // 2021-12-17: "Australia, the United Kingdom and the United States … held the … meetings of").
  const met = GROUPS.bodyNouns.has(lower) ? bodyMeeting(context) : undefined;
  if (met) return met;
  // "The participants welcomed …", "participants met with representatives …" in a statement its
  // parties issue jointly ("Joint Readout of …", "Joint Statement on …"): the meeting's parties,
  // not the officials it names (gold 6 of 6 commitments, 2022-11-07, 2022-12-01, 2023-09-28; a
  // one-party readout's "Participants discussed …" stays the officials who met, 2022-06-01,
  // 2023-10-03).
  if (GROUPS.bodyNouns.has(lower) && context.jointTitle && context.signatories.length > 1)
    return context.signatories;
  // "The Co-chairs welcomed …" where named officials co-chair (President Biden and Prime Minister
  // Meloni, gold 2024-06-13): those officials; countries that co-chair stay the countries.
  // (The officials who met may hold a grouping's members met with, as countries: not co-chairs.)
  const coChairs = lower.startsWith('co-')
    ? context.officials.filter((id) => id.startsWith('official:'))
    : [];
  if (coChairs.length > 1) return coChairs;
  // "The two sides" of a readout issued by one country are the officials who met.
  if (GROUPS.countryNouns.has(lower)) {
    const sides =
      context.signatories.length < 2 && context.officials.length > 1
        ? context.officials
        : context.signatories;
    return /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])sides$/.test(lower)
      ? withDelegationSide(context.delegation, sides)
      : sides;
  }
  if (context.officials.length === 0) return context.signatories;
  // "NCG Principals" in a statement whose named officials are Presidents: a rank that none of
  // them holds is another body's members, who speak for the signatories.
  if (GROUPS.rankNouns.has(lower) && context.signatories.length > 0 && context.titles) {
    const stem = lower.slice(lower.lastIndexOf(' ') + 1).replace(/(?:ies|ers|ors|s)$/, '');
    const titles = context.officials.map((id) => context.titles?.get(id)?.toLowerCase());
    if (titles.every((title) => title !== undefined && !title.includes(stem)))
      return context.signatories;
  }
  return context.officials;
}

/**
 * "It follows President Biden's meeting with Prime Minister Kishida and President Yoon, where the
 * leaders condemned …": in a statement with no meeting of its own, "the leaders" are the officials
 * the sentence names before them, else those the last sentence naming several named ("President
 * Joe Biden will host Prime Minister Kishida … and President Yoon …. The three leaders will
 * discuss …": a press secretary's announcement, 31 such in the archive).
 */
function namedBefore(
  context: ActorContext,
  noun: string,
  hits: readonly EntityHit[],
  before: number,
): string[] | undefined {
  if (context.officials.length > 0 || GROUPS.countryNouns.has(noun.toLowerCase())) return undefined;
  const named = [
    ...new Set(
      hits.filter((hit) => hit.type === 'Official' && hit.end <= before).map((hit) => hit.entityId),
    ),
  ];
  if (named.length > 1) return named;
  return context.lastNamed && context.lastNamed.length > 1 ? context.lastNamed : undefined;
}

/**
 * "My Administration will continue …", "our Government": the speaker's own government; "our
 * Nation pays tribute to …", "Our Republic will always remember …" in a presidential message is
 * the speaker's country. "Our teams are deploying …", "our experts will meet …": the speakers'
 * own staff act for them (gold 2023-02-06; a joint statement's "our teams will meet regularly"
 * is all signatories', 2023-09-21). "Our embassy is in close touch with …", "our diplomats will …": the
 * speaker's own mission abroad acts for its government (gold 2024-05-15).
 */
const OWN_GOVERNMENT =
  /(?:^|\s)((?:[Mm]y|[Oo]ur)\s+(?:[Aa]dministrations?|[Gg]overnments?|[Nn]ation|[Cc]ountry|[Rr]epublic|[Tt]eams?|[Ee]xperts|(?:[Ss]enior\s+)?[Oo]fficials|[Ee]mbass(?:y|ies)|[Dd]iplomats))$/;

/** The signatories, when the text before a verb ends in the speaker's own government. */
export function ownGovernment(
  context: ActorContext,
  trimmed: string,
): { actors: string[]; start: number; end: number } | undefined {
  const own = OWN_GOVERNMENT.exec(trimmed);
  if (!own || context.signatories.length === 0) return ownAdministration(context, trimmed);
  return {
    // ("Our governments will continue to …" in a one-party statement: it and its partner.)
    actors: ownPair(context, own[1]!) ?? context.signatories,
    start: trimmed.length - own[1]!.length,
    end: trimmed.length,
  };
}

/**
 * "the Biden-Harris Administration", "the White House", "the U.S. Government" (or "government"): an
 * office named in speakers.json; "the Administration", "the Federal Government" with no name of their own.
 */
const NAMED_ADMINISTRATION =
  /(?:^|\s)((?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*\s+)*(?:[Aa]dministration|[Gg]overnment|White House))$/;
/** The words NAMED_ADMINISTRATION ends in: a text ending in none is spared its search. */
const ADMINISTRATION_ENDINGS = [
  'Administration',
  'administration',
  'Government',
  'government',
  'White House',
];

/**
 * "stressed that the Administration will …", "emphasized that his administration would …": the
 * reporter's own administration in a reported complement, also where a readout has two sides
 * (gold 2021-08-27, 2023-01-19: the reporting official's undertaking).
 */
const REPORTED_ADMINISTRATION =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that\s+((?:[Tt]he|his|her)\s+[Aa]dministration)$/;

/** An administration or government the text does not name: the one whose statement it is. */
const BARE_ADMINISTRATION = /^(?:[Tt]he\s+)?(?:Administration|Federal Government)$/;

/**
 * "The Vice President emphasized that the Biden-Harris Administration is committed to …": an
 * administration speakers.json names for a signatory country is that country (the speaker's own
 * side), though the entity extractor may know it as an organization of its own. "The
 * Administration continues to work …" in a White House fact sheet or Press Secretary statement
 * is the statement's one country, when an office of speakers.json speaks for it.
 */
function ownAdministration(
  context: ActorContext,
  trimmed: string,
): { actors: string[]; start: number; end: number } | undefined {
  if (!ADMINISTRATION_ENDINGS.some((ending) => trimmed.endsWith(ending))) return undefined;
  const reported = REPORTED_ADMINISTRATION.exec(trimmed);
  const own = reported && SPEAKER_OFFICES.find((o) => context.signatories.includes(o.country));
  if (reported && own) {
    const phrase = reported[1]!;
    return { actors: [own.country], start: trimmed.length - phrase.length, end: trimmed.length };
  }
  const named = NAMED_ADMINISTRATION.exec(trimmed);
  if (!named) return undefined;
  const phrase = named[1]!;
  const office = BARE_ADMINISTRATION.test(phrase)
    ? SPEAKER_OFFICES.find(
        (candidate) =>
          context.signatories.length === 1 && context.signatories[0] === candidate.country,
      )
    : SPEAKER_OFFICES.find(
        (candidate) =>
          candidate.pattern.test(phrase) && context.signatories.includes(candidate.country),
      );
  if (!office) return undefined;
  return {
    actors: [office.country],
    start: trimmed.length - phrase.length,
    end: trimmed.length,
  };
}

/**
 * Who met in the joint body a statement is about: the parties where they held its meeting
 * (partiesMet.ts), else the one body speaking for itself (ownBody.ts), if there is one.
 */
function bodyMeeting(context: ActorContext): string[] | undefined {
  if (context.partiesMet) return context.signatories;
  const bodies = speakingBodies(context.bodies);
  return bodies.size === 1 ? [...bodies] : undefined;
}

/**
 * "The group discussed …", "The group commended …": the people who met, as "the participants"
 * are; in the readout of a joint body's meeting, that body (gold 2023-07-27). Only "the group"
 * opening its clause: "a new working group will …" is another group.
 */
export function theGroup(context: ActorContext, trimmed: string): Subject | undefined {
  const match = /(?:^|[,;:]\s*|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|but|that)\s+)([Tt]he\s+group)$/.exec(
    trimmed,
  );
  if (!match) return undefined;
  // (One named official who met people the text does not name, "Jennifer Klein … met with Iranian
  // activists. The group discussed …": that official is the one actor the group can be; gold
  // 2022-10-21, 2024-12-10: 5 such `no-subject` drops, no "the group" of another's.)
  const actors = bodyMeeting(context) ?? context.officials;
  if (actors.length === 0) return undefined;
  return { actors, start: trimmed.length - match[1]!.length, end: trimmed.length };
}

/**
 * "This meeting reaffirmed the strong bond …", "The discussions focused on …", "Today’s inaugural
 * I2U2 leaders meeting focused on …", "The meeting confirmed the commitment to …": a meeting or
 * its talks opening the sentence speak for those who met (gold 2021-09-21, 2022-07-14,
 * 2023-09-28, 2024-06-13); so do its consultations and an event the parties co-host ("…,” the
 * event highlighted …", gold 2022-11-15; a trip or visit: tripSubject.ts): a closing quote may end the
 * adjunct before it). Only at the opening: "held their trilateral meeting focused on …"
 * describes the meeting, and "the outcomes of the meeting" is no subject. No "call" (a verb as
 * often: "the President will call on …") and no text ("Today's framework reaffirms …" is the
 * signatories', not the officials it names).
 */
const THE_MEETING =
  /(?:^|[,;:][”"’]?\s*)((?:[Tt]his|[Tt]he|[Tt]oday[’']s|[Tt]heir)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){0,4}?(?:meeting|discussions?|talks|conversation|gathering|consultations|event))$/;

/** Those who met, as a meeting's or its discussions' subject stands for them. */
export function theMeeting(context: ActorContext, trimmed: string): Subject | undefined {
  const match = THE_MEETING.exec(trimmed);
  return match ? metSubject(context, trimmed, match[1]!, 2) : undefined;
}

/**
 * Those who met, for a meeting or forum named at the end of `trimmed` as the subject: the
 * officials who met where two or more, else the statement's parties if at least `minParties`
 * (a forum a country hosted speaks for that one country; a meeting needs two sides).
 */
export function metSubject(
  context: ActorContext,
  trimmed: string,
  name: string,
  minParties: number,
): Subject | undefined {
  const actors =
    context.officials.length > 1
      ? context.officials
      : context.signatories.length >= minParties
        ? context.signatories
        : [];
  if (actors.length === 0) return undefined;
  return {
    actors: expandMembers(actors, context.members),
    start: trimmed.length - name.length,
    end: trimmed.length,
  };
}

/**
 * A group noun ending the subject ("the two leaders", "U.S. and Mexican officials", "our
 * partners"): generic officials stand for their countries, else the officials named before or
 * the group's members, cut to the count the phrase gives. `end` is the subject's end in
 * `trimmed`; offsets of the result are in `trimmed` too.
 */
export function groupHeadSubject(
  context: ActorContext,
  trimmed: string,
  hits: readonly EntityHit[],
  sentenceStart: number,
  end: number,
): Subject | undefined {
  const window = trimmed.length > 160 ? trimmed.slice(-160) : trimmed;
  const group = endsInGroupHead(window) ? GROUPS.subject.exec(window) : null;
  if (!group) return undefined;
  const start = group.index + trimmed.length - window.length;
  // "Our governments will continue to work together …" in a one-party statement: the speaker's
  // country and the one counterpart (gold 6 of 6 one-party sentences; statementPartner.ts).
  const pair = ownPair(context, group[0]);
  if (pair) return { actors: pair, start, end };
  const inPhrase = hits.filter(
    (hit) => hit.start >= sentenceStart + start && hit.end <= sentenceStart + end,
  );
  const actors = expandMembers(
    genericOfficials(context, group[1]!, group[0], inPhrase) ??
      firstCounted(
        namedBefore(context, group[1]!, hits, sentenceStart + start) ??
          groupActors(context, group[1]!),
        group[0],
      ),
    context.members,
  );
  return { actors, start, end };
}

/** "our nations", "our two countries": group 1 is the noun (groups.json `pairNouns`). */
const OUR_PAIR = /^our\s+(?:two\s+)?([a-zß-öø-ɏḀ-ỿ]+)$/i;

/** The one-party statement's own country and its partner, for a subject `OUR_PAIR` reads. */
export function ownPair(context: ActorContext, phrase: string): string[] | undefined {
  const { partner, signatories } = context;
  if (!partner || signatories.length !== 1) return undefined;
  const noun = OUR_PAIR.exec(phrase.trim())?.[1]?.toLowerCase();
  return noun && GROUPS.pairNouns.has(noun) ? [signatories[0]!, partner] : undefined;
}
