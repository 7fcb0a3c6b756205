/**
 * Officials a sentence lists as one country's delegation: "The German delegation also included
 * State Secretary Udo Philipp, …", "The Israeli side was chaired by National Security Advisor …",
 * "Additional representatives of the Government of Mexico included …", "… met with Vice President
 * Yemi Osinbajo, Minister of Foreign Affairs Geoffrey Onyeama, and other senior Nigerian
 * officials". The frame states the country of every official in its list that states none of its
 * own (officialAttributes.ts: a country stated with the official still wins).
 */
import type { Lexicon } from '../lexicon';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';

/** Where a frame's list runs (absolute offsets) and whose officials it lists. */
export interface DelegationSpan {
  start: number;
  end: number;
  countryId: string;
}

interface Compiled {
  /** Country name, alias or demonym ("U.S.", "German", "Mexico") → country id. */
  byAlias: Map<string, string>;
  /** "The X delegation/side … included/was chaired by", "representatives of the Government of X included". */
  heads: RegExp;
  /** "…, and other senior X officials": the list ends there and began after "met with". */
  others: RegExp;
  /** A sentence opening "In X," (the place of the meeting) for an "other officials" with no demonym. */
  opening: RegExp;
}

const compiledFor = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  const cached = compiledFor.get(lexicon);
  if (cached) return cached;
  const byAlias = new Map<string, string>();
  for (const alias of lexicon.aliases) {
    const entity = lexicon.entities.get(alias.entityId);
    if (entity?.type === 'Country' && !byAlias.has(alias.alias))
      byAlias.set(alias.alias, entity.id);
  }
  const country = `(${[...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})`;
  const compiled: Compiled = {
    byAlias,
    heads: new RegExp(
      `(?:(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he ${country} (?:delegation|side|team)|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])representatives? (?:of|from) (?:the )?(?:[Gg]overnment of (?:the )?)?${country}(?: (?:side|government|delegation))?) (?:also )?(?:included|includes|comprised|(?:was|were) (?:led|chaired|co-chaired|headed) by|were)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
      'gu',
    ),
    others: new RegExp(
      `,? (?:and|as well as) other (?:(?:senior|high-level|high-ranking) )?(?:${country} )?(?:[Gg]overnment )?(?:officials|representatives)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
      'gu',
    ),
    opening: new RegExp(`^In (?:the )?${country},`, 'u'),
  };
  compiledFor.set(lexicon, compiled);
  return compiled;
}

/** Cheap test for the words every frame needs: most sentences have none. */
const GATE = /delegation|side|representative|other/;
const MET_WITH = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])met (?:with )?/g;

/** The delegation lists of a document's sentences. */
export function delegationSpans(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
): DelegationSpan[] {
  const spans: DelegationSpan[] = [];
  for (const sentence of sentences) {
    const { text } = sentence;
    if (!GATE.test(text)) continue;
    const { byAlias, heads, others, opening } = compile(lexicon);
    const found: DelegationSpan[] = [];
    heads.lastIndex = 0;
    for (let m = heads.exec(text); m; m = heads.exec(text)) {
      const countryId = byAlias.get(m[1] ?? m[2]!);
      if (countryId) found.push({ start: m.index + m[0].length, end: text.length, countryId });
    }
    // A later frame ends the list of the one before ("The U.S. side included …; the Japanese side …").
    found.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < found.length; i++) found[i]!.end = found[i + 1]!.start;
    others.lastIndex = 0;
    for (let m = others.exec(text); m; m = others.exec(text)) {
      const named = m[1] ?? opening.exec(text)?.[1];
      const countryId = named ? byAlias.get(named) : undefined;
      if (!countryId) continue;
      let listStart = -1;
      MET_WITH.lastIndex = 0;
      for (let met = MET_WITH.exec(text); met && met.index < m.index; met = MET_WITH.exec(text))
        listStart = met.index + met[0].length;
      if (listStart >= 0) found.push({ start: listStart, end: m.index, countryId });
    }
    for (const span of found)
      spans.push({
        start: sentence.start + span.start,
        end: sentence.start + span.end,
        countryId: span.countryId,
      });
  }
  return spans;
}
