/**
 * "saddened by the devastating earthquake that occurred in Saint-Louis du Sud, Haiti", "the deadly
 * train crash in India", "the ongoing wildfires in Chile": a natural disaster or accident the text
 * reports is an `Event` named by its kind, where it struck and the month, `earthquake in Haiti
 * (August 2021)` (gold conventions 3.6: disasters are dated Events, 'earthquake in Morocco
 * (September 2023)', 'flooding and landslides in southern Brazil (May 2024)'). The mention keeps
 * how the text rates it ("devastating earthquake", a gold alias); the name does not. Only one
 * occurrence is an Event: a definite mention with a place after it, or one in a statement whose
 * title is about a disaster; "floods and droughts" in general are a Topic (kinds, rating words and
 * place links in data/rules/disasters.json).
 */
import type { Lexicon } from '../lexicon';
import { yearMonth } from '../read/dates';
import { DISASTER_RULES } from '../rules/disasters';
import { MONTHS } from '../rules/months';
import { alternation, escapeRegex } from '../rules/titles';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import type { DatedEventScope } from './datedEvents';
import { entityHit, stripSource } from './hit';
import { matchLexicon } from './matchLexicon';
import { insertHit } from './placeHit';
import { select } from './selectCandidates';

/** "The" opens a sentence as "the" does a clause. */
const capitalisable = (words: readonly string[]) =>
  words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${escapeRegex(w.slice(1))}`).join('|');

const HEAD = `(?:${alternation(DISASTER_RULES.heads)})`;
const MENTION = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'])(?:${capitalisable(DISASTER_RULES.determiners)}) ((?:(?:${alternation(DISASTER_RULES.ratingWords)}),? )*)(${HEAD})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])`,
  'g',
);
/** Any kind, as MENTION reads it (its sentences are slices of the document's text). */
const ANY_HEAD = new RegExp(HEAD);
/** What may follow the kind: a place, a clause on it, or the phrase's end ("the flood risk" names no flood). */
const AFTER = new RegExp(
  `^(?:$|[,.;:)—–]|\\s+(?:${alternation(DISASTER_RULES.placeLinks)}|that|which|has|have|had|was|were|is|are|and|on|over|during|this|earlier|yesterday|today)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
);
const PLACE_LINK = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(DISASTER_RULES.placeLinks)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);
/** "on the Deadly Landslides in India", "on Tragedy in Gujarat": the title says where ("since the Great East Japan Earthquake" does not). */
const TITLE_HEAD = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${HEAD}|${alternation(DISASTER_RULES.titleWords)})(?: (?:${alternation(DISASTER_RULES.placeLinks)}))(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'i',
);
/** How far after the kind its place may be named ("that have thus far claimed … in Turkiye"). */
const PLACE_REACH = 90;
/** Between a town and its country: the rest of the town's name the gazetteer lacks, then a comma. */
const TOWN_THEN_COUNTRY = /^[^,.;]{0,25},\s*/;
/** Long enough for any country's name ("Democratic Republic of the Congo"). */
const COUNTRY_REACH = 40;
const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'Region']);

/** A country by its own name ("Turkiye" is Türkiye), any other place as the text writes it ("southern Brazil"). */
function placeName(lexicon: Lexicon, hit: EntityHit): string {
  if (hit.type !== 'Country') return hit.text;
  return lexicon.entities.get(hit.entityId)?.name ?? hit.name ?? hit.text;
}

/**
 * The place named after the kind, in `hits` of its sentence: the first one a place link leads to;
 * "in Saint-Louis du Sud, Haiti" is in Haiti (the country after a town names where, as the gold;
 * the locator pass has already dropped that country's hit, so it is looked up again here).
 */
function placeAfter(
  lexicon: Lexicon,
  text: string,
  end: number,
  hits: readonly EntityHit[],
): string | undefined {
  const first = hits.find(
    (hit) =>
      PLACE_TYPES.has(hit.type) &&
      hit.start >= end &&
      hit.start - end <= PLACE_REACH &&
      PLACE_LINK.test(text.slice(end, hit.start)),
  );
  if (!first) return undefined;
  const town = first.type === 'Country' ? null : TOWN_THEN_COUNTRY.exec(text.slice(first.end));
  if (town) {
    const at = first.end + town[0].length;
    const { chosen } = select(matchLexicon(lexicon, text.slice(at, at + COUNTRY_REACH), at));
    const country = chosen.find((hit) => hit.start === at && hit.type === 'Country');
    if (country) return lexicon.entities.get(country.entityId)?.name ?? country.text;
  }
  return placeName(lexicon, first);
}

/** The first place the title names, when the title is about a disaster ("on Tragedy in Gujarat, India"). */
function titlePlace(lexicon: Lexicon, title: string): string | undefined {
  const head = TITLE_HEAD.exec(title);
  if (!head) return undefined;
  const { chosen } = select(matchLexicon(lexicon, title, 0));
  const place = chosen
    .map(stripSource)
    .find((hit) => PLACE_TYPES.has(hit.type) && hit.start > head.index);
  return place ? placeName(lexicon, place) : undefined;
}

/** Adds a hit for each disaster the sentences report, named by kind, place and month. */
export function disasters(scope: DatedEventScope): void {
  const { lexicon, text, sentences, hitsBySentence, title, isoDate } = scope;
  // Every mention holds a kind: a statement that writes none (most) is not scanned sentence by
  // sentence for determiners.
  if (!ANY_HEAD.test(text)) return;
  const when = yearMonth(isoDate);
  const month = when ? ` (${MONTHS[when.month]} ${when.year})` : '';
  /** The name each kind was given, for a later mention ("displaced by the earthquake" after "the earthquakes in Turkiye"). */
  const named = new Map<string, { place: string; name: string }>();
  let fromTitle: string | null | undefined;
  for (const sentence of sentences) {
    MENTION.lastIndex = 0;
    for (let match = MENTION.exec(sentence.text); match; match = MENTION.exec(sentence.text)) {
      const [whole, rating = '', head = ''] = match;
      const start = sentence.start + match.index + whole.length - rating.length - head.length;
      const end = start + rating.length + head.length;
      if (!AFTER.test(text.slice(end, sentence.end))) continue;
      const hits = hitsBySentence.get(sentence.index) ?? [];
      if (hits.some((hit) => hit.start < end && start < hit.end)) continue;
      const kind = head.toLowerCase();
      const stem = kind.replace(/s$/, '');
      const own = placeAfter(lexicon, text, end, hits);
      const earlier = named.get(stem);
      let name = earlier && (!own || own === earlier.place) ? earlier.name : undefined;
      if (!name) {
        if (!own && fromTitle === undefined) fromTitle = titlePlace(lexicon, title) ?? null;
        const place = own ?? fromTitle ?? undefined;
        if (!place) continue;
        name = `${kind} in ${place}${month}`;
        named.set(stem, { place, name });
      }
      const surface = text.slice(start, end);
      const hit = entityHit(entityIdFor('Event', name), 'Event', start, end, surface, name);
      // The occasion of condolences, not what a stance is about (gold: "in no about").
      hit.nested = true;
      insertHit(hits, hit);
      hitsBySentence.set(sentence.index, hits);
    }
  }
}
