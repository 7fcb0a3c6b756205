/**
 * "condemns the DPRK for its launch", in a "Statement … on the DPRK’s Space Launch": an event
 * noun (data/rules/topic-quality.json `eventHeads`) owned by a bare "its" points back to the event
 * the title names, and the topic is named as the title names it ("space launch", gold 2023-05-30,
 * 2023-08-23, 2023-11-21). Only "its": "condemn this launch" points at the event itself, and
 * without a kind in the title nothing is named.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

export interface TitleEvent {
  /** Sentence-relative span of "its launch". */
  start: number;
  end: number;
  names: string[];
}

/**
 * The event that ends the title after its owner's possessive: up to three capitalised words and
 * an event head ("… Republic of Korea’s Space Launch", "the DPRK’s ICBM Test").
 */
const TITLE_EVENT = /[’']s\s+((?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+){1,3})(\p{Lu}\p{Ll}+)\s*$/u;

function titleEventName(title: string): string | undefined {
  const match = TITLE_EVENT.exec(title);
  if (!match || !Q.eventHeads.has(match[2]!.toLowerCase())) return undefined;
  // Acronyms keep their capitals ("ICBM test"); other words are lowercase.
  const words = match[1]!.trim().split(/\s+/);
  if (words.some((word) => /^(?:of|the|on)$/i.test(word))) return undefined;
  const kind = words.map((word) => (/^[\p{Lu}0-9]{2,}$/u.test(word) ? word : word.toLowerCase()));
  return [...kind, match[2]!.toLowerCase()].join(' ');
}

export function titleEvents(
  text: string,
  from: number,
  to: number,
  title: string | undefined,
): TitleEvent[] {
  if (!title || !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])its\s/.test(text)) return [];
  const name = titleEventName(title);
  if (!name) return [];
  const out: TitleEvent[] = [];
  for (const match of text
    .slice(from, to)
    .matchAll(
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])its\s+(\p{Ll}+)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/gu,
    )) {
    if (!Q.eventHeads.has(match[1]!)) continue;
    const start = from + match.index;
    out.push({ start, end: start + match[0].length, names: [name] });
  }
  return out;
}
