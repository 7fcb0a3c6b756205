/**
 * Appositive titles after a name ("Björn Seibert, Head of Cabinet of …", "Akiba Takeo, Secretary
 * General of Japan’s National Security Secretariat"): whether a long free one is a title at all,
 * and how far a title reaches when the country owns the body after it. Read by officials.ts.
 */
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
