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
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.quotedKinds.join('|')})s?${NAMING}?,? ["“‘]([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^"”’]{1,60}?)[,.]?["”’]`,
  'g',
);
/**
 * "a new economic development project called Southern Mexico Generating Employment and
 * Sustainability (SURGES)": after a naming participle the capitalised run is the name, unquoted
 * and with no head noun of its own; the participle is what says it is a name.
 */
const CALLED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${NAME_RULES.quotedKinds.join('|')})${NAMING} ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?: (?:(?:${NAME_RULES.joiners.join('|')}|the) )*[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*)*)`,
  'g',
);

/**
 * `the “One Billion Trees” initiative`: a quoted name before its lowercase kind is named with
 * it, as the gold names the thing ("One Billion Trees initiative").
 */
const QUOTED_BEFORE_KIND = new RegExp(
  `["“]([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^"”]{1,60}?)["”] (${[...new Set([...NAME_RULES.lowercaseHeads, ...NAME_RULES.quotedKinds])].join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'g',
);

/** `exercise "Freedom Edge"`: a quoted name after (or before) the kind of thing it is. */
export function findQuotedPrograms(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // Each pattern needs a quote or a naming word, which a plain search finds faster than the
  // pattern's own scan (its leading look-behind makes the engine try every position): most
  // sentences have neither and are spared the scans.
  const quoted = text.includes('"') || text.includes('“');
  const pattern = QUOTED;
  pattern.lastIndex = 0;
  const quotes = quoted || text.includes('‘');
  for (let match = quotes ? pattern.exec(text) : null; match; match = pattern.exec(text)) {
    const name = match[1]!;
    const at = match.index + match[0].indexOf(name);
    out.push(candidateAt('Program', name, at + offset, 'phrase'));
  }
  CALLED.lastIndex = 0;
  const naming = NAME_RULES.namingWords.some((word) => text.includes(word));
  for (let match = naming ? CALLED.exec(text) : null; match; match = CALLED.exec(text)) {
    const name = match[1]!;
    // One word ("called Artemis") is left to the lexicon: too often a place or a person.
    if (!name.includes(' ')) continue;
    out.push(
      candidateAt('Program', name, match.index + match[0].length - name.length + offset, 'phrase'),
    );
  }
  QUOTED_BEFORE_KIND.lastIndex = 0;
  const kind = QUOTED_BEFORE_KIND;
  for (let match = quoted ? kind.exec(text) : null; match; match = kind.exec(text)) {
    const name = `${match[1]!.replace(/[,.]$/, '')} ${match[2]!}`;
    const hit = candidateAt('Program', match[0], match.index + offset, 'phrase', name);
    out.push({ ...hit, name });
  }
  return out;
}
