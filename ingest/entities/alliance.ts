/**
 * Bilateral alliances. A joint statement of two parties writes "our Alliance", "the alliance"
 * or "the U.S.-Japan relationship" for the alliance between them; all name one Organization,
 * "<A>-<B> Alliance", built from the parties' short forms (U.S., ROK, Japan). A readout of one
 * party names its alliance once in full ("the U.S.-ROK alliance") and then as "the alliance":
 * the one pair the text names is the document's alliance.
 */
import type { Lexicon } from '../lexicon';
import { escapeRegex } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { placeHit } from './placeHit';

/**
 * The form a party takes in a pair name: the lexicon's short form, else `forms[name]` (a rule
 * file's form for a body the lexicon gives none: "EU"), else its name.
 */
function shortForm(
  lexicon: Lexicon,
  countryId: string,
  forms: Readonly<Record<string, string>> = {},
): string | undefined {
  const entity = lexicon.entities.get(countryId);
  return entity ? (entity.attributes?.short ?? forms[entity.name] ?? entity.name) : undefined;
}

/**
 * A bilateral alliance's name, "<A>-<B> Alliance", from the two countries' short forms, the
 * United States first when a party ("U.S.-Japan", "U.S.-ROK"); undefined for one country twice
 * or a country with no form.
 */
export function allianceName(
  lexicon: Lexicon,
  a: string,
  b: string,
  names: Readonly<Record<string, string>> = {},
): { name: string; forms: [string, string] } | undefined {
  if (a === b) return undefined;
  const [first, second] = b === 'country:usa' ? [b, a] : [a, b];
  const forms = [shortForm(lexicon, first, names), shortForm(lexicon, second, names)];
  if (!forms[0] || !forms[1]) return undefined;
  return { name: `${forms[0]}-${forms[1]} Alliance`, forms: [forms[0], forms[1]] };
}

/** Short forms of the lexicon's countries, keyed by form ("ROK" → country:kor). */
function shortForms(lexicon: Lexicon): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [id, entity] of lexicon.entities) {
    if (entity.type !== 'Country') continue;
    const form = shortForm(lexicon, id);
    if (form) forms.set(form, id);
  }
  return forms;
}

const pairPatterns = new WeakMap<Lexicon, { forms: Map<string, string>; named: RegExp }>();

/** "<A>-<B> alliance" for any two short forms; built once per lexicon, not per document. */
function namedPairs(lexicon: Lexicon): { forms: Map<string, string>; named: RegExp } {
  let entry = pairPatterns.get(lexicon);
  if (!entry) {
    const forms = shortForms(lexicon);
    const any = [...forms.keys()].map(escapeRegex).join('|');
    // `matchAll` copies the pattern, so one shared global RegExp keeps no state between calls.
    entry = {
      forms,
      named: new RegExp(
        `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(${any})-(${any}) [Aa]lliance(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
        'gu',
      ),
    };
    pairPatterns.set(lexicon, entry);
  }
  return entry;
}

/**
 * The parties of the document's alliance: the two signatories, else the one pair of countries
 * the text names as an alliance ("the U.S.-ROK alliance"); none when it names several.
 */
function allianceParties(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  signatories: string[],
): string[] | undefined {
  if (signatories.length === 2) return signatories;
  const { forms, named } = namedPairs(lexicon);
  const pairs = new Map<string, string[]>();
  for (const sentence of sentences) {
    // Only a sentence with the word can match (most have none; the pattern is long).
    if (!sentence.text.includes('lliance')) continue;
    for (const match of sentence.text.matchAll(named)) {
      const ids = [forms.get(match[1]!)!, forms.get(match[2]!)!];
      if (ids[0] === ids[1]) continue;
      pairs.set([...ids].sort().join(' '), ids);
    }
  }
  return pairs.size === 1 ? [...pairs.values()][0] : undefined;
}

/**
 * "the alliance" in lowercase names the document's alliance when a determiner (and adjectives)
 * stand before it and no noun follows it: "the alliance deterrence posture", "our alliance
 * cooperation" are things of the alliance, named as topics. "the transatlantic alliance", "our
 * trilateral alliance" name another, wider alliance, not the pair's.
 */
const LOWERCASE_ALLIANCE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:the|our|this)(?: (?!(?:transatlantic|trans-atlantic|trilateral|multilateral|global|regional)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}+){0,2}|an? (?:ironclad|indelible|enduring|steadfast|unshakable|strong)) (alliance)(?=[.,;:!?)]|$| (?:to|and|or|has|had|have|is|was|remains|will|would|can|must|that|which|between|as|in|into|with|for|of|at|on|by|from|through|since|across|also|stays|continues|applies|advances|commits|plays|serves)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/gu;

export function findAlliances(
  lexicon: Lexicon,
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  signatories: string[],
): void {
  const parties = allianceParties(lexicon, sentences, signatories);
  if (!parties) return;
  const alliance = allianceName(lexicon, parties[0]!, parties[1]!);
  if (!alliance) return;
  const { name, forms } = alliance;
  const id = entityIdFor('Organization', name);
  const pair = `(?:${forms.map((f) => escapeRegex(f)).join('|')})`;
  // "the U.S.-Colombia relationship" is no alliance: a pair's relationship names the alliance
  // only in a statement that calls their tie an alliance somewhere.
  const allied = sentences.some((sentence) => sentence.text.includes('lliance'));
  const pattern = new RegExp(
    `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${pair}-${pair} (?:Alliance|alliance${allied ? '|relationship' : ''})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])Alliance(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|${LOWERCASE_ALLIANCE.source}`,
    'gu',
  );
  for (const sentence of sentences) {
    // Every alternative of the pattern holds one of these words.
    if (!sentence.text.includes('lliance') && !sentence.text.includes('relationship')) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      // The lowercase form is the noun alone, its determiner left out.
      const word = match[1] ? 'alliance' : match[0];
      const offset = match[1] ? match[0].lastIndexOf('alliance') : 0;
      const start = sentence.start + match.index + offset;
      const end = start + word.length;
      const covering = hits.find(
        (hit) => hit.start <= start && hit.end >= end && hit.type !== 'Topic',
      );
      if (covering && !(covering.type === 'Organization' && covering.text === word)) continue;
      // Another alliance ("NATO Alliance") or a named one is not this one.
      if (
        word === 'Alliance' &&
        /\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*\s$/u.test(sentence.text.slice(0, match.index))
      )
        continue;
      placeHit(
        hitsBySentence,
        sentence.index,
        hits,
        entityHit(id, 'Organization', start, end, word, name),
        (hit) => hit.start >= start && hit.end <= end && hit.type !== 'Topic',
      );
    }
  }
}
