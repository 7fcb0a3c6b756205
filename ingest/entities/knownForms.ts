/**
 * Forms of the entities an extraction already has, which the learnt name finder must not add
 * again as new entities: a piece of a known name ("Connectivity Program" of the known "Affordable
 * Connectivity Program", "Ministry of Education" of "Ministry of Education and Training"), and a
 * known name's acronym or long form ("EPA" beside "Environmental Protection Agency", "Asia Pacific
 * Economic Cooperation" beside "APEC"). On 300 unheld statements these were a third of the
 * finder's wrong additions (session 50): each is the known entity again, not a new one.
 */
import { wordsOf } from './learntWords';

/** An acronym as statements write it: capitals (and digits) only, maybe a plural 's'. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+s?$/u;

/** The initials of a name's capitalised words ("Historically Black Colleges and Universities" → HBCU). */
function initials(name: string): string {
  const caps = wordsOf(name).filter((w) => w.kind === 'cap');
  return caps.length < 2 ? '' : caps.map((w) => w.text[0]).join('');
}

export interface KnownForms {
  /** Whether `text` is a known name's piece, acronym or long form (not the name itself). */
  has(text: string): boolean;
}

export function knownForms(names: Iterable<string>): KnownForms {
  // Each name's words once, as " a b c ": a piece is a shorter run of whole words inside it. Read
  // per query rather than listing every piece: the finder asks about a few spans a statement.
  const spaced: string[] = [];
  const acronyms = new Set<string>();
  const longForms = new Set<string>();
  for (const name of names) {
    const words = wordsOf(name);
    spaced.push(` ${words.map((w) => w.text.toLowerCase()).join(' ')} `);
    if (ACRONYM.test(name)) acronyms.add(name.replace(/s$/, ''));
    const caps = words.filter((w) => w.kind === 'cap');
    if (caps.length >= 2) longForms.add(caps.map((w) => w.text[0]).join(''));
  }
  return {
    has: (text) => {
      const key = ` ${wordsOf(text)
        .map((w) => w.text.toLowerCase())
        .join(' ')} `;
      if (spaced.some((name) => name !== key && name.includes(key))) return true;
      if (ACRONYM.test(text) && longForms.has(text.replace(/s$/, ''))) return true;
      const letters = initials(text);
      return letters !== '' && acronyms.has(letters);
    },
  };
}
