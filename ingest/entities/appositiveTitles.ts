/**
 * Appositive titles after a name ("Björn Seibert, Head of Cabinet of …", "Akiba Takeo, Secretary
 * General of Japan’s National Security Secretariat"): whether a long free one is a title at all,
 * and how far a title reaches when the country owns the body after it. Read by officials.ts.
 */
import { isGivenName } from '../rules/givenNameList';
import { HEAD_TYPES } from '../rules/names';
import { TITLE_WORDS } from '../rules/titles';
import { TITLE_HEAD, TITLE_JOINERS } from './officialPatterns';

/**
 * A long appositive title holds a title word and ends in one ("Executive Director") or names a
 * remit ("Head of Cabinet of …", "Senior Advisor for Energy Security"): "Camp David, President
 * Biden …" is a place before a titled person, not a person with the title "President Biden".
 */
export function isLongTitle(title: string): boolean {
  if (!TITLE_HEAD.test(title)) return false;
  const last = title.slice(title.lastIndexOf(' ') + 1);
  return TITLE_WORDS.has(last) || / (?:of|for|to|at|on) /.test(title);
}

/**
 * "Dr. Rahul Gupta, Deputy Attorney General Lisa Monaco, …": in a delegation list the free title
 * after a name can run on into the next titled person; a title whose last two to four words are
 * a given name and capitalised name words, after a title word and glued to a capitalised word
 * ("Deputy Assistant Secretary of INL Charisse Phillips"), holds a person, so it is no
 * appositive title (the "Title Name" pattern then finds that person, and "Monaco" no country).
 */
export function endsInTitledPerson(title: string): boolean {
  const words = title.split(' ');
  // "NSC Coordinator for the Los Angeles Declaration": a remit that ends in a document's or a
  // body's head names that thing, not a person ("Angeles" is a given name too). Place heads
  // ("Hill", "Park") stay possible surnames.
  const headType = HEAD_TYPES.get(words[words.length - 1]!);
  if (headType !== undefined && headType !== 'Region') return false;
  for (let size = 2; size <= 4 && size < words.length; size++) {
    const at = words.length - size;
    if (!words.slice(at).every((word) => /^[\p{Lu}À-Þ]/u.test(word))) return false;
    // "… to the Republic of Sierra Leone": after a joiner the words are a place or body.
    if (TITLE_JOINERS.has(words[at - 1]!)) continue;
    if (isGivenName(words[at]!) && words.slice(0, at).some((word) => TITLE_WORDS.has(word)))
      return true;
  }
  return false;
}

/**
 * "Akiba Takeo, Secretary General of Japan’s National Security Secretariat": the body the
 * country owns after the appositive title is part of the title, not a name of its own (gold
 * conventions, session 7); the country stays the official's.
 */
export function countrysBodyInTitle(
  text: string,
  match: RegExpExecArray,
  end: number,
  offset: number,
) {
  const body = /^[’']s(?: \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*)+/u.exec(text.slice(end));
  if (!body) return {};
  return {
    titleList: { start: match.indices![2]![0] + offset, end: end + body[0].length + offset },
  };
}
