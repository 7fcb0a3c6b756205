/**
 * "yesterday’s attack in Kabul", "Iran’s direct military attack against Israel", "an attack on
 * Slovak Prime Minister Robert Fico", "the tragic and alarming incident earlier today in northern
 * Gaza": an attack or incident the text reports is an `Event` named by what the text calls it, its
 * kind with the attacker and the place or target, and its date: `attack in Kabul (August 26,
 * 2021)` (gold conventions 3.6, s38 ruling). Rating words stay out of the name, classifying words
 * in ("terrorist", "missile", "gang-led"); the date is the day where the text gives or implies it
 * ("yesterday’s", "earlier today", "on Tuesday", "on May 23"), else the month, which only a
 * statement on the incident itself or a "recent" one gives (an anniversary's attack has a month
 * the text does not say). Kinds, ratings, links and days are data (data/rules/incidents.json).
 */
import { INCIDENT_RULES } from '../rules/incidents';
import { MONTH_ALTERNATION, MONTHS } from '../rules/months';
import { alternation } from '../rules/titles';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import type { DatedEventScope } from './datedEvents';
import { entityHit } from './hit';
import { insertHit } from './placeHit';

const R = INCIDENT_RULES;
const capitalisable = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(
      (w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    )
    .join('|');

const HEAD = `(?:${alternation(R.heads)})`;
const RATING = `(?:${alternation(R.ratingWords)})`;
const CLASSIFIER = `(?:${alternation(Object.keys(R.classifiers))})`;
const DAY_WORD = `(?:${alternation(Object.keys(R.dayWords))})`;
const LINK = `(?:${alternation([...new Set([...R.placeLinks, ...R.personLinks])])})`;
/**
 * Determiner (or an attacker's possessive), ratings ("tragic and alarming"), an attacker's
 * demonym or name ("Russian", "Houthi"), a classifier, the kind, a day word, then the link.
 */
const MENTION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'])(?:(?<det>${capitalisable([...Object.keys(R.determiners), ...R.indefinite])})|(?<owner>[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*)*)[’']s?) (?<ratings>(?:${RATING}(?:,? and |, | ))*)(?<by>[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ-]* )?(?<cls>${CLASSIFIER} )?(?<head>${HEAD})(?: (?<day>${DAY_WORD}))? (?<link>${LINK}) (?<the>the )?`,
  'g',
);
const ANY_HEAD = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${HEAD}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'i');
const PLURAL: ReadonlySet<string> = new Set(R.pluralHeads);
const RECENT = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(R.recentWords)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);
const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'Region']);
/** "northern Gaza", "eastern Poland": where in the place, part of the name the gold writes. */
const DIRECTION =
  /^(?:northern|southern|eastern|western|central|north|south|east|west)(?:-?(?:eastern|western))? /;
const ATTACKER_TYPES: ReadonlySet<string> = new Set(['Country', 'Organization']);
/** A person's title before the name: "Slovak Prime Minister ", "former Japanese Prime Minister ". */
const TITLE_RUN = /^(?:former |late )?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]* ){1,5}$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const M = `(${MONTH_ALTERNATION})`;
/**
 * What dates it after the target, within its clause: a day word, a weekday, a date, a month; not
 * past a comma or an "and", where the date may be another item's ("the attacks in Mumbai on 26/11
 * and the Abbey Gate bombing in Afghanistan on August 26, 2021"; "the attacks in New York,
 * Pennsylvania, and Washington on September 11, 2001", which the gold names by its date).
 */
const DATE_AFTER = new RegExp(
  `^(?:(?!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])and(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[^.;,]){0,60}?(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(${DAY_WORD})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|on (${WEEKDAYS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?:on|of) ${M} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d\\d))?(?![\\d])|in ${M},? ((?:19|20)\\d\\d))`,
);

interface Day {
  year: number;
  month: number;
  day?: number;
}

function shifted(iso: string, days: number): Day {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function relative(word: string, iso: string): Day {
  return shifted(
    iso,
    R.dayWords[word] === 'yesterday' || R.determiners[word] === 'yesterday' ? -1 : 0,
  );
}

/** The day a mention's clause gives it, or undefined. */
function dateAfter(tail: string, iso: string): Day | undefined {
  const found = DATE_AFTER.exec(tail);
  if (!found) return undefined;
  const [, word, weekday, month, day, year, monthOnly, monthYear] = found;
  if (word) return relative(word, iso);
  if (weekday) {
    // The last such weekday on or before the statement's day.
    const today = new Date(`${iso}T12:00:00Z`).getUTCDay();
    return shifted(iso, -((today - WEEKDAYS.indexOf(weekday) + 7) % 7));
  }
  const own = Number(iso.slice(0, 4));
  if (month)
    return { year: year ? Number(year) : own, month: MONTHS.indexOf(month), day: Number(day) };
  if (monthOnly) return { year: Number(monthYear), month: MONTHS.indexOf(monthOnly) };
  return undefined;
}

function written(day: Day): string {
  const month = MONTHS[day.month];
  return day.day === undefined ? `${month} ${day.year}` : `${month} ${day.day}, ${day.year}`;
}

/**
 * The place that starts at `at` in `hits`, the longest, a direction before it taken in ("in
 * northern Gaza"); a demonym ("an attack on Slovak Prime Minister …") is no place.
 */
function placeAt(text: string, at: number, hits: readonly EntityHit[]) {
  const direction = DIRECTION.exec(text.slice(at))?.[0].length ?? 0;
  let found: EntityHit | undefined;
  for (const hit of hits)
    if (
      (hit.start === at || hit.start === at + direction) &&
      PLACE_TYPES.has(hit.type) &&
      !hit.adjectival &&
      (!found || hit.end > found.end)
    )
      found = hit;
  return found && { hit: found, start: Math.min(found.start, at) };
}

/** The person after "on"/"of", past a title the official's hit leaves out. */
function personAfter(text: string, at: number, hits: readonly EntityHit[]) {
  return hits.find(
    (hit) =>
      hit.type === 'Official' &&
      hit.start >= at &&
      hit.start - at <= 60 &&
      (hit.start === at || TITLE_RUN.test(text.slice(at, hit.start))),
  );
}

/** Adds an Event hit for each attack or incident the sentences report, named by the rules above. */
export function incidents(scope: DatedEventScope): void {
  const { text, sentences, hitsBySentence, title, isoDate } = scope;
  if (!isoDate || !ANY_HEAD.test(text)) return;
  const titled = ANY_HEAD.test(title);
  const wars = new Set(R.wars.map(([by, on]) => `${by}|${on}`));
  for (const sentence of sentences) {
    if (!ANY_HEAD.test(sentence.text)) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    MENTION.lastIndex = 0;
    for (let match = MENTION.exec(sentence.text); match; match = MENTION.exec(sentence.text)) {
      const g = match.groups ?? {};
      const head = g.head ?? '';
      const link = g.link ?? '';
      const at = sentence.start + match.index + match[0].length;
      const headAt = match[0].indexOf(
        `${g.by ?? ''}${g.cls ?? ''}${head}`,
        (g.det ?? g.owner ?? '').length,
      );
      const start = sentence.start + match.index + headAt;
      // Who did it: the possessive's state or body, or the demonym before the kind.
      let attacker: EntityHit | undefined;
      if (g.owner) {
        const ownerEnd = sentence.start + match.index + g.owner.length;
        attacker = hits.find((hit) => hit.end === ownerEnd && ATTACKER_TYPES.has(hit.type));
        if (!attacker) continue;
      }
      if (g.by) {
        const byAt = start;
        const by = hits.find((hit) => hit.start === byAt && ATTACKER_TYPES.has(hit.type));
        if (!by) continue;
        attacker ??= by;
      }
      const placed = R.placeLinks.includes(link) ? placeAt(text, at, hits) : undefined;
      const place = placed?.hit;
      const person =
        !place && R.personLinks.includes(link)
          ? personAfter(text, at - (g.the?.length ?? 0), hits)
          : undefined;
      const target = place ?? person;
      if (!target) continue;
      const indefinite = g.det !== undefined && R.indefinite.includes(g.det.toLowerCase());
      if (indefinite && !person) continue;
      // A state attacked as a whole is one incident only with its attacker named, and not the
      // war between the two ("Russia’s attack on Ukraine").
      if (target.type === 'Country' && (link === 'on' || link === 'against')) {
        if (!attacker || wars.has(`${attacker.entityId}|${target.entityId}`)) continue;
      }
      if (attacker && wars.has(`${attacker.entityId}|${target.entityId}`)) continue;
      if (hits.some((hit) => hit.type === 'Event' && hit.start < target.end && hit.end > start))
        continue;
      // When: the determiner's day, a day word, the clause's date, else the month of a recent
      // incident or of one the statement is about.
      const determiner = g.det?.toLowerCase() ?? '';
      const dayWord = g.day ?? (R.determiners[determiner] ? determiner : undefined);
      const when =
        (dayWord ? relative(dayWord, isoDate) : undefined) ??
        dateAfter(text.slice(target.end, sentence.end), isoDate);
      const recent = RECENT.test(g.ratings ?? '');
      if (!when && !recent && !titled) continue;
      if (PLURAL.has(head) && !when?.day) continue;
      const date = when ?? shifted(isoDate, 0);
      const kind = g.cls ? `${R.classifiers[g.cls.trim().toLowerCase()] ?? g.cls.trim()} ` : '';
      const owner = g.owner && attacker ? `${g.owner}’s ` : '';
      const targetName =
        target === person
          ? (person.name ?? person.text)
          : `${g.the ?? ''}${text.slice(placed?.start ?? target.start, target.end)}`;
      const dated = when?.day === undefined ? { ...date, day: undefined } : date;
      const name = `${owner}${g.by ?? ''}${kind}${head} ${link} ${targetName} (${written(dated)})`;
      const surface = text.slice(start, target.end);
      for (const hit of hits) if (hit.start >= start && hit.end <= target.end) hit.nested = true;
      insertHit(
        hits,
        entityHit(entityIdFor('Event', name), 'Event', start, target.end, surface, name),
      );
      hitsBySentence.set(sentence.index, hits);
    }
  }
}
