/**
 * Bodies named inside a list of countries ("Australia, Brazil, …, Estonia, European Union,
 * France, …", "the Dominican Republic, Egypt, …, INTERPOL, Ireland, …") are members of the same
 * list, so parties alongside the countries; a body named elsewhere in the sentence ("… condemn
 * the attack on the IAEA's inspectors") is what the sentence is about, not a party.
 */
import { GROUPS } from './commitments/groups';
import { alternation } from './rules/titles';
import type { EntityHit } from './types';

/** What separates two items of one list: a comma or "and", an article at most. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/**
 * The countries among `hits`, each body coordinated with at least two of them in one list kept
 * too, in text order. `text` starts at `offset` in the hits' coordinates.
 */
export function countriesWithListedBodies(
  hits: readonly EntityHit[],
  text: string,
  offset: number,
): string[] {
  const items = hits
    .filter(
      (h) =>
        (h.type === 'Country' || h.type === 'Organization' || h.type === 'Region') && !h.adjectival,
    )
    .sort((a, b) => a.start - b.start);
  const kept = new Set<string>();
  let run: EntityHit[] = [];
  const close = () => {
    const countries = run.filter((h) => h.type === 'Country').length;
    run.forEach((h, i) => {
      // "Fiji, French Polynesia, Nauru, New Caledonia, Palau": a territory's government listed
      // between two signatory countries signs with them (gold 2022-09-29, typed Region as Taiwan
      // is); a region ending or opening the list ("…, and the Indo-Pacific") is what it is about.
      const between =
        h.type !== 'Region' || (run[i - 1]?.type === 'Country' && run[i + 1]?.type === 'Country');
      if (between && (h.type === 'Country' || countries >= 2)) kept.add(h.entityId);
    });
    run = [];
  };
  for (const hit of items) {
    const last = run[run.length - 1];
    if (last && !LIST_GAP.test(text.slice(last.end - offset, hit.start - offset))) close();
    run.push(hit);
  }
  close();
  return [...kept];
}

/**
 * "met with his counterparts from …", "with the Presidents of …", "The National Security Advisors
 * of …": unnamed officials of the countries that follow — any plural official noun of
 * data/rules/groups.json `officialNouns`, not "counterparts" alone (gold 2023-09-19 C5+1,
 * 2021-05-24 Pakistan, 2024-07-11 Indo-Pacific partners).
 */
const COUNTERPARTS_FROM = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(GROUPS.officialNouns)})\\s+(?:from|of)\\s+`,
  'gi',
);

/** "we, the", "we – the" (and a rank word or two) right before the official noun. */
const WE_APPOSITIVE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Ww][Ee]\s*[,–—-]\s*(?:the\s+)?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,3}$/;

/** How far the list may start after "counterparts from" ("NATO Allies Estonia, …"). */
const LIST_LEAD = /^(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*\s+){0,3}$/;

/**
 * "Jake Sullivan met today with his counterparts from NATO Allies Estonia, Latvia, and
 * Lithuania": unnamed counterparts from listed countries took part, as their countries, so "They"
 * and "The Allies" are the convener with those countries.
 */
export function counterpartCountries(
  hits: readonly EntityHit[],
  text: string,
  offset: number,
): string[] {
  const out: string[] = [];
  for (const from of text.matchAll(COUNTERPARTS_FROM)) {
    // "we, the Heads of Government of India, …": the speakers themselves (WE_APPOSITIVE), no
    // counterparts (gold 2022-07-14 I2U2, 2023-09-21 C5+1 joint statement).
    if (WE_APPOSITIVE.test(text.slice(0, from.index))) continue;
    const after = from.index + from[0].length;
    const countries = hits
      .filter(
        (h) => h.type === 'Country' && !h.adjectival && !h.nested && h.start - offset >= after,
      )
      .sort((a, b) => a.start - b.start);
    const first = countries[0];
    if (!first || !LIST_LEAD.test(text.slice(after, first.start - offset))) continue;
    let previous = first;
    out.push(first.entityId);
    for (const next of countries.slice(1)) {
      if (!LIST_GAP.test(text.slice(previous.end - offset, next.start - offset))) break;
      out.push(next.entityId);
      previous = next;
    }
  }
  return [...new Set(out)];
}

/**
 * "U.S.-EU Joint Statement of the Trade and Technology Council": a meeting "co-chaired by" the two
 * sides' officials and "joined by … Jamaica Minister … Floyd Green": where the title names two
 * sides or more and the officials' countries include one of them, a country the title names no
 * side of (nor a grouping holding it) is a guest, no signatory (gold 2022-12-05: every "we" is
 * [United States, European Union]). The sides the title names and the officials miss are added
 * after (addSides).
 */
export function withoutGuests(
  signatories: readonly string[],
  sides: readonly string[],
  members: ReadonlyMap<string, readonly string[]>,
): string[] {
  const named = (id: string) =>
    sides.includes(id) || sides.some((side) => members.get(side)?.includes(id));
  if (sides.length < 2 || !signatories.some(named)) return [...signatories];
  return signatories.filter(named);
}

/** A list's gap where a name's head stands outside its hit ("…, the Republic of Cyprus"). */
const NAMED_GAP =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:Republic|Kingdom|State|Government)\s+of\s+(?:the\s+)?)?$/;

/** A run's subject position: the sentence's opening or a fronted adjunct's comma, "the" at most. */
const SUBJECT_OPENING = /(?:^|,)\s*(?:the\s+)?$/i;
/** The run's verb right after it, and the predicate speaking as "our"/"we". */
const FIRST_PERSON_PREDICATE =
  /^\s+(?!(?:and|or|of|the)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ][^.;]*?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:our|we)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "That is why today, the European Commission, Germany, Greece, …, and the United States
 * announce our intent to …": a subject listing three parties or more whose predicate speaks as
 * "our"/"we" names who "we" is, the parties the title names and those it leaves out (gold
 * 2024-03-08: nine signatories, five in the title; "As leaders of A, B, and C, …, we …" is the
 * appositive's reading). The list's countries and bodies, in text order, else none.
 */
export function firstPersonList(
  hits: readonly EntityHit[],
  text: string,
  offset: number,
): string[] {
  const items = hits
    .filter(
      (h) => (h.type === 'Country' || h.type === 'Organization') && !h.adjectival && !h.nested,
    )
    .sort((a, b) => a.start - b.start);
  let run: EntityHit[] = [];
  const speaks = () =>
    run.length >= 3 &&
    SUBJECT_OPENING.test(text.slice(0, run[0]!.start - offset)) &&
    FIRST_PERSON_PREDICATE.test(text.slice(run[run.length - 1]!.end - offset));
  for (const hit of items) {
    const last = run[run.length - 1];
    if (last && !NAMED_GAP.test(text.slice(last.end - offset, hit.start - offset))) {
      if (speaks()) break;
      run = [];
    }
    run.push(hit);
  }
  return speaks() ? [...new Set(run.map((h) => h.entityId))] : [];
}
