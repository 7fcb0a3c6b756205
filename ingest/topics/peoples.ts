/**
 * A people named by its state: "the people of Israel", "the Government and people of Angola",
 * "the Ukrainian people", "the American and Indonesian peoples", "Sudanese civilians", "U.S.
 * citizens". The gold names each a people topic (CONVENTIONS 3.7: `people of Haiti`, `U.S.
 * citizens`; "the government and people of Angola" gives Angola and `people of Angola`); a state's
 * whole people is `people of` and the state's name however the text writes it (s40 ruling:
 * `people of Ukraine` for "the Ukrainian people" too, `statePeopleName`), other people nouns keep
 * the text's words. Of the gold's commitment sentences, a demonym before "people(s)" is a
 * people topic in 94 of 109, before a noun of `peopleNouns` ("citizens", "civilians",
 * "residents", …) in 64 of 81. The chunker cannot name them: the state's name or demonym is a
 * recognised name the phrase would cross, "people" alone is vacuous, and a coordinated head ("the
 * Government and people of Israel", "the sovereign nation and people of Ukraine") leaves no phrase
 * or a wrong one. Data: `peopleNouns` and `ownPublic` ("the American people" alone is the
 * statements' own public) in data/rules/topic-quality.json.
 */
import type { Lexicon } from '../lexicon';
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';
import type { LocalHit } from './chunkTopics';
import { pointsBack } from './pointsBack';

export interface PeopleList {
  /** Sentence-relative span of the words the names are read from. */
  start: number;
  end: number;
  names: string[];
  /**
   * The state each name's "people" belongs to (its entity id), parallel to `names`; none for
   * another people noun ("citizens") or a plural demonym. "the people of Sudan" and "the Sudanese
   * people" are one people, named once per document (deriveTopics).
   */
  states?: string[];
}

/**
 * "people of " and what may stand between it and the state's name. ("millions of people in El
 * Salvador, Guatemala, and Honduras", "people in Gaza" say where people are, a frame the gold
 * names no topic for.)
 */
const PEOPLE_OF = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])people of (?:the )?$/;
/** "the Government and (the) people of …", "the sovereign nation and people of …". */
const HEAD_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Gg]overnments?|nation|country|leaders(?:hip)?)(?: and| ?,) (?:the )?$/;
/** A state's modifier before a people noun: ", " or " and " joins coordinated demonyms. */
const JOIN = /^(?:,? and |, )$/;
/**
 * A verb right after a people: it is the clause's subject ("the American people will continue to
 * stand with …", "the Sudanese people must be allowed to …"), who acts, not what about.
 */
const VERB_AFTER =
  /^ (?:will|must|should|shall|can|could|may|have|has|had|are|is|were|was|deserve|continue|need|needs)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
/** "between (the) (A and) " right before a people: "ties between the Palestinian and American peoples". */
const BETWEEN = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])between [^,;.]*$/;
/** A participle right before a people modifies it: "wrongfully detained U.S. citizens". */
const PARTICIPLE_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])\p{Ll}+ed $/u;

const isPlace = (hit: LocalHit) => hit.type === 'Country' || hit.type === 'Region';

/** The people noun (one of `peopleNouns`, as written) opening `rest`, or undefined. */
function peopleNounAt(rest: string): string | undefined {
  const match = /^ (\p{Ll}+(?: \p{Ll}+)?)/u.exec(rest);
  if (!match) return undefined;
  const [one, two] = match[1]!.split(' ');
  if (two && Q.peopleNouns.has(`${one} ${two}`)) return `${one} ${two}`;
  return Q.peopleNouns.has(one!) ? one : undefined;
}

/** "people of X (and Y)": one `people of` topic per state named. */
function peopleOf(text: string, places: readonly LocalHit[], out: PeopleList[]): void {
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    const before = text.slice(Math.max(0, place.start - 20), place.start);
    const opening = PEOPLE_OF.exec(before);
    if (!opening) continue;
    const start = place.start - (before.length - opening.index);
    const names = [`${opening[0]}${text.slice(place.start, place.end)}`];
    const states = [place.id];
    let end = place.end;
    // "the people of Ireland and Northern Ireland": each state its people.
    const next = places[i + 1];
    if (next && /^ and (?:the )?$/.test(text.slice(place.end, next.start))) {
      names.push(`people of ${text.slice(next.start, next.end)}`);
      states.push(next.id);
      end = next.end;
    }
    const from = Math.max(0, start - 30);
    const head = HEAD_BEFORE.exec(text.slice(from, start));
    out.push({
      start: head ? from + head.index : start,
      end,
      names,
      states,
    });
  }
}

/** "the Ukrainian people", "American and Indonesian peoples", "U.S. citizens". */
function statePeople(text: string, places: readonly LocalHit[], out: PeopleList[]): void {
  for (let i = 0; i < places.length; i++) {
    const first = places[i]!;
    // The coordinated states before one people noun: "American, Japanese, and Korean people".
    let last = i;
    while (places[last + 1] && JOIN.test(text.slice(places[last]!.end, places[last + 1]!.start)))
      last++;
    const noun = peopleNounAt(text.slice(places[last]!.end));
    if (!noun) continue;
    // "wrongfully detained U.S. citizens": a people with modifiers of its own is the chunker's
    // phrase, named whole as the gold names it.
    if (PARTICIPLE_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start))) continue;
    // A demonym or state right before the noun modifies it; a whole name does not ("Government
    // of Ukraine people" is no phrase): only the last state is adjacent, the others are joined.
    const head = noun === 'peoples' ? 'people' : noun;
    const owners = places.slice(i, last + 1);
    const names = owners.map((hit) => `${text.slice(hit.start, hit.end)} ${head}`);
    // "deliver results to the American people": the statements' own public, alone.
    if (names.length === 1 && Q.ownPublic.has(names[0]!)) continue;
    out.push({
      start: first.start,
      end: places[last]!.end + 1 + noun.length,
      names,
      ...(head === 'people' ? { states: owners.map((hit) => hit.id) } : {}),
    });
    i = last;
  }
}

/**
 * "Americans", "Israelis": a state's plural demonym, recognised as the state, names its people
 * (CONVENTIONS 3.7: `Americans`, `Afghans`; the gold declares no plural demonym a state's alias).
 */
function pluralDemonyms(text: string, places: readonly LocalHit[], out: PeopleList[]): void {
  for (const hit of places) {
    const word = text.slice(hit.start, hit.end);
    // A plural in -s ("Swiss", "Lao" are no plurals).
    if (!hit.adjectival || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(word)) continue;
    // "Japanese Americans" is a heritage the name finder leaves whole.
    if (/\p{Lu}\p{L}* $/u.test(text.slice(Math.max(0, hit.start - 20), hit.start))) continue;
    // "Americans’ access to health care": the possessor owns the topic; the statements' own public
    // (ownPublic) is no people topic alone.
    if (/^[’']/.test(text.slice(hit.end, hit.end + 1)) || Q.ownPublic.has(word)) continue;
    out.push({ start: hit.start, end: hit.end, names: [word] });
  }
}

/** The people topics of a commitment's words `[from, to)`, read from its named places. */
export function peopleLists(
  text: string,
  named: readonly LocalHit[],
  topics: readonly LocalHit[],
  from: number,
  to: number,
): PeopleList[] {
  const places = named.filter((hit) => isPlace(hit) && hit.start >= from && hit.end <= to);
  if (places.length === 0) return [];
  const out: PeopleList[] = [];
  peopleOf(text, places, out);
  statePeople(text, places, out);
  pluralDemonyms(text, places, out);
  return out.filter(
    (list) =>
      list.start >= from &&
      list.end <= to &&
      // "these Nicaraguan citizens" points back to people already named.
      !pointsBack(text, list.start) &&
      // "ties between the American and Japanese peoples": the peoples' ties, a concept of their
      // own (people-to-people ties), not each people.
      !BETWEEN.test(text.slice(Math.max(0, list.start - 40), list.start)) &&
      !VERB_AFTER.test(text.slice(list.end, list.end + 12)) &&
      // "Japanese citizens abducted by the DPRK": a thesaurus concept running over the people
      // ("citizens abducted", `abductees`) is what the clause is about.
      !topics.some(
        (topic) =>
          topic.start < list.end &&
          topic.end > list.start &&
          (topic.start < list.start || topic.end > list.end),
      ),
  );
}

/**
 * A state's whole people, named after the state (CONVENTIONS 3.7, s40 ruling): "the Ukrainian
 * people" and "the people of Ukraine" are one topic `people of Ukraine` in every statement, "the
 * American people" `people of the United States`. The gold names states without an article (s37);
 * a name holding one of `definiteStateWords` ("Republic", "United", "Islands") takes "the". A
 * place that is no state keeps the text's words ("people of Gaza"): undefined.
 */
export function statePeopleName(lexicon: Lexicon, id: string): string | undefined {
  const state = lexicon.entities.get(id);
  if (state?.type !== 'Country') return undefined;
  const words = state.name.toLowerCase().split(/\s+/);
  const definite = words.some((word) => Q.definiteStateWords.has(word));
  return `people of ${definite ? 'the ' : ''}${state.name}`;
}
