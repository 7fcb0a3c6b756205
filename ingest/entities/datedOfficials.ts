/**
 * "President Macron", "Prime Minister Trudeau of Canada": a readout names a foreign leader by
 * title and surname, and the gold names the person in full (gold README, session 15: officials
 * named by family name keep their full name). The lexicon's dated officials say who held which
 * title when: a title and surname resolve to the one official whose surname it is, whose title it
 * is (not a lower office's: "Vice President"), whose country (when the text names one) it is, and
 * whose term holds the document's date. Anything else (no date, two fits, none) stays unresolved.
 * "former Prime Minister Bennett" is the one whose term of that title ended before the date.
 */
import type { DatedOfficial, DatedOfficials, Lexicon } from '../lexicon';
import type { EntityHit } from '../types';
import type { OfficialFinding } from './officials';

/** The dated official a titled surname stands for on `date`, if exactly one fits. */
export function datedOfficial(
  dated: DatedOfficials,
  finding: OfficialFinding,
  date: string,
  former = false,
): DatedOfficial | undefined {
  const entries = dated.bySurname.get(finding.candidate.text);
  if (!entries) return undefined;
  const fits = entries.filter(
    (entry) =>
      (former ? endedBefore(entry, date) : inTerm(entry, date)) &&
      titleFits(dated.lesserRanks, finding.title, entry.title) &&
      (!finding.countryId || finding.countryId === entry.countryId),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

function inTerm(entry: DatedOfficial, date: string): boolean {
  return (!entry.from || entry.from <= date) && (!entry.to || date <= entry.to);
}

/** A term with an end, over by `date`: what "former" says of the title's holder. */
function endedBefore(entry: DatedOfficial, date: string): boolean {
  return entry.to !== undefined && entry.to < date;
}

/**
 * "former" right before the title (lowercase, so outside the title the finder read: "The leaders
 * express appreciation to former Prime Minister Bennett", gold 2022-07-14, three weeks after his
 * term). The capitalised "Former" inside a title stays a lesser rank (titleFits).
 */
const FORMER_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])former $/;

/**
 * "President" fits "President" and "French President"; "Vice President" or "former President"
 * does not (a lesser rank before it), nor does any other title.
 */
function titleFits(lesserRanks: ReadonlySet<string>, said: string, held: string): boolean {
  const words = (title: string) => title.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  const saidWords = words(said);
  const heldWords = words(held);
  const before = saidWords.length - heldWords.length;
  if (before < 0 || saidWords.slice(before).join(' ') !== heldWords.join(' ')) return false;
  return !saidWords.slice(0, before).some((word) => lesserRanks.has(word));
}

/**
 * Gives each titled surname its dated official, in the findings and in the hits that carry the
 * surname's unknown id. `date` is the document's (ISO); without one nothing resolves.
 */
export function resolveDatedOfficials(
  lexicon: Lexicon,
  officials: readonly OfficialFinding[],
  hits: readonly EntityHit[],
  date: string | undefined,
  /** The document's text, where the findings' spans are: what precedes a title. */
  text = '',
): void {
  const dated = lexicon.dated;
  if (!dated || !date) return;
  const resolved = new Map<string, string>();
  for (const official of officials) {
    const { candidate } = official;
    if (lexicon.entities.has(candidate.entityId)) continue;
    const before = text.slice(Math.max(0, official.span.start - 8), official.span.start);
    const entry = datedOfficial(dated, official, date, FORMER_BEFORE.test(before));
    if (!entry) continue;
    resolved.set(candidate.entityId, entry.entityId);
    candidate.entityId = entry.entityId;
  }
  if (resolved.size === 0) return;
  for (const official of officials) {
    const id = resolved.get(official.candidate.entityId);
    if (id) official.candidate.entityId = id;
  }
  for (const hit of hits) {
    // The registry names a lexicon entity by the lexicon (the full name).
    hit.entityId = resolved.get(hit.entityId) ?? hit.entityId;
  }
}
