/**
 * "Director of the National Economic Council Brian Deese", "President of the European Council
 * Michel", "Chair of the Federal Trade Commission Lina Khan": a title, "of", the body the office
 * belongs to and the person's name, with no comma between body and name. The patterns of
 * officialPatterns.ts take a country after "of", never a body, so the phrase finder made one
 * Organization of body and person ("Gender Policy Council Jennifer Klein") and the official was
 * lost (archive, sealed out: ~60 such titles, most before a White House council, a US agency or
 * an EU institution).
 *
 * The capitalised words after "of" hold both names: the body ends at the first Organization head
 * ("Council", "Administration", "Army") that one to four capitalised words follow up to a comma, a
 * full stop or a lowercase word: those are the person. The body stays part of the title (gold
 * conventions, session 7: a body named only inside an official's title is not declared).
 */
import type { Lexicon } from '../lexicon';
import { HEAD_TYPES } from '../rules/names';
import { alternation, TITLE_RULES, TITLE_WORDS } from '../rules/titles';
import { countryInTitle, lexiconEntityOf, officialCandidate } from './officialLookup';
import { LETTER, PARTICLE, TITLE_BODY, UPPER, writesTitleHead } from './officialPatterns';
import type { OfficialFinding } from './officials';

interface TitledByBody {
  /** "Director of the National Economic Council". */
  title: string;
  name: string;
  /** Offsets in the searched text (not yet shifted into the document). */
  nameStart: number;
  start: number;
  end: number;
}

const WORD = `(?:[${UPPER}][${LETTER}’'-]*|(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.){2,})`;
/** The Organization heads ("Council", "Coast Guard"), longest first. */
const ORG_HEADS = [...HEAD_TYPES]
  .filter(([, type]) => type === 'Organization')
  .map(([head]) => head)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Never a person's name word: a joiner, a word of titles and bodies, an honorific or a courtesy. */
const NOT_NAME = alternation([
  'of',
  'for',
  'and',
  'on',
  'the',
  'The',
  'Honorable',
  'Mr',
  'Ms',
  'Mrs',
  ...TITLE_RULES.notNames,
]);
const NAME_WORD = `(?!(?:${NOT_NAME})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[${UPPER}][${LETTER}’'-]+`;
/**
 * Title, "of", the body up to its first Organization head that a name follows, the name (a
 * middle initial allowed) up to punctuation, a lowercase word or the end.
 */
const TITLE_OF_BODY = new RegExp(
  `(${TITLE_BODY} of (?:the )?((?:(?:${WORD}|of|for|and|on|the) ){0,8}?(?:${ORG_HEADS}))) (${NAME_WORD}(?: (?:${PARTICLE}?${NAME_WORD}|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]\\.)){0,3})(?=[,;:)’']|\\.(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])| [a-zß-öø-ɏḀ-ỿ]|$)`,
  'dg',
);

function titledByBody(text: string): TitledByBody[] {
  // The pattern holds a capitalised title head (TITLE_BODY): without one it cannot match.
  if (!text.includes(' of ') || !writesTitleHead(text)) return [];
  const out: TitledByBody[] = [];
  TITLE_OF_BODY.lastIndex = 0;
  for (let match = TITLE_OF_BODY.exec(text); match; match = TITLE_OF_BODY.exec(text)) {
    const name = match[3]!;
    const words = name.split(' ');
    // A head or a title word among them is more of the body, or another title.
    if (words.some((word) => HEAD_TYPES.has(word) || TITLE_WORDS.has(word))) continue;
    // "Chairman of the Board of Navy Pier": one word after a body's complement is the rest of
    // a place's name; a surname alone follows a body of its own words ("European Council Michel").
    if (words.length === 1 && / of /.test(match[2]!)) continue;
    const nameStart = match.indices![3]![0];
    out.push({
      title: match[1]!,
      name,
      nameStart,
      start: match.index,
      end: nameStart + name.length,
    });
  }
  return out;
}

/** "Director of the National Economic Council Brian Deese" (titleOfBody.ts). */
export function findTitledByBody(
  lexicon: Lexicon,
  countryByAlias: ReadonlyMap<string, string>,
  introduced: ReadonlySet<string>,
  text: string,
  offset: number,
): OfficialFinding[] {
  return titledByBody(text).flatMap(({ title, name, nameStart, start, end }) => {
    const known = lexiconEntityOf(lexicon, name);
    if (countryByAlias.has(name) || (known && known.type !== 'Official')) return [];
    // A surname alone ("… European Council Michel") only of an official known or named before.
    if (!name.includes(' ') && !known && !introduced.has(name)) return [];
    const countryId = countryInTitle(lexicon, title);
    const candidate = officialCandidate(known, name, nameStart + offset);
    const span = { start: start + offset, end: end + offset };
    return [{ candidate, title, ...(countryId ? { countryId } : {}), span }];
  });
}
