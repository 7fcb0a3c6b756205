/**
 * A title with a complement before a coordinated official's name: "… Jake Sullivan and the
 * Secretary of the Russian Security Council Nikolay Patrushev held …", "Daleep Singh and Norwegian
 * Minister of Trade and Industry Jan Christian Vestre signaled …", "Secretary Blinken, Secretary
 * of Defense Austin, and National Security Advisor Sullivan reiterated …". The title's head
 * ("Secretary", "Minister") is followed by an "of/for/to" phrase of capitalised words, which
 * hid the list's joiner from namedList.ts's walk: only the last official was read as the subject,
 * and the others were dropped from its actors (CONVENTIONS §7: the subject decides; every named
 * official of a coordinated subject acts). Gold: 9 commitments in 8 files (readouts, joint and
 * one-party statements) had the whole list.
 */
import { TITLE_BEFORE } from '../rules/titles';

/** A capitalised word of a title or name ("Russian", "U.S.", "DoD’s", "A*STAR"). */
const CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&*-]*";

/**
 * A title's complement at the text's end: "of/for/to (the)" and then capitalised words, the
 * connectors a title's complement holds ("of the Republic of Korea", "of Trade and Industry",
 * "for Western Hemisphere Affairs") and a defined acronym ("(ROK)"). Lowercase content words are
 * never in it: a verb or an object ends it.
 */
const COMPLEMENT = new RegExp(
  `\\s(?:of|for|to)\\s+(?:the\\s+)?(?:(?:${CAPITAL}|\\(${CAPITAL}\\)|(?:of|for|the|and|on)(?=\\s+(?:the\\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))\\s+)*$`,
);

/** The capitalised modifiers before a title's head, "of" phrases included ("Department of State Acting Assistant"). */
const MODIFIERS = new RegExp(`(?:${CAPITAL}\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?)+$`);

/** The complement phrases the text may end in, shortest first (each a start offset). */
function complementStarts(text: string): number[] {
  const starts: number[] = [];
  for (const found of text.matchAll(/\s(?:of|for|to)\s/g)) starts.push(found.index);
  return starts.reverse().filter((start) => COMPLEMENT.test(text.slice(start)));
}

/**
 * The text before a name without a title that has a complement ("…, and Under Secretary of
 * State "), its capitalised modifiers included; `undefined` when the text ends in no such title.
 */
export function withoutComplementedTitle(text: string): string | undefined {
  for (const start of complementStarts(text)) {
    const head = text.slice(0, start + 1);
    const bare = head.replace(TITLE_BEFORE, '');
    if (bare !== head) return bare.replace(MODIFIERS, '');
  }
  return undefined;
}
