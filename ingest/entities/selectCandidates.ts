/**
 * Settles overlapping candidates (longest wins, lexicon before guesses, named apart from topics)
 * and keeps bodies inside longer names as nested hits; separate from recognise.ts, which gathers
 * the candidates.
 */
import type { Candidate } from './matchLexicon';
import { ownArmy } from './ownArmy';
import { placeInComplement, placeOfMeeting } from './placeInName';

const PRIORITY: Record<Candidate['source'], number> = {
  lexicon: 5,
  official: 4,
  phrase: 3,
  venue: 2,
  listed: 2,
  topic: 1,
};

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Non-overlapping choice: longest first; lexicon before generic guesses of equal length. */
function chooseLongest(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      PRIORITY[b.source] - PRIORITY[a.source] ||
      a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.some((other) => overlaps(other, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** Bodies and instruments named inside a longer name ("UN" in "UN Charter") are kept as nested. */
const NESTABLE = new Set(['Organization', 'Instrument', 'Event']);

/**
 * An outer phrase that keeps what it names ("hosting Asia-Pacific Economic Cooperation (APEC) in
 * 2022") keeps the names directly in it, not what matches inside one of them: "Asia-Pacific" in
 * "Asia-Pacific Economic Cooperation" is no region named, as it would not be without the outer.
 */
function insideInnerName(outer: Candidate, candidate: Candidate, candidates: Candidate[]) {
  return candidates.some(
    (inner) =>
      inner !== outer &&
      inner.source === 'lexicon' &&
      inner.type !== 'Topic' &&
      inner.start >= outer.start &&
      inner.end <= outer.end &&
      inner.start <= candidate.start &&
      inner.end >= candidate.end &&
      inner.end - inner.start > candidate.end - candidate.start &&
      !(NESTABLE.has(candidate.type) || placeInComplement(inner, candidate)),
  );
}

/**
 * "Dominican Republic-Central America-United States Free Trade Agreement": the countries and
 * regions of the hyphenated compound opening an agreement's name are its parties, declared
 * nested as the gold does (2025-11-13), never what a clause is about ("Sino-British": an
 * adjective names no party). So are those of an event's, program's or body's name
 * ("Japan-Australia-India-U.S. (Quad) Summit", gold 2022-05-23; 340 archive statements).
 */
const COMPOUND_OUTERS = new Set(['Instrument', 'Event', 'Program', 'Organization']);

function compoundParty(outer: Candidate, candidate: Candidate): boolean {
  if (!COMPOUND_OUTERS.has(outer.type) || candidate.source !== 'lexicon' || candidate.adjectival)
    return false;
  if (candidate.type !== 'Country' && candidate.type !== 'Region') return false;
  const from = candidate.start - outer.start;
  const to = candidate.end - outer.start;
  // (Joined by a hyphen, with no lowercase word before it: the compound heads the name. A spaced
  // en dash joins a pair as a hyphen does: "U.S. – Vietnam Comprehensive Strategic Partnership".)
  // (An unspaced en dash joins no party: the gold of 2025-04-18 declares no Middle East inside
  // "India–Middle East–Europe Economic Corridor".)
  const touches =
    outer.text[to] === '-' ||
    outer.text[from - 1] === '-' ||
    outer.text.startsWith(' – ', to) ||
    outer.text.endsWith(' – ', from);
  return touches && !/(?:^|\s)[a-zß-öø-ɏḀ-ỿ]/.test(outer.text.slice(0, from));
}

/**
 * "Pacific" in "Indo-Pacific": a match inside a longer lexicon name is no party of its own. The
 * outer name itself does not count, or a known compound ("United States-Mexico-Canada
 * Agreement", a lexicon instrument) would hide every party it names.
 */
function insideLonger(candidate: Candidate, candidates: Candidate[], outer: Candidate): boolean {
  return candidates.some(
    (other) =>
      other !== outer &&
      !(other.start === outer.start && other.end === outer.end) &&
      other.source === 'lexicon' &&
      other.start <= candidate.start &&
      other.end >= candidate.end &&
      other.end - other.start > candidate.end - candidate.start,
  );
}

/**
 * "OPEC+" is a grouping of its own, not OPEC named inside it: a known name that a longer known
 * name only extends by a glued sign ("+") is no nested mention.
 */
function gluedVariant(outer: Candidate, candidate: Candidate): boolean {
  return (
    outer.source === 'lexicon' &&
    outer.start === candidate.start &&
    /^[^\p{L}\p{N}\s]+$/u.test(outer.text.slice(candidate.end - outer.start))
  );
}

/**
 * Named entities are chosen among themselves, topics among themselves: a topic phrase
 * ("peace and stability across the Taiwan Strait") must not hide the place it names.
 */
/** A known place inside a longer known place at the same spot ("Asia" of "Asia-Pacific"). */
function insideLongerPlace(candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some(
    (other) =>
      other.type === 'Region' &&
      other.source === 'lexicon' &&
      other.start <= candidate.start &&
      other.end >= candidate.end &&
      other.end - other.start > candidate.end - candidate.start,
  );
}

export function select(candidates: Candidate[]): { chosen: Candidate[]; nested: Candidate[] } {
  const named = chooseLongest(candidates.filter((c) => c.type !== 'Topic'));
  const topics = chooseLongest(candidates.filter((c) => c.type === 'Topic')).filter(
    // …but a topic word inside a name ("Security" in a program's name) is not a topic mention.
    (topic) => !named.some((n) => n.start <= topic.start && n.end >= topic.end),
  );
  const chosen = [...named, ...topics];
  const nested: Candidate[] = [];
  for (const candidate of candidates) {
    const outer = named.find(
      (other) =>
        other.start <= candidate.start && other.end >= candidate.end && other !== candidate,
    );
    if (!outer || outer.entityId === candidate.entityId || gluedVariant(outer, candidate)) continue;
    // "the European Union High Representative": a body that only owns an official's office is
    // not named by it (gold conventions, session 7); named elsewhere, it is declared there.
    if (outer.type === 'Official' && candidate.type === 'Organization') continue;
    const kept =
      (outer.keepsInner === true &&
        candidate.type !== 'Topic' &&
        !insideInnerName(outer, candidate, candidates)) ||
      (outer.keepsOwner === true &&
        candidate.start === outer.start &&
        candidate.type === 'Country') ||
      ownArmy(outer, candidate, candidates) ||
      (compoundParty(outer, candidate) && !insideLonger(candidate, candidates, outer));
    if (
      !kept &&
      (!(NESTABLE.has(candidate.type) || placeInComplement(outer, candidate)) ||
        candidate.source !== 'lexicon')
    )
      continue;
    // "Security Council" ending "U.S. National Security Council" is not the UN body: a body
    // nested after another capitalised word is the tail of a different name.
    // An acronym is a name of its own wherever it stands ("Global Coalition to Defeat ISIS").
    if (
      !kept &&
      !/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,6}$/.test(candidate.text) &&
      candidate.start > outer.start &&
      /[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*\s$/.test(
        outer.text.slice(0, candidate.start - outer.start),
      )
    )
      continue;
    if (nested.some((n) => n.start === candidate.start && n.end === candidate.end)) continue;
    if (nested.some((n) => n.entityId === candidate.entityId && overlaps(n, candidate))) continue;
    // "Free Trade Area of the Asia-Pacific agenda": "Asia" inside the known "Asia-Pacific" is no
    // place of its own there either.
    if (candidate.type === 'Region' && insideLongerPlace(candidate, candidates)) continue;
    const participant = outer.keepsParticipants === true && candidate.type === 'Official';
    nested.push(
      placeOfMeeting(outer, candidate) || participant ? candidate : { ...candidate, nested: true },
    );
  }
  chosen.sort((a, b) => a.start - b.start);
  return { chosen, nested };
}
