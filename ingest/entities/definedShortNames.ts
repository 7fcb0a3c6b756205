/**
 * Short names defined in parentheses right after a body's full name — "the Quad Senior Cyber
 * Group (the Group)", "a … Transformation Compact (the Compact)", "(“the Agreement”)", "(the
 * “Fund”)", "(hereinafter “the Taskforce”)" — and their later uses ("The Group discussed …"):
 * each is a hit of the full name's entity, so a later "the Group" is that body, as an actor or in
 * an `about` (gold conventions: the short name is an alias, "Group" in the Quad cyber statement).
 * definedAcronyms.ts does the same for a bare acronym ("(ITAR)"); this reads the worded forms it
 * leaves. The document's short names so far are kept in `shortNames` (recogniseSentence.ts calls
 * this once per sentence, in text order).
 */
import type { SegmentedSentence } from '../segment';
import { pushLaterUses } from './definedAcronyms';
import type { Candidate } from './matchLexicon';
import { overlaps } from './selectCandidates';

const CAP = 'A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ';
const WORD = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';
/** One capitalised word of a short name ("Group", "Taskforce", "U.S.-India"). */
const NAME_WORD = `[${CAP}][${WORD}0-9’'.&-]*`;

/**
 * " (the Group)", " (the “Fund”)", " (“the Agreement”)", " (“Americas Partnership”)", " (hereinafter
 * referred to as “the Taskforce”)": group 1 is "the" when the definition has it (later uses then
 * need it too), group 2 the short name, at most four words.
 */
const DEFINITION = new RegExp(
  `^ \\((?:hereinafter (?:referred to as |called )?)?[“"]?(the |The )?[“"]?(${NAME_WORD}(?: ${NAME_WORD}){0,3})[”"]?\\)`,
);

/** Places, people and bare topics take no short name: "(the “United States”)" is the lexicon's. */
const TAKES_SHORT_NAME: ReadonlySet<string> = new Set([
  'Organization',
  'Program',
  'Instrument',
  'Event',
]);

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s‑–-]+/)
    .map((word) => word.replace(/[’']s$|[,.;:]+$/u, ''));
}

/**
 * A short form, not a new name: each of its words is a word of the full name ("Group" of "Quad
 * Senior Cyber Group", "Framework Agreement" of "Framework on an Agreement on …"). A collective
 * ("Fannie Mae and Freddie Mac (the Enterprises)", "(the “Participants”)") or a renaming
 * ("TRUST (“Transforming the Relationship …”)") is not the name before it.
 */
function shortensName(short: string, full: string): boolean {
  const words = new Set(wordsOf(full));
  return wordsOf(short).every((word) => words.has(word));
}

/** The document's short names so far: each one's first hit, and whether "the" must precede it. */
export type ShortNames = Map<string, { model: Candidate; definite: boolean }>;

/** The short-name hits of one sentence, given its chosen hits; records new definitions. */
export function definedShortNames(
  text: string,
  sentence: SegmentedSentence,
  chosen: readonly Candidate[],
  shortNames: ShortNames,
): Candidate[] {
  const extra: Candidate[] = [];
  const sentenceEnd = sentence.start + sentence.text.length;
  for (const hit of chosen) {
    if (!TAKES_SHORT_NAME.has(hit.type) || hit.adjectival) continue;
    const defined = DEFINITION.exec(text.slice(hit.end, hit.end + 120));
    if (!defined) continue;
    const short = defined[2]!;
    if (short === hit.text || !shortensName(short, hit.text)) continue;
    const at = hit.end + defined[0].indexOf(short, 2);
    // The definition must lie in this sentence, or its offsets would point outside it.
    if (at + short.length > sentenceEnd) continue;
    if (chosen.some((other) => overlaps(other, { start: at, end: at + short.length }))) continue;
    const candidate: Candidate = { ...hit, start: at, end: at + short.length, text: short };
    extra.push(candidate);
    shortNames.set(short, { model: candidate, definite: defined[1] !== undefined });
  }
  for (const [short, { model, definite }] of shortNames) {
    // Its pattern is built for a sentence that has the short name at all (most have none).
    if (!sentence.text.includes(short)) continue;
    const escaped = short.replace(/[.+]/g, '\\$&');
    const pattern = new RegExp(
      `${definite ? `(?<=(?<![${WORD}])[Tt]he )` : `(?<![${WORD}0-9])`}${escaped}(?![${WORD}0-9-])(?! [${CAP}])`,
      'g',
    );
    pushLaterUses(sentence, pattern, model, chosen, extra);
  }
  return extra;
}
