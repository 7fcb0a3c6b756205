/**
 * "the Biden administration is establishing …", "the Biden-Harris administration's commitment":
 * a President's (and Vice President's) surname before a lowercase "administration" names that
 * administration, an Organization the gold writes capitalised ("Biden Administration", gold 3 of
 * 3 files with the lowercase form, none found before; helpers' sample: 16 uses in 5 files). The
 * capitalised form is found already ("Administration" is a head of data/rules/names.json).
 * The surnames are those of the holders of the White House's offices (officials.json
 * `homeOffices`), so "the Democratic administration" or a minister's "Tax administration" name
 * nothing, and neither does "Obama-Biden administration" while one surname is unknown.
 */
import type { Lexicon } from '../lexicon';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const ADMINISTRATION =
  /(?<![\p{L}\d’'-])([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\p{L}]+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\p{L}]+)?) administration(?![\p{L}\d-])/gu;
/** The offices whose holder's administration it is. */
const OFFICES = new Set(['President', 'Vice President']);

const SURNAMES = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The surnames of the White House's holders, built once per lexicon. */
function holderSurnames(lexicon: Lexicon): ReadonlySet<string> {
  let surnames = SURNAMES.get(lexicon);
  if (!surnames) {
    const found = new Set<string>();
    for (const term of lexicon.homeOffices ?? []) {
      const name = OFFICES.has(term.office) ? lexicon.entities.get(term.entityId)?.name : undefined;
      const surname = name?.split(' ').pop();
      if (surname) found.add(surname);
    }
    surnames = found;
    SURNAMES.set(lexicon, surnames);
  }
  return surnames;
}

export function administrations(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  if (!text.includes(' administration')) return [];
  const surnames = holderSurnames(lexicon);
  const out: Candidate[] = [];
  ADMINISTRATION.lastIndex = 0;
  for (let match = ADMINISTRATION.exec(text); match; match = ADMINISTRATION.exec(text)) {
    const holders = match[1]!;
    if (!holders.split('-').every((surname) => surnames.has(surname))) continue;
    const name = `${holders} Administration`;
    // The gold's capitalised name, not the surface, is what the entity is called.
    out.push({
      ...candidateAt('Organization', match[0], offset + match.index, 'phrase', name),
      name,
    });
  }
  return out;
}
