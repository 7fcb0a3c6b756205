/**
 * "Today, the President of the United States and the President of the French Republic met …":
 * a national office named with its country and no personal name stands for the person who holds
 * it. When the document names that person (in the title, "Meeting Between President Biden and
 * President Macron"; in the text, "President Biden"; or in apposition, "the President of the
 * United States, Joseph R. Biden, and …"), the office is an alias of that official (gold
 * conventions, session 12); when it never does, the office names the official (session 10's
 * rule for officials named only by office), with the office's country.
 */
import { slugify } from '../ids';
import type { Lexicon } from '../lexicon';
import { escapeRegex, TITLE_WORDS } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityHit } from './hit';
import { nationalOffices } from './nationalOffices';
import { compile, TITLE_BODY, writesTitleHead } from './officialPatterns';
import { findOfficials, type OfficialFinding } from './officials';
import { insertHit } from './placeHit';

interface Office {
  sentence: number;
  start: number;
  end: number;
  text: string;
  title: string;
  countryId: string;
  /** Its name where the text's form is none (nationalOffices.ts: "Indonesia’s Minister …"). */
  name?: string;
}

interface Holder {
  entityId: string;
  name: string;
  title: string;
  countryId?: string;
}

let pattern: RegExp | undefined;

/**
 * "the Title of (the) Country" (or "… and Title of Country" after one), with no name after it (a
 * name makes it a titled official) and no remit ("Ambassador of Mexico to the United States");
 * "as Vice President of the United States" is a role, and "Advisor to the Prime Minister of
 * Sweden" part of another title.
 */
function officePattern(lexicon: Lexicon): RegExp {
  if (pattern) return pattern;
  const countries = [...compile(lexicon).countryByAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  pattern = new RegExp(
    `(?<=(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to|for) )(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])the |(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])and )(${TITLE_BODY}) of (?:the )?(${countries.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?! \\(?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]| to(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))`,
    'g',
  );
  return pattern;
}

function officesIn(lexicon: Lexicon, sentence: SegmentedSentence, hits: EntityHit[]): Office[] {
  const out: Office[] = [];
  // Both patterns need a title head: most sentences have none, and the look-behinds are costly.
  if (!writesTitleHead(sentence.text)) return out;
  const { countryByAlias } = compile(lexicon);
  const re = officePattern(lexicon);
  re.lastIndex = 0;
  for (let match = re.exec(sentence.text); match; match = re.exec(sentence.text)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    // A titled official or a longer name already covers it ("President of the ROK Yoon …").
    const covered = hits.some(
      (hit) => hit.start < end && hit.end > start && (hit.type !== 'Country' || hit.end > end),
    );
    if (covered) continue;
    const countryId = countryByAlias.get(match[2]!);
    if (!countryId) continue;
    out.push({
      sentence: sentence.index,
      start,
      end,
      text: match[0],
      title: headTitle(match[1]!),
      countryId,
    });
  }
  for (const office of nationalOffices(lexicon, sentence.text)) {
    const start = sentence.start + office.start;
    const end = sentence.start + office.end;
    if (hits.some((hit) => hit.start < end && hit.end > start && hit.type !== 'Country')) continue;
    out.push({ ...office, sentence: sentence.index, start, end, title: headTitle(office.title) });
  }
  return out;
}

/**
 * A title from its first title word on: "Meeting Between President" (the title's words before
 * "President Biden") is "President"; "Vice President" stays itself.
 */
function headTitle(title: string): string {
  const words = title.split(' ');
  const first = words.findIndex((word) => TITLE_WORDS.has(word));
  return first < 0 ? title : words.slice(first).join(' ');
}

function holderOf(lexicon: Lexicon, finding: OfficialFinding, name?: string): Holder {
  const known = lexicon.entities.get(finding.candidate.entityId);
  const countryId = finding.countryId ?? known?.represents;
  return {
    entityId: finding.candidate.entityId,
    name: name ?? known?.name ?? finding.candidate.text,
    title: headTitle(finding.title),
    ...(countryId ? { countryId } : {}),
  };
}

/**
 * Who holds each office: the official of that title and country the document names; else the
 * one official of that title whose country the document never says, when a single office of
 * that title is left unresolved.
 */
function resolve(offices: Office[], holders: Holder[]): Map<string, Holder> {
  const key = (office: Office) => `${office.title}|${office.countryId}`;
  const byKey = new Map<string, Holder>();
  const keys = [...new Set(offices.map(key))];
  for (const office of offices) {
    const k = key(office);
    if (byKey.has(k)) continue;
    const same = holders.filter(
      (h) => h.title === office.title && h.countryId === office.countryId,
    );
    const ids = new Set(same.map((h) => h.entityId));
    if (ids.size === 1) byKey.set(k, same[0]!);
  }
  const used = new Set([...byKey.values()].map((h) => h.entityId));
  const open = keys.filter((k) => !byKey.has(k));
  for (const k of open) {
    const title = k.slice(0, k.indexOf('|'));
    if (open.filter((other) => other.startsWith(`${title}|`)).length !== 1) continue;
    const unplaced = holders.filter(
      (h) => h.title === title && !h.countryId && !used.has(h.entityId),
    );
    if (new Set(unplaced.map((h) => h.entityId)).size !== 1) continue;
    const holder = { ...unplaced[0]!, countryId: k.slice(k.indexOf('|') + 1) };
    byKey.set(k, holder);
    used.add(holder.entityId);
  }
  return byKey;
}

/**
 * Adds an Official hit (and an official finding, for REPRESENTS) for every office phrase of the
 * document; the country inside the phrase stays declared but nested (not an actor of its own).
 */
export function officeHolders(
  lexicon: Lexicon,
  title: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  officials: OfficialFinding[],
): void {
  const offices = sentences.flatMap((sentence) =>
    officesIn(lexicon, sentence, hitsBySentence.get(sentence.index) ?? []),
  );
  if (offices.length === 0) return;
  // Officials the lexicon knows with their office ("Joseph R. Biden, Jr." in a signature line).
  const known = [...hitsBySentence.values()].flat().flatMap((hit): Holder[] => {
    const entity = hit.type === 'Official' ? lexicon.entities.get(hit.entityId) : undefined;
    const title = entity?.attributes?.title;
    if (!entity?.represents || !title) return [];
    return [{ entityId: entity.id, name: entity.name, title, countryId: entity.represents }];
  });
  const holders = [
    ...known,
    ...officials.map((finding) => holderOf(lexicon, finding)),
    ...findOfficials(lexicon, title.replace(/\s+/g, ' '), 0).map((f) => holderOf(lexicon, f)),
  ];
  const resolved = resolve(offices, holders);
  for (const office of offices) {
    const hits = hitsBySentence.get(office.sentence)!;
    // "the President of the United States, Joseph R. Biden, and …": the name in apposition.
    const apposed = hits.find((hit) => hit.type === 'Official' && hit.start === office.end + 2);
    const holder: Holder = apposed
      ? { entityId: apposed.entityId, name: apposed.name ?? apposed.text, title: office.title }
      : (resolved.get(`${office.title}|${office.countryId}`) ?? {
          entityId: `official:${slugify(office.name ?? office.text)}`,
          name: office.name ?? office.text,
          title: office.title,
        });
    for (const hit of hits) {
      if (hit.type === 'Country' && hit.start >= office.start && hit.end <= office.end)
        hit.nested = true;
    }
    const hit = entityHit(
      holder.entityId,
      'Official',
      office.start,
      office.end,
      office.text,
      holder.name,
    );
    insertHit(hits, hit);
    officials.push({
      candidate: { ...hit, source: 'official' },
      title: office.title,
      countryId: office.countryId,
      span: { start: office.start, end: office.end },
    });
  }
}
