/**
 * A person's role written as a capitalised run, with no person's name after it (appointment
 * announcements and biographies: "She is CEO of NCR Corporation", "a former District Court
 * Judge"). The head-noun typer reads the body in the role's complement as the run's head and
 * would declare "CEO of NCR Corporation" an Organization; the role is no body. Role words are
 * data (data/rules/names.json `personRoles`).
 */

import { NAME_RULES } from '../rules/names';
import { CONNECTORS, classify } from './nameHeads';

/** Whether every word is a role or a role's modifier, with at least one role. */
function allRole(words: string[]): boolean {
  return (
    words.length > 0 &&
    words.some((word) => NAME_RULES.personRoles.has(word)) &&
    words.every((word) => NAME_RULES.personRoles.has(word) || NAME_RULES.roleModifiers.has(word))
  );
}

/**
 * Where the body named in a role's complement starts ("CEO of NCR Corporation" → 10, "President
 * and CEO of the American Bureau of Shipping" → past "the "); 0 when the name opens with no role,
 * or -1 when it is a role alone ("Assistant Secretary of the Army" leaves "Army", no name of its
 * own kind: the caller's head typer decides), or ends in one ("District Court Judge", "World Bank
 * President": the role of a body, not the body).
 */
export function roleOpening(name: string): number {
  const words = name.split(' ');
  // "and" joins two roles ("President and CEO of …"); the complement opens at another connector.
  const connector = words.findIndex((word) => word !== 'and' && CONNECTORS.has(word));
  if (connector > 0 && allRole(words.slice(0, connector))) {
    let at = words.slice(0, connector + 1).join(' ').length + 1;
    if (name.startsWith('the ', at)) at += 4;
    // "Assistant Superintendent of Special Education in the Office of …": the role's remit, then
    // the body that employs it.
    const host = name.indexOf(' in the ', at);
    if (host > 0 && classify(name.slice(host + 8)) === 'Organization') at = host + 8;
    return at < name.length ? at : -1;
  }
  // "Executive Office of the President", "Office of White House Counsel": a role in an office's
  // or a body's complement is its holder, and the body is named by its own head.
  const last = words[words.length - 1]!;
  const holder = words[0] === 'Office' || name.includes(' of the ');
  return words.length > 1 && NAME_RULES.personRoles.has(last) && !holder ? -1 : 0;
}
