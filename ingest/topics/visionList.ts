/**
 * A vision of a region: a list of qualities closed by "and" before a region's name ("an open,
 * inclusive, stable, and prosperous Indo-Pacific", "a stable and peaceful Indo-Pacific region").
 * The gold names the vision whole as a topic of its own, as the thesaurus names "free and open
 * Indo-Pacific" (the region stays in the clause's about); each quality alone is vacuous, so the
 * chunker and the quality floor leave nothing. A list holding a vision the thesaurus knows
 * ("inclusive, free, and open Indo-Pacific" holds "free and open Indo-Pacific") is that concept.
 * Not before a body of water (`waterBodies`): the gold names "the South China Sea" alone.
 *
 * A country's vision is the same shape ("a stable and secure Iraq", "a more prosperous,
 * democratic, and secure Guatemala", "a strong, independent, prosperous, and resilient Vietnam"),
 * named whole with the country in about (CONVENTIONS §4, s31 ruling): in the gold's commitment
 * sentences 11 of 11 such visions after "a"/"an" (11 files), none split. Only after the indefinite
 * article: "against independent and sovereign Ukraine" describes the state as it is, no vision of
 * it (gold: no topic), and an adjectival form ("a strong and stable Iraqi nation") modifies a noun.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

export interface VisionList {
  /** Sentence-relative span of the vision. */
  start: number;
  end: number;
  names: string[];
}

/** A region's or country's name, sentence-relative. */
export interface RegionSpan {
  type: string;
  start: number;
  end: number;
  /** "Iraqi", "Vietnamese": the country's adjective, which only modifies the noun after it. */
  adjectival?: boolean;
}

/** The words that open a vision of a country: "a", "an", then "more"/"most" at most. */
const ARTICLE = /^an?$/i;
const DEGREE = /^(?:more|most)$/i;

const QUALITY = /^[a-zß-öø-ɏḀ-ỿ]+$/;
/**
 * How a quality the tagger read as a noun still ends ("stable", "secure", "free", "open",
 * "sovereign": "a secure, sovereign, and prosperous Iraq").
 */
const ADJECTIVE_ENDING = /(?:ble|ful|ous|ive|ent|ant|al|ic|ure|ee|en|ign)$/;

/**
 * One quality: a lowercase adjective (or a participle read as one: "thriving"); before "and" the
 * tagger may read one as a singular noun ("a stable and peaceful …"), never the last.
 */
function quality(term: TaggedTerm | undefined, last = false): term is TaggedTerm {
  if (!term || !QUALITY.test(term.text)) return false;
  const { tags } = term;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Conjunction')) return false;
  if (tags.has('Adjective') || tags.has('Gerund') || tags.has('Participle')) return true;
  return !last && tags.has('Singular') && !tags.has('Verb') && ADJECTIVE_ENDING.test(term.text);
}

/**
 * The qualities before term `k` (the region's first term), last first: "X and Y", "X, Y, and Z",
 * "X, Y and Z"; none unless "and" joins the last two.
 */
function qualitiesBefore(terms: readonly TaggedTerm[], k: number): number[] {
  const last = k - 1;
  if (!quality(terms[last], true) || terms[last]!.post !== ' ') return [];
  if (terms[last - 1]?.text !== 'and' || terms[last - 1]!.post !== ' ') return [];
  let j = last - 2;
  if (!quality(terms[j])) return [];
  const out = [last, j];
  // ", and": the serial comma sits after the item before "and".
  while (quality(terms[j - 1]) && terms[j - 1]!.post.trim() === ',') out.push(--j);
  return out;
}

/** A country's vision opens with the indefinite article: "a (more) X and Y <country>". */
function afterArticle(terms: readonly TaggedTerm[], first: number): boolean {
  const before = terms[first - 1];
  if (before && ARTICLE.test(before.text)) return true;
  return (
    before !== undefined && DEGREE.test(before.text) && ARTICLE.test(terms[first - 2]?.text ?? '')
  );
}

/** Whether a named span may head a vision: a region, or a country's own name. */
function visionPlace(place: RegionSpan): boolean {
  return place.type === 'Region' || (place.type === 'Country' && place.adjectival !== true);
}

/** Every ordered pair of qualities as "A and B <region>": a known vision inside the list. */
function knownInside(
  words: readonly string[],
  region: string,
  known: (phrase: string) => boolean,
): string | undefined {
  for (let a = 0; a < words.length; a++)
    for (let b = a + 1; b < words.length; b++) {
      const name = `${words[a]} and ${words[b]} ${region}`;
      if (known(name)) return name;
    }
  return undefined;
}

/** The visions of regions between `from` and `to` (sentence-relative). */
export function visionLists(
  sentence: string,
  terms: readonly TaggedTerm[],
  regions: readonly RegionSpan[],
  from: number,
  to: number,
  known: (phrase: string) => boolean,
): VisionList[] {
  const out: VisionList[] = [];
  for (const region of regions) {
    if (!visionPlace(region) || region.start < from || region.end > to) continue;
    // The cheap test first: " and <quality> " right before the name.
    if (
      !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and [a-zß-öø-ɏḀ-ỿ]+ $/.test(
        sentence.slice(Math.max(0, region.start - 30), region.start),
      )
    )
      continue;
    // "a strong and productive U.S.-Egypt partnership": a name hyphened to the next word is part
    // of a compound, whose head the qualities describe.
    if (/^[-‐–]/.test(sentence.slice(region.end, region.end + 1))) continue;
    // "a free and open South China Sea": the gold names the sea, not a vision of it.
    const last = /\S+$/.exec(sentence.slice(region.start, region.end))?.[0] ?? '';
    if (Q.waterBodies.has(last.toLowerCase())) continue;
    const k = terms.findIndex((t) => t.start === region.start);
    if (k < 2) continue;
    const found = qualitiesBefore(terms, k);
    if (found.length < 2) continue;
    if (region.type === 'Country' && !afterArticle(terms, found[found.length - 1]!)) continue;
    const start = terms[found[found.length - 1]!]!.start;
    // "… Asia-Pacific Community": a capitalised word after the region is part of its name;
    // "… Indo-Pacific region" is the region itself.
    const next = terms[terms.findIndex((t) => t.start >= region.end)];
    const adjacent = next !== undefined && next.start === region.end + 1;
    const named = adjacent && /^\p{Lu}\p{Ll}+$/u.test(next.text);
    // "… Middle East region" where the name ends before "region": the region itself, the word
    // dropped from the vision's name below as from a name that holds it.
    const regionWord = adjacent && next.text === 'region';
    // "regional Indo-Pacific issues": a region before a noun only modifies it.
    if (adjacent && !named && !regionWord && next.tags.has('Noun')) continue;
    const end = named || regionWord ? next.end : region.end;
    const name = sentence.slice(start, end).replace(/ region$/, '');
    if (known(name)) {
      out.push({ start, end, names: [name] });
      continue;
    }
    const words = found.map((i) => terms[i]!.text).reverse();
    const inside = knownInside(words, sentence.slice(region.start, region.end), known);
    out.push({ start, end, names: [inside ?? name] });
  }
  return out;
}
