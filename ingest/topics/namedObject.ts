/**
 * Topics whose head names a subject together with its named object ("defense of Japan",
 * "cooperation between Russia and the DPRK", "U.S.-PRC relations", "Japan’s defense"): the quality
 * floor (quality.ts) admits them where the head alone would be vacuous. Word lists: data/rules/.
 */
import { getCountryDataList } from 'countries-list';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const CAPITALISED_PAIR_WORD = /^\p{Lu}\S*-\p{Lu}\S*$/u;

export const DETERMINERS =
  /^(?:the|a|an|its|their|our|his|her|this|that|these|those|all|any|each|every|such|some|no)$/i;
export const POSSESSIVE = /[’']s$|s[’']$/;

/**
 * One-word country names of the countries-list base list ("Haiti", "Mali", "Fiji", "Malawi"):
 * they end as a people's adjective may ("…i", "…ian") but are the named object itself.
 */
const ONE_WORD_COUNTRIES: ReadonlySet<string> = new Set(
  getCountryDataList()
    .map((country) => country.name)
    .filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)),
);

/**
 * "defense of Japan", "security of the American homeland", "cooperation between Russia and the
 * DPRK": a head that is vacuous alone but names a subject with its object (namedObjectHeads),
 * then "of"/"between" and a capitalised word (cutAtNames passes the name through).
 */
export function namedObject(words: string[]): boolean {
  if (words.length === 0) return false;
  const first = words[0]!.toLowerCase();
  // "threats posed by the DPRK": the source named after "posed by" (posedByHeads).
  if (Q.posedByHeads.has(first) && words[1] === 'posed' && words[2] === 'by')
    return words.slice(3).some((word) => /^\p{Lu}/u.test(word)) && words.length <= 7;
  // "cooperation in support of Ukraine": the party served is the object.
  if (words[1] === 'in' && words[2] === 'support' && words[3] === 'of')
    return namedObject([words[0]!, 'of', ...words.slice(4)]);
  const link = words[1] ?? '';
  // "support for Ukraine", "commitment to the ROK": a head that takes "to" names its object so;
  // "threats from Iran", "attacks by Iran-backed militias" name their source (posedByHeads,
  // sourceHeads); "engagement with the IMF" names its one party (withHeads).
  const toward = /^(?:to|for)$/.test(link) && Q.toHeads.has(first);
  const from = sourceLink(first, link) || (link === 'with' && Q.withHeads.has(first));
  // "the situation in Myanmar" (placeHeads): the place named after "in" is what it is about.
  const inPlace = link === 'in' && Q.placeHeads.has(first);
  if (
    !inPlace &&
    !from &&
    (!Q.namedObjectHeads.has(first) || !(/^(?:of|between)$/.test(link) || toward))
  )
    return false;
  const object = words.slice(2).filter((word) => !DETERMINERS.test(word));
  // "support to the Brazilian": a people's adjective cut from its noun, a fragment.
  const last = object[object.length - 1] ?? '';
  if (/^\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish|i)$/u.test(last) && !ONE_WORD_COUNTRIES.has(last))
    return false;
  // "between" wants both parties: "progress between the United States" was cut at "and".
  if (words[1] === 'between' && !object.includes('and')) return false;
  // "commitment to the defense of Japan": after "to"/"for" the name itself must follow.
  if ((toward || from) && !/^\p{Lu}/u.test(object[0] ?? '')) return false;
  return (
    object.length > 0 &&
    object.length <= 4 &&
    object.some((word) => /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(word))
  );
}

/**
 * "threats from Iran", "attacks by Iran-backed militias": a head whose named source follows
 * "from" (posedByHeads, sourceHeads) or whose named agent follows "by" (sourceHeads).
 */
export function sourceLink(head: string, link: string): boolean {
  if (link === 'from') return Q.posedByHeads.has(head) || Q.sourceHeads.has(head);
  return link === 'by' && Q.sourceHeads.has(head);
}

/**
 * "support for the ROK and Japan", "commitments to Japan and the ROK": a head that takes "to"/"for"
 * (toHeads) whose object is only a coordination of named parties is the stance itself, and the
 * parties are what the clause is about (gold 2023-12-08, 2025-09-22); "support for Ukraine" names
 * one party's cause and stays a topic.
 */
export function towardParties(words: readonly string[]): boolean {
  // "threats from China and North Korea", "engagement with Japan and the ROK" alike.
  const at = words.findIndex(
    (_, i) => i <= 1 && /^(?:to|for|from|by|with)$/.test(words[i + 1] ?? ''),
  );
  if (at < 0) return false;
  const head = words[at]!.toLowerCase();
  const link = words[at + 1]!;
  const toward =
    (/^(?:to|for)$/.test(link) && Q.toHeads.has(head)) ||
    sourceLink(head, link) ||
    (link === 'with' && Q.withHeads.has(head));
  if (!toward) return false;
  const object = words.slice(at + 2).filter((word) => !DETERMINERS.test(word));
  if (!object.some((word) => /^(?:and|or)$/.test(word))) return false;
  return object.every((word) => /^(?:and|or|of)$/.test(word) || /^\p{Lu}/u.test(word));
}

/**
 * "U.S.-PRC relations", "Japan-ROK bilateral dialogue": a hyphenated pair of names before a
 * relation between two parties (pairHeads) names the relation, as "relations between the United
 * States and the PRC" would.
 */
export function isPairRelation(words: readonly string[]): boolean {
  if (!CAPITALISED_PAIR_WORD.test(words[0] ?? '')) return false;
  // The second name may run on ("Japan-Republic of Korea bilateral ties").
  let i = 1;
  while (i < words.length && /^(?:\p{Lu}|(?:of|the)$)/u.test(words[i]!)) i++;
  const rest = words.slice(i);
  return (
    rest.length >= 1 &&
    rest.length <= 2 &&
    rest.every((word) => /^[a-zß-öø-ɏḀ-ỿ]+$/.test(word)) &&
    Q.pairHeads.has(rest[rest.length - 1]!)
  );
}

/**
 * "the U.S.-Kuwait partnership and regional security": a bare pair relation (the head right
 * after the names) is the first conjunct of the phrase. A domain between ("U.S.-India economic
 * relationship and …") is left to the scope rules, which name it `bilateral economic
 * relationship` as the gold does.
 */
export function opensPairRelation(phrase: string): boolean {
  const [first, ...others] = phrase.split(' and ');
  const words = first!.split(/\s+/);
  return others.length > 0 && /^\p{Lu}/u.test(words.at(-2) ?? '') && isPairRelation(words);
}

/**
 * "Japan’s defense", "the Philippines’ security": a named owner of a head that names a subject
 * with its object (namedObjectHeads) is that object, written as the gold writes it ("defense of
 * Japan"); any other possessive is cut by `reduce`.
 */
export function ownerAsObject(words: string[]): string[] {
  const head = words[words.length - 1]!;
  const last = words[words.length - 2] ?? '';
  if (!Q.namedObjectHeads.has(head) || !POSSESSIVE.test(last) || !/^\p{Lu}/u.test(last))
    return words;
  // The owner's words run back over capitalised words ("the Republic of Korea’s").
  let from = words.length - 2;
  while (from > 0 && /^(?:\p{Lu}|of$)/u.test(words[from - 1]!)) from--;
  const article = words[from - 1]?.toLowerCase() === 'the' ? 1 : 0;
  const name = [...words.slice(from, -2), last.replace(/[’']s$|[’']$/, '')];
  return [...words.slice(0, from - article), head, 'of', ...(article ? ['the'] : []), ...name];
}

/**
 * "a", "three", "multiple": what may stand between an event's "of" and its weapon ("the launch of
 * three ballistic missiles"); without one the weapon is plural ("launches of intercontinental
 * ballistic missiles").
 */
export const WEAPON_COUNTS =
  'an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several';
const WEAPON_COUNT = new RegExp(`^(?:${WEAPON_COUNTS})$`, 'i');

/**
 * "launch of an intercontinental ballistic missile", "test of a nuclear device", "launches of
 * intercontinental ballistic missiles": the event of a weapon (eventHeads) is named weapon first,
 * in the singular, as the gold writes it ("intercontinental ballistic missile launch(es)").
 */
export function eventOfWeapon(
  words: string[],
  known: (phrase: string) => boolean = () => false,
): string[] {
  const at = words.findIndex(
    (word, i) =>
      Q.eventHeads.has(word.toLowerCase()) &&
      words[i + 1] === 'of' &&
      /^[a-zß-öø-ɏḀ-ỿ]/.test(words[i + 2] ?? '') &&
      !/^(?:the|its|their|this|these)$/i.test(words[i + 2] ?? ''),
  );
  if (at < 0) return words;
  const counted = WEAPON_COUNT.test(words[at + 2] ?? '');
  const weapon = words.slice(at + (counted ? 3 : 2));
  // Uncounted, the events and the weapon are plural and the thesaurus knows the weapon
  // ("launches of intercontinental ballistic missiles"; not "the launch of dialogues").
  if (
    (!counted && (!/s$/.test(words[at]!) || !known(weapon.join(' ')))) ||
    weapon.length === 0 ||
    weapon.length > 4 ||
    weapon.some((word) => /^(?:of|on|in|for|to|with|by|and)$/.test(word)) ||
    !weapon.every((word) => /^[\p{L}-]+$/u.test(word))
  )
    return words;
  // "ballistic missiles" → "ballistic missile": a weapon modifying the event is singular.
  const last = weapon[weapon.length - 1]!.replace(/(?<=[a-zß-öø-ɏḀ-ỿ]{3})s$/, '');
  return [...words.slice(0, at), ...weapon.slice(0, -1), last, words[at]!];
}

/**
 * "defense of our Republic of Korea and Japanese allies": allies named by country and by
 * nationality before one group head are parties (the clause's about names them); the topic is
 * the head with the group ("defense of allies"). Without a coordination ("defense of
 * Indo-Pacific allies") the region stays part of the topic.
 */
export function namedAllies(words: string[]): string[] {
  const group = words[words.length - 1]?.toLowerCase() ?? '';
  if (!/^(?:allies|partners)$/.test(group) || !Q.namedObjectHeads.has(words[0]!.toLowerCase()))
    return words;
  if (words[1] !== 'of') return words;
  const parties = words.slice(2, -1).filter((word) => !DETERMINERS.test(word));
  if (!parties.includes('and')) return words;
  const names = parties.filter((word) => !/^(?:and|of|the)$/.test(word));
  return names.length > 0 && names.every((word) => /^\p{Lu}/u.test(word))
    ? [words[0]!, 'of', words[words.length - 1]!]
    : words;
}
