/**
 * "look forward to President Biden’s hosting of APEC next year", "when he hosts APEC in San
 * Francisco later this year", "the host of this year’s APEC forum", "Peru’s successful APEC host
 * year", "our 2023 APEC Host Year": a body whose meetings a country hosts for a year is that
 * year's meetings, an `Event` named `<body> <year>` (gold "APEC 2022", "APEC 2023", "APEC 2024":
 * 2022-11-13, 2022-11-19 ×2, 2023-09-11 ×2, 2024-11-15), as "hosting APEC in 2023" is
 * (hostedEvents.ts). The year is the statement's, the one after for "next year", the one the text
 * writes before "host year". Only the bodies of names.json `hostYearBodies`: the gold keeps the
 * G7 its host's Organization ("Canada’s upcoming role as host of the G7 in 2025", 2024-05-16), and
 * a host word with no year ("as host of the G7") names no meeting.
 */
import { NAME_RULES } from '../rules/names';
import type { EntityHit } from '../types';
import type { DatedEventScope } from './datedEvents';
import { renameEvents } from './renameEvents';

const HOST = NAME_RULES.hostWords.join('|');
/** Before the body: "hosting of", "the host of this year’s", "hosts". */
const HOST_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${HOST})(?: of)? (?:the )?(?:(this|next) year[’']s )?$`,
  'i',
);
/** After the body: " in San Francisco later this year", " next year", " forum". */
const WHEN_AFTER =
  /^(?: forum| meetings)?(?: in [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*)?,? (?:(next) year|later this year|this year)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** After the body (and its acronym): " Host Year", " host year". */
const HOST_YEAR_AFTER =
  /^(?: \([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\))? host year(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** A year written right before the body: "our 2023 APEC Host Year". */
const YEAR_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])((?:19|20)\d\d) $/;

/** The year a host phrase around `hit` gives, or undefined when no host phrase is there. */
function hostedYear(text: string, hit: EntityHit, sentenceStart: number, now: number) {
  const before = text.slice(Math.max(sentenceStart, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 60);
  if (HOST_YEAR_AFTER.test(after)) {
    const written = YEAR_BEFORE.exec(before)?.[1];
    return written === undefined ? now : Number(written);
  }
  const host = HOST_BEFORE.exec(before);
  if (!host) return undefined;
  if (host[1]) return now + (host[1].toLowerCase() === 'next' ? 1 : 0);
  const when = WHEN_AFTER.exec(after);
  if (!when) return undefined;
  return now + (when[1] ? 1 : 0);
}

/** Renames each hosted body's hit to that year's meetings. */
export function hostYears({ lexicon, text, sentences, hitsBySentence, isoDate }: DatedEventScope) {
  const year = /^(\d{4})-/.exec(isoDate ?? '')?.[1];
  if (year === undefined || !/host/i.test(text)) return;
  renameEvents(sentences, hitsBySentence, (hit, sentence) => {
    if (hit.type !== 'Organization' || hit.nested) return undefined;
    const body = lexicon.entities.get(hit.entityId)?.name;
    if (body === undefined || !NAME_RULES.hostYearBodies.includes(body)) return undefined;
    const hosted = hostedYear(text, hit, sentence.start, Number(year));
    return hosted === undefined ? undefined : `${body} ${hosted}`;
  });
}
