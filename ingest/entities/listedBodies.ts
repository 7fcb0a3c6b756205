/**
 * "with generous support from Accenture, Blackstone, Boeing, Google, Mastercard, and Western
 * Digital": a list of four or more bare capitalised names, some of which the lexicon knows as
 * Organizations and none as anything else, is a list of bodies, so the names no lexicon lists
 * and no head noun types are Organizations too (companies named in a row, gold 2021-09-24). A
 * list holding a country, place, person or programme is mixed and names nothing new; so is one
 * where a known name is only part of an item ("Abu Dhabi Ports": is it the place's?).
 */
import { MONTHS } from '../rules/months';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { TITLE_WORDS } from '../rules/titles';
import { candidateAt } from './candidateAt';
import { type ListItem, listItems } from './listItems';
import type { Candidate } from './matchLexicon';

/** One to three capitalised words (a name with no lowercase joiner). */
const ITEM = String.raw`[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'&-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9][\wÀ-ÖØ-öø-ɏḀ-ỿ’'&-]*){0,2}`;
/** Four items or more: three before the last, comma-separated, "and" before the last. */
const LIST = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ’'&.-])(?<![A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'&.-]* )(?:the )?${ITEM}(?:, (?:the )?${ITEM}){2,},? and (?:the )?${ITEM}(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'&-])`,
  'g',
);
const SEPARATOR = /,? and (?:the )?|, (?:the )?/g;
/** Words that open a clause or belong to a title or a date: such an item is no body's name. */
const NOT_NAME: ReadonlySet<string> = new Set([...TITLE_WORDS, ...MONTHS, ...NAME_RULES.openers]);

/** An item no lexicon name touches and no head noun or non-name word marks. */
function unknownBody(item: ListItem, lexical: readonly Candidate[]): boolean {
  const touched = lexical.some(
    (known) => known.type !== 'Topic' && known.start < item.end && item.start < known.end,
  );
  if (touched) return false;
  const words = item.text.split(' ');
  return !HEAD_TYPES.has(words[words.length - 1]!) && !words.some((word) => NOT_NAME.has(word));
}

export function listedBodies(
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate[] {
  if (!text.includes(' and ')) return [];
  // A list has two ", " at least, and is kept only where the lexicon knows one of its items as an
  // Organization: without both, the pattern (tried at every capitalised word) can add nothing.
  const comma = text.indexOf(', ');
  if (comma < 0 || text.indexOf(', ', comma + 2) < 0) return [];
  if (!lexical.some((known) => known.type === 'Organization')) return [];
  const out: Candidate[] = [];
  LIST.lastIndex = 0;
  for (let match = LIST.exec(text); match; match = LIST.exec(text)) {
    const items = listItems(match[0], match.index + offset, SEPARATOR);
    const exact = items.map((item) =>
      lexical.find(
        (known) => known.type !== 'Topic' && known.start === item.start && known.end === item.end,
      ),
    );
    if (!exact.some((known) => known?.type === 'Organization')) continue;
    if (exact.some((known) => known && known.type !== 'Organization')) continue;
    const unknown = items.filter((_, index) => !exact[index]);
    if (!unknown.every((item) => unknownBody(item, lexical))) continue;
    for (const item of unknown)
      out.push(candidateAt('Organization', item.text, item.start, 'phrase'));
  }
  return out;
}
