/**
 * Whether a person a document names is a woman or a man, from what the document itself gives:
 * the words of a title written before them ("Mrs.", "First Lady", "His Majesty King"; titles.json
 * `genderedTitleWords`) and the given name opening a full name ("Jill Biden", "Ken Salazar";
 * lexicon/given-name-genders.json). A "she" or "he" subject then passes over a person known to be
 * of the other gender (pronounActors.ts): "the First Lady delivered remarks at a reception hosted
 * by Ambassador Salazar, where she highlighted …" is the First Lady's (gold 2024-10-03). Evidence
 * that disagrees ("Mrs. Biden", merged with "President Joe Biden") says nothing: an unknown gender
 * leaves a pronoun as it was.
 */
import { givenNameGender } from './rules/givenNameList';
import { type GivenNamePlace, givenNamePlace } from './rules/nameOrder';
import { TITLE_RULES } from './rules/titles';

export type Gender = 'female' | 'male';

const TITLE_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...TITLE_RULES.genderedTitleWords.female.map((word) => [word, 'female'] as const),
  ...TITLE_RULES.genderedTitleWords.male.map((word) => [word, 'male'] as const),
]);

/** A given name: one capitalised word of letters ("Jill", not "Jean-Yves" or "H.E."). */
const NAME_WORD = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+$/;

/** The gender the words of a title say, if they say one and only one. */
export function titleGender(title: string): Gender | undefined {
  return agreed(title.split(/\s+/).map((word) => TITLE_WORDS.get(word)));
}

/**
 * The gender a full name's given name says ("Ken Salazar"); none for a bare surname ("Salazar").
 * The given name is the first word, the last for an official of a country whose officials are
 * written family name first ("Park Jin": "Park" is an English given name, not his), either end
 * where the releases write both orders (name-order.json).
 */
export function nameGender(name: string, place: GivenNamePlace = 'first'): Gender | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const given = (word: string) => (NAME_WORD.test(word) ? givenNameGender(word) : undefined);
  const first = given(words[0]!);
  if (place === 'first') return first;
  const last = given(words.at(-1)!);
  // (A first word of the other gender says the order is not what the country suggests: "Julie
  // Turner", the U.S. envoy on North Korea, read as North Korea's, is no man "Turner".)
  if (place === 'last') return last && agreed([first, last]);
  return agreed([first, last]);
}

/** The one gender among `said` (undefined where nothing is said or two genders are). */
function agreed(said: readonly (Gender | undefined)[]): Gender | undefined {
  const genders = new Set(said.filter((gender) => gender !== undefined));
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** A mention of an official: its entity, the words naming it and the title written before them. */
interface PersonMention {
  candidate: { entityId: string; text: string };
  title: string;
}

/**
 * Each official's gender where the document's mentions of it agree on one: `mentions` are the
 * officials found in the text and title with their titles, `present` every official the text
 * names (also by office alone: "the Vice President"), `names` the canonical names the lexicon
 * knows them by ("Kamala Harris"), `countryOf` the country each represents (for the order its
 * names are written in).
 */
export function documentGenders(
  mentions: readonly PersonMention[],
  present: Iterable<string>,
  names: (id: string) => string | undefined,
  countryOf: (id: string) => string | undefined = () => undefined,
): Map<string, Gender> {
  const place = (id: string) => givenNamePlace(countryOf(id));
  const said = new Map<string, (Gender | undefined)[]>();
  const add = (id: string, gender: Gender | undefined) => {
    if (gender) said.set(id, [...(said.get(id) ?? []), gender]);
  };
  for (const { candidate, title } of mentions) {
    add(candidate.entityId, titleGender(title));
    add(candidate.entityId, nameGender(candidate.text, place(candidate.entityId)));
  }
  const ids = new Set([...mentions.map((mention) => mention.candidate.entityId), ...present]);
  for (const id of ids) add(id, nameGender(names(id) ?? '', place(id)));
  const genders = new Map<string, Gender>();
  for (const [id, evidence] of said) {
    const gender = agreed(evidence);
    if (gender) genders.set(id, gender);
  }
  return genders;
}
