/**
 * Appositive titles after a name ("Björn Seibert, Head of Cabinet of …", "Akiba Takeo, Secretary
 * General of Japan’s National Security Secretariat"): whether a long free one is a title at all,
 * and how far a title reaches when the country owns the body after it. Read by officials.ts.
 */
import { GIVEN_NAMES } from '../rules/givenNameList';
import { TITLE_WORDS } from '../rules/titles';
import { TITLE_HEAD } from './officialPatterns';

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
 * after an honorific name can run on into the next titled person; a title that ends in a title
 * word followed by a given name and one to three capitalised words holds a person, so it is no
 * appositive title (the "Title Name" pattern then finds that person, and "Monaco" no country).
 */
export function endsInTitledPerson(title: string): boolean {
  const words = title.split(' ');
  let last = -1;
  for (let i = 0; i < words.length; i++) if (TITLE_WORDS.has(words[i]!)) last = i;
  const rest = words.slice(last + 1);
  return (
    last >= 0 &&
    rest.length >= 2 &&
    rest.length <= 4 &&
    GIVEN_NAMES.has(rest[0]!) &&
    rest.every((word) => /^[A-Z]/.test(word))
  );
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
  const body = /^[’']s(?: [A-Z][\w-]*)+/.exec(text.slice(end));
  if (!body) return {};
  return {
    titleList: { start: match.indices![2]![0] + offset, end: end + body[0].length + offset },
  };
}
