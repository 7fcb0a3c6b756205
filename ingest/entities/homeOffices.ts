/**
 * The government an official's title places it in when the text states no country: the archive
 * is White House releases, so a U.S. executive office ("Under Secretary of State Uzra Zeya",
 * "Principal Deputy National Security Advisor Jon Finer", "NSC Senior Director …") is the United
 * States' (data/rules/titles.json `homeOffices`). A stated country always wins over this default
 * (officialAttributes.ts applies it last); an international body or a foreign rank in the title
 * vetoes it ("UN Special Envoy", "Deputy Minister").
 */
import type { Lexicon } from '../lexicon';
import { alternation, TITLE_RULES } from '../rules/titles';
import { matchLexicon } from './matchLexicon';

const HOME = TITLE_RULES.homeOffices;
const HOME_ID = `country:${HOME.country.toLowerCase()}`;
const BODY = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(HOME.bodies)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'u',
);
/** Any rank: "Secretary of Defense", "Deputy Secretary of the Treasury", "Under Secretary of State". */
const DEPARTMENT = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])Secretary of (?:${alternation(HOME.departments)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
/** "DHS Secretary", "Homeland Security Assistant Secretary" ("State Secretary" is a German rank). */
const FRONT_DEPARTMENT = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(HOME.frontDepartments)}) (?:(?:Deputy|Under|Assistant|Principal) )*Secretary(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
const OFFICE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(HOME.offices)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ-])`,
  'u',
);
const VETO = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(HOME.vetoes)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);
/** "Ambassador to Germany": the country after "to" is the posting, not the one represented. */
const POSTING = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Ambassador(?:-designate)? to (?:the )?/;

/** The title with an ambassador's posting cut off ("U.S. Ambassador to Japan" → "U.S. "). */
export function withoutPosting(title: string): string {
  const posting = POSTING.exec(title);
  return posting ? title.slice(0, posting.index) : title;
}

/**
 * The United States' id when `title` is a U.S. executive office and names no other government
 * or international body (a country the caller found stated beats this), else undefined.
 */
export function homeCountryOfTitle(lexicon: Lexicon, title: string): string | undefined {
  if (!title || VETO.test(title)) return undefined;
  if (
    !(
      BODY.test(title) ||
      DEPARTMENT.test(title) ||
      FRONT_DEPARTMENT.test(title) ||
      OFFICE.test(title)
    )
  )
    return undefined;
  const posting = POSTING.exec(title);
  for (const hit of matchLexicon(lexicon, title, 0)) {
    // A body of the U.S. government names no other; a posting abroad is where, not whom.
    if (BODY.test(hit.text)) continue;
    const posted = posting !== null && hit.start >= posting.index + posting[0].length;
    if (hit.type === 'Country' && hit.entityId === HOME_ID) {
      // "Ambassador to the United States": a foreign envoy.
      if (posted) return undefined;
      continue;
    }
    if (posted && hit.type === 'Country') continue;
    if (hit.type === 'Country' || hit.type === 'Organization') return undefined;
  }
  return HOME_ID;
}
