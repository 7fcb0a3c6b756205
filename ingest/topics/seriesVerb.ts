/**
 * "to strengthen democratic institutions, counter disinformation, and promote human rights", "to
 * advance economic growth, combat corruption, and address climate change": the verb opening an
 * item of a series of verb phrases, which the tagger read as a noun ("counter", "combat",
 * "fight", "safeguard", "address"). The chunker would make it the first word of the item's topic
 * ("counter disinformation"), where the gold names the object alone ("disinformation",
 * "biological threats", "climate change"): of the items of such series in the gold's commitment
 * sentences that open on one of these verbs, none keeps the verb in a topic name (one, "combat
 * corruption", in an alias). The verbs are the undertaking verbs of data/rules/stances.json
 * (`concurrentUndertakings`, `frontedPurposes`), not every word the lexicon can read as a verb:
 * "trade policy", "supply chain resilience", "labor rights" open on nouns that are verbs too.
 * The item is read as a verb only where the items beside it are verb phrases too: "to promote
 * civil society, private sectors, and combat corruption" lists objects of "promote" before its
 * last verb.
 */
import type { TaggedTerm } from '../entities/tagger';
import { STANCES_COMPILED } from '../rules/stanceRules';
import { PREPOSITIONS } from './chunkTerms';

type Term = TaggedTerm;

/** Verbs of an undertaking or purpose (data/rules/stances.json), some the lexicon lacks ("counter"). */
const UNDERTAKING_VERBS = new Set(STANCES_COMPILED.frontedPurposes);
const LOWER_WORD = /^[a-zß-öø-ɏḀ-ỿ]+$/;
const LINK = /^(?:and|or)$/;
/** What a series' first verb follows: "to", or a modal ("will counter …, build …, and spur …"). */
const SERIES_OPENER = /^(?:to|will|shall|must|should|can|could|would|may|might)$/;

function taggedVerb(term: Term | undefined): boolean {
  return term?.tags.has('Verb') === true && !term.tags.has('Noun') && !term.tags.has('Adjective');
}

/**
 * An undertaking verb the tagger read as a singular noun before its object: followed in its item
 * by a word that is no preposition or link ("work to", "exchange of", "hold and" are no verb
 * with its object here).
 */
function nounTaggedVerb(terms: readonly Term[], k: number): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  if (!term || !next || !LOWER_WORD.test(term.text) || term.post !== ' ') return false;
  const { tags } = term;
  if (!tags.has('Noun') || tags.has('Plural') || tags.has('Adjective')) return false;
  if (!UNDERTAKING_VERBS.has(term.text)) return false;
  const after = next.text.toLowerCase();
  return !PREPOSITIONS.has(after) && !LINK.test(after) && after !== 'to';
}

/** Whether the item opening at `k` opens with a verb (tagged so, or read as a noun before its object). */
function verbLike(terms: readonly Term[], k: number | undefined): boolean {
  return k !== undefined && (taggedVerb(terms[k]) || nounTaggedVerb(terms, k));
}

/** Where the item after the comma at the end of term `k` opens ("and"/"or" skipped). */
function openerAfter(terms: readonly Term[], k: number): number {
  return LINK.test(terms[k + 1]?.text ?? '') ? k + 2 : k + 1;
}

/** Where the item before the one opening at `k` opened: after a comma, or after "to" or a modal. */
function previousOpener(terms: readonly Term[], k: number): number | undefined {
  let j = LINK.test(terms[k - 1]?.text ?? '') ? k - 2 : k - 1;
  if (j < 0 || !/,/.test(terms[j]!.post)) return undefined;
  for (j--; j >= 0; j--) {
    const term = terms[j]!;
    if (/[;:.!?()]/.test(term.post)) return undefined;
    if (/,/.test(term.post)) return openerAfter(terms, j);
    if (SERIES_OPENER.test(term.text.toLowerCase())) return j + 1;
  }
  return undefined;
}

/** Where the item after the one opening at `k` opens, if a comma ends it in its clause. */
function nextOpener(terms: readonly Term[], k: number): number | undefined {
  for (let j = k; j < terms.length; j++) {
    const term = terms[j]!;
    if (/[;:.!?()]/.test(term.post)) return undefined;
    if (/,/.test(term.post)) return openerAfter(terms, j);
  }
  return undefined;
}

/**
 * Whether the term at `k` is the verb of an item in a series of verb phrases (module comment):
 * it opens its item after a comma (and "and"/"or") and reads as an undertaking verb before its
 * object; the items before it, back to the series' first, open with verbs, as does the item after
 * it unless it is the last; the series has three items at least, one opening with a word tagged
 * a verb ("…, counter disinformation, combat corruption, and address climate change" after "to
 * strengthen": the tagger read the other three as nouns).
 */
export function isSeriesVerb(terms: readonly Term[], k: number): boolean {
  if (!nounTaggedVerb(terms, k)) return false;
  const openers = [k];
  for (let p = previousOpener(terms, k); verbLike(terms, p); p = previousOpener(terms, p!))
    openers.unshift(p!);
  if (openers.length < 2) return false;
  const last = LINK.test(terms[k - 1]?.text ?? '');
  for (let n = nextOpener(terms, k); verbLike(terms, n); n = nextOpener(terms, n!))
    openers.push(n!);
  if (!last && openers.at(-1) === k) return false;
  return openers.length >= 3 && openers.some((at) => taggedVerb(terms[at]));
}
