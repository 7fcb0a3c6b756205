/**
 * Officials listed after "counterpart(s)": each "Name of Country" is an official of that country
 * (split from officials.ts, which runs it first).
 */
import type { Lexicon } from '../lexicon';
import { HEAD_TYPES } from '../rules/names';
import { lexiconEntityOf, officialCandidate } from './officialLookup';
import { cleanName } from './officialName';
import type { Compiled } from './officialPatterns';
import type { OfficialFinding } from './officials';

/**
 * "met with his national security advisor counterparts Akiba Takeo of Japan, Cho Tae-yong of the
 * ROK, and Eduardo Año of the Philippines": after "counterpart(s)", each "Name of Country" in the
 * list is an official of that country; the words before "counterparts" are the title.
 */
const COUNTERPARTS =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:his|her|their|its) )?((?:[\p{Ll}-]+ ){0,4})counterparts?,? /gu;

export function findCounterparts(
  compiledPatterns: Compiled,
  lexicon: Lexicon,
  text: string,
  offset: number,
): OfficialFinding[] {
  const { countryByAlias, counterpartItem: item } = compiledPatterns;
  const out: OfficialFinding[] = [];
  // The pattern needs the word; most sentences lack it, and the scan tries every word boundary.
  if (!text.includes('counterpart')) return out;
  COUNTERPARTS.lastIndex = 0;
  for (let list = COUNTERPARTS.exec(text); list; list = COUNTERPARTS.exec(text)) {
    const title = list[1]!.trim() || 'counterpart';
    item.lastIndex = list.index + list[0].length;
    for (let match = item.exec(text); match; match = item.exec(text)) {
      const name = cleanName(match[1]!);
      const nameStart = match.indices![1]![0];
      const known = lexiconEntityOf(lexicon, name);
      if (countryByAlias.has(name) || (known && known.type !== 'Official')) break;
      if (HEAD_TYPES.has(name.slice(name.lastIndexOf(' ') + 1))) break;
      const countryId = countryByAlias.get(match[2]!);
      out.push({
        candidate: officialCandidate(known, name, nameStart + offset),
        title,
        ...(countryId ? { countryId } : {}),
        span: { start: nameStart + offset, end: match.indices![2]![1] + offset },
      });
    }
  }
  return out;
}
