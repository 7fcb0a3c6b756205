/**
 * Programmes named by quotation or a naming participle rather than by a head noun: `exercise
 * "Freedom Edge"`, "a project called Southern Mexico Generating Employment …", `the “One Billion
 * Trees” initiative`. Separate from namedPhrases.ts (capitalised runs typed by their head noun):
 * here the quotes or the participle, not the words, say a name stands there.
 */
import { NAME_RULES } from '../rules/names';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

/** "a program titled", "a project called": a naming participle between the kind and its name. */
const NAMING = `(?:,? (?:${NAME_RULES.namingWords.join('|')}))`;
const QUOTED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.quotedKinds.join('|')})s?${NAMING}?,? ["“‘](\\p{Lu}[^"”’]{1,60}?)[,.]?["”’]`,
  'gu',
);
/**
 * "a new economic development project called Southern Mexico Generating Employment and
 * Sustainability (SURGES)": after a naming participle the capitalised run is the name, unquoted
 * and with no head noun of its own; the participle is what says it is a name.
 */
const CALLED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.quotedKinds.join('|')})${NAMING} (\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?: (?:(?:${NAME_RULES.joiners.join('|')}|the) )*\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*)*)`,
  'gu',
);

/**
 * `the “One Billion Trees” initiative`: a quoted name before its lowercase kind is named with
 * it, as the gold names the thing ("One Billion Trees initiative").
 */
const QUOTED_BEFORE_KIND = new RegExp(
  `["“](\\p{Lu}[^"”]{1,60}?)["”] (${[...new Set([...NAME_RULES.lowercaseHeads, ...NAME_RULES.quotedKinds])].join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'gu',
);

/** `exercise "Freedom Edge"`: a quoted name after (or before) the kind of thing it is. */
export function findQuotedPrograms(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const pattern = QUOTED;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = match[1]!;
    const at = match.index + match[0].indexOf(name);
    out.push(candidateAt('Program', name, at + offset, 'phrase'));
  }
  CALLED.lastIndex = 0;
  for (let match = CALLED.exec(text); match; match = CALLED.exec(text)) {
    const name = match[1]!;
    // One word ("called Artemis") is left to the lexicon: too often a place or a person.
    if (!name.includes(' ')) continue;
    out.push(
      candidateAt('Program', name, match.index + match[0].length - name.length + offset, 'phrase'),
    );
  }
  QUOTED_BEFORE_KIND.lastIndex = 0;
  for (let match = QUOTED_BEFORE_KIND.exec(text); match; match = QUOTED_BEFORE_KIND.exec(text)) {
    const name = `${match[1]!.replace(/[,.]$/, '')} ${match[2]!}`;
    const hit = candidateAt('Program', match[0], match.index + offset, 'phrase', name);
    out.push({ ...hit, name });
  }
  return out;
}
