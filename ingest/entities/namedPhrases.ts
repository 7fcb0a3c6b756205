/**
 * Names no lexicon has, recognised by their head noun: "Trilateral Coordinating Secretariat"
 * (Organization: a body), "Joint Statement on North Korean IT Workers" (Instrument), "G7 Hiroshima Summit"
 * (Event). A name is a run of capitalised words, joined by "of/on/for/and/in the", whose last head
 * noun before any complement says the type (nameHeads.ts); coordination.ts cuts a run holding two names.
 */
import { MONTH_ALTERNATION } from '../rules/months';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation, TITLE_WORDS } from '../rules/titles';
import { candidateAt } from './candidateAt';
import {
  LOWER_PARTICLES,
  splitAtAcronym,
  splitAtHeadSlash,
  splitBodyInstrument,
  splitCoordinated,
  splitProgramOwner,
  withoutHost,
} from './coordination';
import { actYearEnd, datedStart } from './dated';
import { companyStart } from './descriptiveBodies';
import { bareModifier, indefiniteName, kindOfMeetings, ordinalStart } from './genericNames';
import { lowercaseHead, programmeTail } from './lowercaseHeads';
import type { Candidate } from './matchLexicon';
import { classify, headModifies } from './nameHeads';
import { complementTail, NUMBER_TAIL, SYMBOL_TAIL, VERSION_TAIL } from './nameTails';
import { observedDay } from './observances';
import { LISTED_BEFORE, listedProgram, mayNameAlone, oneWordProgram } from './oneWordNames';
import { pairBodyType } from './pairBodies';
import { roleOpening } from './rolePhrases';
import { sentenceCased, trim, withOwner } from './runTrim';
import { splitAtTo } from './toJoiner';

// An en dash before a capital joins like a hyphen ("India–Middle East–Europe Economic Corridor"),
// and so does a slash after two letters or more ("the OECD/G20 Inclusive Framework", "Operation
// Desert Shield/Desert Storm": gold 2021-10-30, 2022-06-28, 2022-07-15; a UN symbol's "A/RES/…" is
// the resolution's number, SYMBOL_TAIL). A French elided article opens a capitalised word of the
// run ("the Côte d’Ivoire Compact", which was cut to "Ivoire Compact").
const CAP = `(?!(?:${MONTH_ALTERNATION})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:[dl][’'](?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.+-]|–(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])|(?<=[\\wÀ-ÖØ-öø-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ])/(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))*`;
const JOINERS = NAME_RULES.joiners.join('|');
/**
 * "Executive Order on Tackling the Climate Crisis": a gerund in a name's complement takes its
 * object with "the" ("Launching the G7 …" opening a sentence is no complement, so stays apart).
 */
const GERUND_THE = '(?<= (?:on|for|of|to|against) [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ing) the ';
/** "Rights of Persons with Disabilities": "with" joins only after a people noun (withGroups). */
const WITH_GROUP = `(?<=(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.withGroups.join('|')})) with `;
/**
 * "Vietnam – U.S. Human Rights Dialogue", "the Mekong – U.S. Partnership": a spaced en dash between
 * one capitalised word and the United States (pairBodyParties) joins a pair's name as a hyphen does
 * (gold aliases the text form, 2023-09-11, 2024-11-12). The other way round, "the U.S. – Pacific
 * Islands Forum meeting", the dash may end the party's own name: no join.
 */
const PARTY = alternation(NAME_RULES.pairBodyParties);
const DASH_PAIR = `(?<=(?:^|\\s)(?![A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])\\S+ [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*) – (?=(?:${PARTY}) [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`;
/**
 * "the UNSCR 1267 Sanctions Committee", "the U.S.-India 123 Civil Nuclear Agreement", "the
 * Clean Energy Agenda 2030 Partnership": a number between capitalised words is part of the name
 * (gold 2021-09-24, 2025-02-13); after a possessive it starts what the owner owns ("the Office of
 * the U.S. Trade Representative’s 2025 Special 301 Report").
 */
const INNER_NUMBER = "(?<![’']s) \\d{1,4} ";
/**
 * "the Mohammed bin Rashid Space Center": a lowercase particle of a person's or place's name
 * (LOWER_PARTICLES) between capitalised words keeps the run whole, so the name is not cut to the
 * words after it ("Rashid Space Center", gold 2024-09-23).
 */
const PARTICLE = ` (?:${LOWER_PARTICLES}) `;
/**
 * "the United States-Taiwan Initiative on 21st-Century Trade", "U.S. Air Force 52nd Fighter
 * Wing", "U.S. 5th Fleet": an ordinal inside a run is part of the name, which was cut in two at
 * it (gold 2023-08-07, 2025-01-07, 2025-01-10): hyphened to the next capitalised word after any
 * join, or alone between two capitalised words. After a joiner and a space it opens a name of its
 * own ("Mexico City for the 10th North American Leaders’ Summit": the summit's number), and
 * opening a run it numbers a session (ordinalStart).
 */
const ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)`;
const HYPHENED_ORDINAL = `(?:${ORDINAL}-(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))?`;
const INNER_ORDINAL = ` ${ORDINAL} `;
const JOIN = `(?: (?:${JOINERS}) (?:the |a )?| in the |${GERUND_THE}|${WITH_GROUP}|${DASH_PAIR}|${INNER_NUMBER}|${INNER_ORDINAL}|${PARTICLE}| )`;
const SPAN = new RegExp(
  `${CAP}(?:${JOIN}(?:\\([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\\) )?${HYPHENED_ORDINAL}${CAP})*`,
  'g',
);

/** An owner's possessive opening a run of two words or more: "USAID’s Media and …". */
const OWNER_BEFORE_NAME = /^.*[’']s (?=\S+ \S)/;
/** A title's possessive before one word: "President’s Bidenomics". */
const TITLE_OWNER = new RegExp(`^(?:${alternation([...TITLE_WORDS])})[’']s (?=\\S)`);

/**
 * "Christopher R. Hill": a given name, a middle initial and a last word is a person's name even
 * when the last word is a head noun ("Hill", "Park").
 */
const PERSON_SHAPE =
  /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\. [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/;

const YEARLY_SESSION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.yearlySessionHeads)})$`,
);
const ORDINAL_SESSION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.ordinalSessionHeads)})$`,
);
const SESSION_DETERMINER = /(?:^|\s)(?:the|its|this|upcoming|next)\s$/i;

/** A name without its complement: "… Dialogue" of "… Dialogue on Agriculture". */
function subjectOf(name: string): string {
  return name.replace(/ (?:on|for|of|between) .*$/, '');
}

type Piece = { text: string; at: number };
/** The cuts of a capitalised run, in order: each is applied to every piece the one before left. */
const NAME_SPLITS: readonly ((span: string) => Piece[])[] = [
  splitAtHeadSlash,
  splitAtAcronym,
  splitCoordinated,
  splitBodyInstrument,
  splitAtTo,
];
/** `split` applied to every piece, its offsets made relative to the run. */
function refine(pieces: Piece[], split: (span: string) => Piece[]): Piece[] {
  return pieces.flatMap((piece) =>
    split(piece.text).map((part) => ({ text: part.text, at: piece.at + part.at })),
  );
}

export function findNamedPhrases(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  SPAN.lastIndex = 0;
  let resume = 0;
  for (let match = SPAN.exec(text); match; match = SPAN.exec(text)) {
    if (match.index < resume) {
      SPAN.lastIndex = resume;
      continue;
    }
    // A run of one word ("We", "Japan": most runs) names something only as a one-word programme,
    // after "the" (`oneWordProgram`) or closing single words listed after a determiner
    // (`listedProgram`). Every cut in NAME_SPLITS keeps its pieces inside the run, and only the
    // piece that starts the run has a space before it, so without either before the run no piece
    // can pass, and the run is not cut at all.
    if (!match[0].includes(' ') && !mayNameAlone(text, match.index)) continue;
    const parts = NAME_SPLITS.reduce(refine, [{ text: match[0], at: 0 }]);
    const pieces = parts
      .flatMap((part) => withOwner(trim(part.text, match.index + part.at)))
      .flatMap((piece) =>
        splitProgramOwner(piece.text).map((owned) => ({
          text: owned.text,
          at: piece.at + owned.at,
        })),
      );
    for (const piece of pieces) {
      const trimmed = sentenceCased(piece);
      const whole = withoutHost(trimmed.text);
      // "GE Aerospace and Hindustan Aeronautics Limited": a company's legal form ends one name.
      const role = roleOpening(whole);
      if (role < 0) continue;
      const cut = role || companyStart(whole) || guestStart(whole);
      const name = placeBeforeIn(whole.slice(cut));
      let at = trimmed.at + cut;
      if (!name.includes(' ') && !oneWordProgram(text, at, name) && !listedProgram(text, at, name))
        continue;
      // "… issued on January 3, 2022, on Preventing Nuclear War": a subject, not a name.
      if (
        /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{3,}ing /.test(name) &&
        /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:on|for|of) $/.test(text.slice(0, at))
      )
        continue;
      let type = pairBodyType(name, classify(name));
      if (type && (headModifies(name) || PERSON_SHAPE.test(name))) continue;
      if (type === 'Event' && (kindOfMeetings(name) || !observedDay(text, at, name))) continue;
      // "Operation Safe Harbor": the opening head is the kind, whatever head ends the name.
      if (type && name.startsWith('Operation ')) {
        type = boundedOperation(text, at, name) ? 'Event' : 'Program';
      }
      if (bareModifier(text, at, name)) continue;
      if (type && indefiniteName(text, at, name)) type = undefined;
      let end = at + name.length;
      let surface = name;
      if (!type) {
        // "the Young Trilateral Leaders program": a lowercase head after a capitalised name.
        const found = lowercaseHead(text.slice(end));
        if (!found) continue;
        type = found.type;
        end += found.length;
        // "USAID’s Media and Civil Society Strengthening program": the owner is no part of a
        // name of its own words (a one-word "Japan’s Indo-Pacific program" keeps it, but not a
        // title: "the President’s Bidenomics agenda").
        const owner = OWNER_BEFORE_NAME.exec(name) ?? TITLE_OWNER.exec(name);
        if (owner) at += owner[0].length;
      }
      end += programmeTail(type, text.slice(end));
      end += VERSION_TAIL.exec(text.slice(end))?.[0].length ?? 0;
      surface = text.slice(at, end);
      // "UN Security Council Resolution 2231", "… Resolution A/RES/75/239": a number or a UN
      // document symbol completes a resolution's name.
      if (type === 'Instrument') {
        const symbol = / [AS]$/.test(text.slice(at, end)) ? SYMBOL_TAIL : NUMBER_TAIL;
        end += symbol.exec(text.slice(end))?.[0].length ?? 0;
        end = actYearEnd(text, at, end);
      }
      const tail = complementTail(type, text.slice(at, end), text.slice(end));
      // The words a tail took are no start of another name ("… Peace, and Security and the …").
      if (tail > 0) resume = Math.max(resume, end + tail);
      end += tail;
      surface = text.slice(at, end);
      // "the Science, Technology, and Innovation Agreement", "the Women, Peace, and Security
      // Agenda": a list of single words after a determiner opens the name.
      const listed = LISTED_BEFORE.exec(text.slice(0, at));
      if (listed) {
        at -= listed[1]!.length;
        surface = text.slice(at, end);
      }
      // "the March 2021 Joint Statement of …": a document's date is part of its name (the same
      // body issues a joint statement every year).
      if (type === 'Instrument') {
        at = datedStart(text, at);
        surface = text.slice(at, end);
      }
      // "the 2022 High-Level Security Dialogue", "the 2024 Indo-Pacific Business Forum": a year
      // before a recurring dialogue or forum names that year's session, an Event (gold 2022-10-14,
      // 2023-05-01); the standing mechanism inside it keeps its own name, nested.
      let session = false;
      if (type !== 'Event' && YEARLY_SESSION.test(surface) && /\d $/.test(text.slice(0, at))) {
        const dated = datedStart(text, at);
        if (dated < at && !/[-–]/.test(text.slice(dated, at))) {
          out.push(candidateAt(type, surface, at + offset, 'phrase'));
          type = 'Event';
          session = true;
        }
      }
      // "the 21st U.S.-Indonesia Security Dialogue", "the 4th U.S.-Ukraine Bilateral Cyber
      // Dialogue": an ordinal before a recurring dialogue or forum numbers one session of it, an
      // Event named with its ordinal (conventions: numbered sessions of a dialogue are Events, the
      // unnumbered dialogue a Program; gold 2021-09-01, 2024-11-12); ordinalStart below takes it in.
      if (
        type !== 'Event' &&
        YEARLY_SESSION.test(subjectOf(surface)) &&
        ordinalStart(text, at) < at
      )
        type = 'Event';
      // "the 5th UN Environment Assembly": an ordinal before a body that meets in sessions names
      // that session, an Event (gold 2022-02-11); ordinalStart below takes the ordinal in. Only
      // after a determiner: "the March 2nd and 24th United Nations General Assembly resolutions"
      // date the votes.
      if (type === 'Organization' && ORDINAL_SESSION.test(surface)) {
        const ordinal = ordinalStart(text, at);
        if (ordinal < at && SESSION_DETERMINER.test(text.slice(Math.max(0, ordinal - 10), ordinal)))
          type = 'Event';
      }
      if (type === 'Event') {
        // "the August 2021 Baghdad Conference": a recurring meeting is named with its date
        // (gold aliases "July 2024 NATO Summit", "November 2023 Woodside Summit").
        at = ordinalStart(text, datedStart(text, at));
        surface = text.slice(at, end);
      }
      const canonical = surface.replace(/ \([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\)/g, '');
      const found = candidateAt(type, surface, at + offset, 'phrase', canonical);
      out.push(session ? { ...found, keepsInner: true } : found);
    }
  }
  return out;
}

/**
 * "welcomed Italy in the Minerals Security Partnership", "Israel in the Agriculture Innovation
 * Mission for Climate": one word with no head before "in the" and a name is who takes part in
 * it, no part of the name (gold 2023-07-27, 2022-07-14); where the name starts.
 */
const GUEST = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]* in the (?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/;
function guestStart(name: string): number {
  const guest = GUEST.exec(name);
  if (!guest) return 0;
  // ("Women in the Digital Economy Fund": people a programme is for open its name, peopleWords.)
  const first = name.slice(0, name.indexOf(' '));
  if (NAME_RULES.peopleWords.has(first) || HEAD_TYPES.has(first)) return 0;
  return classify(name.slice(guest[0].length)) ? guest[0].length : 0;
}

/**
 * "Sabina Shoal in the Philippines’ exclusive economic zone", "the Korean War Veterans Memorial in
 * the District": a place named by its head ends before "in the"; what follows locates it (a
 * place is not named "… Shoal in the Philippines"). A run whose whole is of another kind keeps it.
 */
function placeBeforeIn(name: string): string {
  const at = name.indexOf(' in the ');
  if (at < 0 || classify(name) !== 'Region') return name;
  const place = name.slice(0, at);
  return classify(place) === 'Region' ? place : name;
}

// "during Operation GLORY in 1954", "since Operation Desert Storm": an operation spoken of as a
// span of past time is an event; otherwise "Operation Warp Speed", "through Operation Southbound"
// name a standing effort, a programme like an exercise or a mission.
const OPERATION_SPAN_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:during|since|after|before) (?:the )?$/i;
const OPERATION_YEAR_AFTER = /^,? in (?:1[89]|20)\d\d(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

function boundedOperation(text: string, at: number, name: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return (
    OPERATION_SPAN_BEFORE.test(before) || OPERATION_YEAR_AFTER.test(text.slice(at + name.length))
  );
}
