/**
 * "a new memorandum of understanding (MOU) for assistance for Jordan … the MOU represents",
 * "renewed and expanded the MOU": a memorandum a statement names by its kind only is one unnamed
 * specific agreement, an `Instrument` (gold conventions, session 10: unnamed specific agreements
 * are Instruments with descriptive names; gold 2022-03-29, 2022-07-16 and 2024-04-17 alias it
 * "MOU" or "memorandum of understanding"). Every such mention of one statement is that one
 * Instrument, named by its kind (names.json bareMemoranda), so "the MOU" after "a memorandum of
 * understanding (MOU)" is an alias, not a second entity.
 *
 * Precision: only right after a determiner or adjective of the list ("an MOU", "this MoU"),
 * lowercase when spelt out, and never before a capitalised word that continues a name; a
 * capitalised "Memorandum of Understanding on …" is the named-phrase finder's.
 */
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const { name, forms, determiners } = NAME_RULES.bareMemoranda;
const BARE = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?:${alternation(determiners)}) (${alternation(forms)})(?![\wÀ-ÖØ-öø-ɏḀ-ỿ-]| \p{Lu})`,
  'gu',
);
/** A sentence with no form skips the pattern (nearly all do). */
const ANY_FORM = new RegExp(`(?:${alternation(forms)})`, 'u');

export function bareMemoranda(text: string, offset: number): Candidate[] {
  if (!ANY_FORM.test(text)) return [];
  const out: Candidate[] = [];
  BARE.lastIndex = 0;
  for (let match = BARE.exec(text); match; match = BARE.exec(text)) {
    const surface = match[1]!;
    const start = match.index + match[0].length - surface.length + offset;
    out.push({ ...candidateAt('Instrument', surface, start, 'phrase', name), name });
  }
  return out;
}
