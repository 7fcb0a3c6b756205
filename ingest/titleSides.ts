/**
 * The sides a joint statement's title names, and how they join the signatories the text gave
 * (split from ./parties.ts, which reads them; ./chairParties.ts and the pair-relation topics read
 * the title's lexicon hits too, and importing them from here keeps those modules out of a cycle
 * with ./parties.ts).
 */
import { GROUPS } from './commitments/groups';
import { resolveDatedOfficials } from './entities/datedOfficials';
import { matchLexicon } from './entities/matchLexicon';
import { findOfficials, type OfficialFinding } from './entities/officials';
import type { Lexicon } from './lexicon';
import { leadingSubject } from './openingParties';
import { SUBJECT_MATTER } from './rules/speakers';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

/**
 * "United States – Aotearoa New Zealand Joint Statement", "Joint Statement on U.S.-EU Task
 * Force …", "… Partnership between the United States of America and Mongolia": a joint
 * statement's title names its sides, where the text names a side's leader without a country or
 * the side is an organisation, so the parties' "we" is both. A joint statement has two sides at
 * least: with one or none found, the title's bodies count too, then the opening subject ("Joint Statement
 * by President Biden and President von der Leyen": "The United States and the European Union
 * share …"). With two found, only the title's countries are added: a grouping the title names
 * beside its members (AUKUS, the P5, the Quad) is no further side. `sides` are the title's sides
 * (a title opening on them passes those alone: openingSides).
 */
export function addSides(
  lexicon: Lexicon,
  title: string,
  first: SegmentedSentence | undefined,
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: string[],
  sides: readonly string[] = titleSides(lexicon, title),
): void {
  const alone = signatories.length <= 1;
  for (const id of sides)
    if ((alone || id.startsWith('country:')) && !covered(id, signatories)) signatories.push(id);
  if (signatories.length > 1 || !first) return;
  // (Bodies the lexicon knows: a phrase taken for a body, "Russian Security Council Secretary
  // Nikolay Patrushev", is no side.)
  for (const id of leadingSubject(first, hitsBySentence.get(first.index) ?? []))
    if (lexicon.entities.has(id) && !covered(id, signatories)) signatories.push(id);
}

/** A title of a joint statement, declaration, readout or communiqué ("Joint Actions" is none). */
export const JOINT_STATEMENT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Joint\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\s+){0,3}?(?:Statement|Declaration|Readout|Communiqu[eé]|Press Release|Message)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** A title's party is already a signatory, or a grouping all of whose members are. */
function covered(id: string, signatories: readonly string[]): boolean {
  const members = GROUPS.members.get(id);
  return signatories.includes(id) || (!!members && members.every((m) => signatories.includes(m)));
}

/**
 * The sides a title names: the countries and bodies of its speaker part ("U.S.-ROK Leaders’
 * Joint Statement"), and in its subject matter those paired by a dash ("on U.S.-EU Task Force",
 * "on United States-Ukraine Meeting") or by "between … and …"; never a subject matter's lone
 * country ("Joint Statement on Israel").
 */
export function titleSides(lexicon: Lexicon, title: string): string[] {
  // (Sides inside a longer name count: "U.S.-EU" in "the U.S.-EU Task Force on Energy Security".)
  const sides = titleHits(
    lexicon,
    title,
    (h) => h.type === 'Country' || h.type === 'Organization',
  ).chosen.sort((a, b) => a.start - b.start);
  const speakerEnd = SUBJECT_MATTER.exec(title)?.index ?? title.length;
  const out = new Set<string>();
  sides.forEach((hit, i) => {
    if (hit.end <= speakerEnd) out.add(hit.entityId);
    const next = sides[i + 1];
    if (!next) return;
    const gap = title.slice(hit.end, next.start);
    const before = title.slice(0, hit.start);
    const paired =
      /^\s*[-–—]\s*$/.test(gap) ||
      (/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])between\s+(?:the\s+)?$/i.test(before) &&
        /^\s+and\s+(?:the\s+)?$/i.test(gap));
    if (paired) {
      out.add(hit.entityId);
      out.add(next.entityId);
    }
  });
  return [...out];
}

/**
 * "U.S.-EU Summit Statement", "A U.S.-EU Agenda for Beating the Global Pandemic", "U.S.-Pacific
 * Islands Forum Leaders Dialogue in Port Moresby, Papua New Guinea", "Statement by the United
 * States and the European Union on …": a title that opens on its sides, paired by dashes or
 * coordinated (an article or a statement's genre words at most before them), is the sides' own
 * text, a joint statement without the word, so its "we" is every side, a union or forum beside a
 * single country too; the place after them is none. Not a fact sheet's or a readout's title, which
 * opens on its genre ("FACT SHEET: U.S.-EU Trade and Technology Council …"), nor sides inside the
 * subject matter ("Roadmap for a Renewed U.S.-Canada Partnership"). The sides in title order, else
 * none.
 */
export function openingSides(lexicon: Lexicon, title: string): string[] {
  const hits = titleHits(
    lexicon,
    title,
    (h) => h.type === 'Country' || h.type === 'Organization',
  ).chosen.sort((a, b) => a.start - b.start);
  if (!hits[0] || !OPENING_LEAD.test(title.slice(0, hits[0].start))) return [];
  let run = 1;
  while (hits[run] && SIDE_GAP.test(title.slice(hits[run - 1]!.end, hits[run]!.start))) run++;
  return run > 1 ? [...new Set(hits.slice(0, run).map((h) => h.entityId))] : [];
}

/** What may precede a title's opening sides: an article, or "(Leaders’) Statement of (the)". */
const OPENING_LEAD =
  /^\s*(?:(?:A|An|The)\s+|(?:Leaders[’']?\s+)?(?:Statement|Declaration|Communiqu[eé])\s+(?:of|by|from)\s+(?:the\s+)?)?$/i;

/** Between two sides of a title: a dash, a comma or "and" ("U.S.-EU", "the United States and the EU"). */
const SIDE_GAP = /^\s*(?:[-–—]|,\s*(?:and\s+)?|and\s+)\s*(?:the\s+)?$/i;

export function titleHits(
  lexicon: Lexicon,
  title: string,
  keep: (hit: EntityHit) => boolean = () => true,
  // ("on Joint U.S.-Mexican Cooperation": an adjective names the country too, where asked.)
  adjectives = false,
) {
  const candidates = matchLexicon(lexicon, title, 0).filter(
    (c) => (adjectives || !c.adjectival) && keep(c),
  );
  const chosen = candidates
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((c, i, all) => !all.slice(0, i).some((o) => c.start < o.end && c.end > o.start));
  return { chosen };
}

/**
 * "Joint Statement on the Visit to the United Kingdom of … Joseph R. Biden, Jr., President of the
 * United States of America at the Invitation of … Boris Johnson, … the Prime Minister of the United
 * Kingdom": a joint statement has two sides at least; with one found (the opening names only the
 * host, "President Biden visited the U.K."), the countries of the officials its title names are its
 * sides too (gold 2021-06-10: every "we" is [United States, United Kingdom]), unless covered.
 */
export function addTitleOfficialSides(
  lexicon: Lexicon,
  title: string,
  signatories: string[],
  date?: string,
): void {
  if (signatories.length !== 1) return;
  for (const official of datedTitleOfficials(lexicon, title, date)) {
    const country =
      official.countryId ?? lexicon.entities.get(official.candidate.entityId)?.represents;
    if (country?.startsWith('country:') && !covered(country, signatories))
      signatories.push(country);
  }
}

/**
 * The officials a title names, a titled surname of a dated term ("Joint statement by President
 * Biden and President Macron", "… and Prime Minister Meloni") resolved to its holder on the
 * document's date as the body's mentions are (datedOfficials.ts): undated, "President Macron"
 * stays an unknown person of no country, and the side he signs for is lost (gold 2024-09-25: "We
 * call for …" is France's as well as the United States').
 */
export function datedTitleOfficials(
  lexicon: Lexicon,
  text: string,
  date: string | undefined,
): OfficialFinding[] {
  const officials = findOfficials(lexicon, text, 0);
  resolveDatedOfficials(lexicon, officials, [], date, text);
  return officials;
}
