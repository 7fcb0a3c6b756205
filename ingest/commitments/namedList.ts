/**
 * A subject made of named actors ending right before the verb: "Japan and the ROK", "President
 * Biden and President Yoon", "The foreign ministers of Japan and South Korea". Walking back over a
 * coordinated list is its own job, apart from resolveActors.ts's choice among kinds of subject.
 */
import { TITLE_BEFORE } from '../rules/titles';
import type { EntityHit } from '../types';
import { withoutComplementedTitle } from './titleComplement';

/** The entity types that can speak or act in a commitment (the rest are what it is about). */
export const ACTOR_TYPES: ReadonlySet<string> = new Set(['Country', 'Official', 'Organization']);

const OFFICIALS_OF =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:ministers|leaders|presidents|governments|delegations|representatives|envoys|advisors|advisers|heads of state(?: and government)?)\s+of\s+$/i;

/** A style of address before a title: "His Majesty", "Her Royal Highness", "His Excellency". */
const ROYAL_STYLE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:His|Her|Their)\s+(?:Majesty|Majesties|Royal\s+Highness|Highness|Excellency)\s+$/;

/**
 * "The United States, subject to its domestic procedures, and Japan, with its partners, intend
 * to …": a comma-enclosed aside after a list member (a condition, a manner, a company) interrupts
 * the list, not the subject; both countries act.
 */
const ASIDE_SOURCE =
  ',\\s+(?:subject to|consistent with|in accordance with|in line with|in coordination with|in partnership with|together with|along with|alongside|with|through|as appropriate|where appropriate|as needed|for (?:its|their|our) part)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;()]{0,80}';

/**
 * "the United States together with Egypt and Qatar would work", "the United States alongside its
 * allies will …": a companion phrase with no commas, after a lowercase or capitalised subject
 * word, is the same aside (gold 2023-11-15, 2024-04-29: the reporter's own side undertakes);
 * so is "in (close) coordination with its partners", "in partnership with the United States".
 */
const BARE_COMPANION =
  '\\s+(?:together with|along with|alongside|in (?:close\\s+)?(?:coordination|partnership|cooperation|consultation) with)\\s[^,;()]{1,60}?';

/** An aside right before the verb ("…, and Japan, with its partners, intend"). */
export const TRAILING_ASIDE = new RegExp(`(?:${ASIDE_SOURCE},|${BARE_COMPANION})\\s*$`, 'i');

/**
 * A party's formal style before its name: "the Government of the United States of America",
 * "the Republic of El Salvador", "the People’s Republic of Bangladesh" (when the lexicon knows
 * the short name only), stacked styles too ("the Government of the Republic of Chile").
 */
const FORMAL_STYLE =
  /(?<=^|\s)(?:(?:[Tt]he\s+)?(?:Government|(?:People[’']s\s+)?Republic|Kingdom|State|Commonwealth|Federation|Sultanate|Principality)\s+of\s+){1,2}(?:the\s+)?$/;

/**
 * A trade framework's or treaty's defined short name after a party: "(United States, or U.S.)",
 * "(the “United States”)", "(“the United States”)", "(El Salvador)".
 */
const DEFINED_NAME =
  '(?:the\\s+)?(?:[“"](?:the\\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^()”"]{0,30}[”"]|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^()]{0,30})';

/** A list joiner, an aside allowed before it ("The United States, subject to …, and Japan"). */
const JOINER = new RegExp(
  `(?:\\s+\\((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.]{0,9}|${DEFINED_NAME})\\))?(?:${ASIDE_SOURCE})?(?:,\\s*and\\s+|\\s+and\\s+|,\\s+)(?:the\\s+)?$`,
);

/**
 * The named actors (a coordinated list) whose last one ends at `end`, and where the subject starts.
 * `serial`: the list's "and" stands after `end` ("A, B, and others", coordinatedSubject.ts), so
 * a bare comma joins from the first member on.
 */
export function actorHitsEndingAt(
  hits: EntityHit[],
  sentenceStart: number,
  end: number,
  left: string,
  serial = false,
) {
  // Walk back over a coordinated list: "Japan and the ROK", "the United States, Japan, and …".
  // A bare comma joins only inside a list that ends in "and" ("for our Alliance, President …"
  // is not a list).
  const list: EntityHit[] = [];
  let position = end;
  let sawAnd = serial;
  // How many members stand after the leftmost bare comma crossed (0: none crossed yet).
  let afterComma = 0;
  for (;;) {
    let hit = hits.find(
      (candidate) =>
        !candidate.nested &&
        !candidate.adjectival &&
        ACTOR_TYPES.has(candidate.type) &&
        candidate.end - sentenceStart === position,
    );
    if (!hit) break;
    // "President Yoon Suk Yeol of the Republic of Korea": the country is part of the official's
    // mention; the official is the one in the list.
    if (hit.type === 'Country') hit = officialOf(hits, sentenceStart, left, hit) ?? hit;
    // An object of a preposition or possessive ("for our Alliance, …") is not in a subject list.
    const lead = left
      .slice(0, hit.start - sentenceStart)
      .replace(FORMAL_STYLE, '')
      .replace(/(?:the\s+)$/i, '');
    // "Key terms of the Agreement between the United States and Ecuador will include:": a list
    // "between" or "among" introduces is that preposition's object whole, never a subject.
    if (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:between|among|amongst)\s+$/i.test(lead)) return undefined;
    // ("In addition to doses financed through COVAX, Australia, India, … will donate": a
    // fronted phrase's object, no member of the list.)
    if (
      list.length > 0 &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:our|their|its|for|of|to|in|with|by|on|at|from|through|via|beyond|under|than)\s+$/i.test(
        lead,
      )
    ) {
      // "The foreign ministers of Japan and South Korea agreed": officials "of" a coordinated
      // list speak for all of it.
      if (OFFICIALS_OF.test(lead)) list.unshift(hit);
      break;
    }
    // "Japan will chair the G7 and the United States will host …": the object of a verb
    // before the joiner belongs to the clause before, not to the subject list.
    if (
      list.length > 0 &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|would|shall|can|may|must|to)\s+[a-zß-öø-ɏḀ-ỿ]+\s+$/.test(lead)
    )
      break;
    // "Russia's war of aggression against Ukraine continues to …": the object of a preposition
    // ends a noun phrase, it is no subject ("the Government of Japan" still is); so does a place
    // ("additional production in India will come on line": a forecast about a thing, not India's
    // undertaking).
    if (
      list.length === 0 &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:against|towards?|toward|into|upon|over|from|in|at|across|within|throughout)\s+$/i.test(
        lead,
      )
    )
      break;
    // "many other supporters of Ukraine will assist": a country after a plural common noun's "of"
    // completes that noun, which is the subject (gold 2024-07-09); "The foreign ministers of
    // Japan and …" are its officials (OFFICIALS_OF), "the Government of Japan" is the country,
    // and "The members of the Security Council" stand for a body, no country.
    if (
      list.length === 0 &&
      hit.type === 'Country' &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[a-zß-öø-ɏḀ-ỿ]+s\s+of\s+$/.test(lead) &&
      !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])members\s+of\s+$/.test(lead) &&
      !OFFICIALS_OF.test(lead)
    )
      break;
    list.unshift(hit);
    // "President Biden and President Yoon": a title before a coordinated name is part of it.
    // ("President Biden and His Majesty King Abdullah II": a royal style before the title too.)
    const before = untitled(left.slice(0, hit.start - sentenceStart), hit.type === 'Official')
      .replace(ROYAL_STYLE, '')
      .replace(FORMAL_STYLE, '');
    // "… of the United States of America (U.S.) and President Yoon …": a defined acronym may
    // stand before the joiner.
    const joiner = JOINER.exec(before);
    const isAnd = joiner ? /and/.test(joiner[0]) : false;
    if (!joiner || (!isAnd && !sawAnd)) break;
    // "Given the threat from Russia and the DPRK, the United States and Japan will …": a list has
    // one "and", before its last member; a second one before a bare comma opens another list (a
    // fronted frame's object), so the subject is what stands after that comma.
    if (isAnd && afterComma > 0) {
      list.splice(0, list.length - afterComma);
      break;
    }
    if (!isAnd) afterComma = list.length;
    sawAnd ||= isAnd;
    position = before.length - joiner[0].length;
  }
  if (list.length === 0) return undefined;
  const first = list[0]!.start - sentenceStart;
  const article = /(?:^|\s)(?:the\s+)$/i.exec(left.slice(0, first));
  return {
    list,
    start: article ? first - article[0].length + (article[0].startsWith(' ') ? 1 : 0) : first,
  };
}

/**
 * The text before a name without its title, the title's capitalised modifiers included: "…, and
 * National Security Adviser " and "…, Foreign Minister " end in their joiner once the title goes
 * (titles.json holds a title's head word: "Adviser", "Minister").
 */
function untitled(text: string, official: boolean): string {
  const bare = text.replace(TITLE_BEFORE, '');
  if (bare !== text) return bare.replace(/(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\s+)+$/, '');
  // "…, and Under Secretary of State ": a title with a complement, before a person's name only.
  return (official && withoutComplementedTitle(text)) || text;
}

/** The official a country follows as "NAME of (the) COUNTRY". */
function officialOf(hits: EntityHit[], sentenceStart: number, left: string, country: EntityHit) {
  // ("President Gustavo Petro Urrego of the Republic of Colombia": the country's formal style too.)
  const before = left.slice(0, country.start - sentenceStart).replace(FORMAL_STYLE, '');
  const gap = /,?\s+of\s+(?:the\s+)?$/.exec(before);
  if (!gap) return undefined;
  return hits.find(
    (candidate) => candidate.type === 'Official' && candidate.end - sentenceStart === gap.index,
  );
}
