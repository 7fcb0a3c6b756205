/**
 * "I congratulate President José Raúl Mulino of Panama on his inauguration", "the U.S. Presidential
 * Delegation to the inauguration of President Claudia Sheinbaum Pardo", "so soon after his July 1
 * inauguration": a leader's inauguration is an `Event` named by the leader and the day,
 * `inauguration of José Raúl Mulino (July 1, 2024)` (CONVENTIONS 3.6; the words, the leader and the
 * date as data/rules/inaugurations.json says). One inauguration, one name: a later "the
 * inauguration" or "the President’s inauguration" is the one named before.
 */
import type { DatedOfficial, Lexicon } from '../lexicon';
import { yearMonth } from '../read/dates';
import { INAUGURATION_RULES } from '../rules/inaugurations';
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';
import { alternation, escapeRegex, TITLE_RULES } from '../rules/titles';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import type { DatedEventScope } from './datedEvents';
import { entityHit } from './hit';
import { insertHit } from './placeHit';

const capitalisable = (words: readonly string[]) =>
  words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${escapeRegex(w.slice(1))}`).join('|');

/** "his historic inauguration", "the Inauguration", "his July 1 inauguration", "President X’s inauguration". */
const MENTION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'])(?:(${capitalisable(INAUGURATION_RULES.determiners)})|[’']s)\\s+((?:(?:${alternation(INAUGURATION_RULES.ratingWords)})\\s+)*(?:(${MONTH_ALTERNATION})\\s+(\\d{1,2})\\s+)?(?:${capitalisable(INAUGURATION_RULES.heads)}))(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'g',
);
const ANY_HEAD = new RegExp(`(?:${capitalisable(INAUGURATION_RULES.heads)})`);
/** " of President", " of the Prime Minister": what may stand between the head and the leader's name. */
const OF_LEADER = new RegExp(
  `^\\s+of\\s+(?:the\\s+)?(?:(?:${alternation(TITLE_RULES.titles)})\\s+)?$`,
);
/** " on May 24", " on May 24, 2021": the day the text gives after the leader's name. */
const ON_DAY = new RegExp(
  `^\\s+on\\s+(${MONTH_ALTERNATION})\\s+(\\d{1,2})(?![\\d])(?:,\\s+((?:19|20)\\d\\d))?`,
);
/** " in January 2022": the month the text gives after the mention. */
const IN_MONTH = new RegExp(`^\\s+in\\s+(${MONTH_ALTERNATION})\\s+((?:19|20)\\d\\d)`);
/** A statement on the inauguration itself is issued on its day. */
const STATEMENT_TITLE = /^Statement(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;
const HOME = 'country:usa';
const YEAR_MS = 366 * 24 * 3600 * 1000;

interface Leader {
  name: string;
  dated: DatedOfficial | undefined;
}

/** The lexicon's dated official for an entity id (its term start dates an inauguration). */
function datedOf(lexicon: Lexicon, id: string): DatedOfficial | undefined {
  for (const list of lexicon.dated?.bySurname.values() ?? []) {
    const found = list.find((official) => official.entityId === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The leader an official hit names, by the lexicon's name where the text writes it longer
 * ("Claudia Sheinbaum Pardo" is the lexicon's "Claudia Sheinbaum"); none for the United States'
 * own officials where a pronoun or a title stands for the leader.
 */
function leaderOf(lexicon: Lexicon, hit: EntityHit): Leader {
  const own = lexicon.entities.get(hit.entityId);
  let name = own?.name ?? hit.name ?? hit.text;
  let dated = datedOf(lexicon, hit.entityId);
  if (!own) {
    const words = name.split(/\s+/);
    for (const word of words) {
      for (const candidate of lexicon.dated?.bySurname.get(word) ?? []) {
        const known = lexicon.entities.get(candidate.entityId)?.name;
        if (known?.split(/\s+/).every((part) => words.includes(part))) {
          name = known;
          dated = candidate;
        }
      }
    }
  }
  return { name, dated };
}

function isHome(lexicon: Lexicon, hit: EntityHit): boolean {
  return (
    lexicon.entities.get(hit.entityId)?.represents === HOME ||
    datedOf(lexicon, hit.entityId)?.countryId === HOME
  );
}

/** The leader the title names: an official of the text, not the home side's, whose surname it holds. */
function titleLeader(
  lexicon: Lexicon,
  title: string,
  hits: readonly EntityHit[],
): Leader | undefined {
  for (const hit of hits) {
    if (hit.type !== 'Official' || isHome(lexicon, hit)) continue;
    const leader = leaderOf(lexicon, hit);
    const surname = leader.name.split(/\s+/).pop() ?? '';
    if (
      surname.length > 2 &&
      new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${escapeRegex(surname)}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`).test(title)
    )
      return leader;
  }
  return undefined;
}

/** The date part of the name: the text's day or month, the term start, the statement's day or month. */
function dateOf(
  leader: Leader,
  day: { month: string; day: string; year?: string | undefined } | undefined,
  month: string | undefined,
  isoDate: string | undefined,
  title: string,
): string | undefined {
  const when = yearMonth(isoDate);
  const year = day?.year ?? when?.year;
  if (day && year) return `${day.month} ${Number(day.day)}, ${year}`;
  if (month) return month;
  const from = leader.dated?.from;
  if (from && isoDate && Math.abs(Date.parse(from) - Date.parse(isoDate)) <= YEAR_MS) {
    const [year, m, d] = from.split('-').map(Number);
    return `${MONTHS[m! - 1]} ${d}, ${year}`;
  }
  if (!when || !isoDate) return undefined;
  if (STATEMENT_TITLE.test(title) && ANY_HEAD.test(title))
    return `${MONTHS[when.month]} ${Number(isoDate.slice(8, 10))}, ${when.year}`;
  return `${MONTHS[when.month]} ${when.year}`;
}

/** Adds a hit for each inauguration the sentences name, by leader and date. */
export function inaugurations(scope: DatedEventScope): void {
  const { lexicon, text, sentences, hitsBySentence, title, isoDate } = scope;
  if (!ANY_HEAD.test(text)) return;
  const all = [...hitsBySentence.values()].flat();
  let named: string | undefined;
  let fromTitle: Leader | null | undefined;
  for (const sentence of sentences) {
    const hits = hitsBySentence.get(sentence.index) ?? [];
    MENTION.lastIndex = 0;
    for (let match = MENTION.exec(sentence.text); match; match = MENTION.exec(sentence.text)) {
      const [whole, determiner, mention = '', month, day] = match;
      const start = sentence.start + match.index + whole.length - mention.length;
      const end = start + mention.length;
      if (hits.some((hit) => hit.start < end && start < hit.end)) continue;
      const ofLeader = hits.find(
        (hit) =>
          hit.type === 'Official' && hit.start >= end && OF_LEADER.test(text.slice(end, hit.start)),
      );
      const possessor = determiner
        ? undefined
        : hits.find(
            (hit) => hit.type === 'Official' && /^[’']s\s+$/.test(text.slice(hit.end, start)),
          );
      let leader: Leader | undefined;
      if (ofLeader) leader = leaderOf(lexicon, ofLeader);
      else if (possessor) leader = leaderOf(lexicon, possessor);
      let name: string | undefined;
      if (!leader && named) name = named;
      else {
        if (!leader) {
          if (fromTitle === undefined) fromTitle = titleLeader(lexicon, title, all) ?? null;
          leader = fromTitle ?? undefined;
        }
        if (!leader) continue;
        const rest = text.slice(ofLeader?.end ?? end, sentence.end);
        const inMonth = IN_MONTH.exec(rest);
        const onDay = ON_DAY.exec(rest);
        const date = dateOf(
          leader,
          month && day
            ? { month, day }
            : onDay
              ? { month: onDay[1]!, day: onDay[2]!, year: onDay[3] }
              : undefined,
          inMonth ? `${inMonth[1]} ${inMonth[2]}` : undefined,
          isoDate,
          title,
        );
        name = `inauguration of ${leader.name}${date ? ` (${date})` : ''}`;
        named ??= name;
      }
      const surface = text.slice(start, end);
      insertHit(hits, entityHit(entityIdFor('Event', name), 'Event', start, end, surface, name));
      hitsBySentence.set(sentence.index, hits);
    }
  }
}
