/**
 * Compares the positions of two documents (or two sets of documents): new, restated and dropped
 * positions, stance and wording changes, topics that appear or disappear. Pure, unit-tested; the
 * route feeds it query rows.
 */
import type { Stance } from '../../contract/extraction';
import type {
  Capped,
  ComparedPosition,
  CompareResponse,
  PositionStatement,
  TopicChange,
} from '../../contract/positions';
import {
  type CommitmentRow,
  groupPositions,
  type PositionGroup,
  statedPositions,
  TOPIC_TYPES,
} from './positions';
import { strengthOf } from './stanceFamilies';

export type Comparison = Omit<CompareResponse, 'a' | 'b' | 'absences' | 'limit'>;

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const sameSet = <T>(a: T[], b: T[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

export function cap<T>(items: T[], limit: number): Capped<T> {
  return { total: items.length, items: items.slice(0, limit) };
}

const wording = (statements: PositionStatement[]) =>
  unique(statements.map((s) => s.trigger.trim().toLowerCase()));

const strongest = (stances: Stance[]) => Math.max(...stances.map(strengthOf));

/**
 * How the stances of one position moved from side a to side b: firmer or softer when the
 * strongest stance changed strength (concern → condemn), shifted when the stances have nothing
 * in common at the same strength (reaffirm → commit), none when b only adds a wording of equal
 * or weaker strength to a's.
 */
export function stanceDirection(
  from: Stance[],
  to: Stance[],
): 'firmer' | 'softer' | 'shifted' | null {
  const diff = strongest(to) - strongest(from);
  if (diff !== 0) return diff > 0 ? 'firmer' : 'softer';
  return from.some((s) => to.includes(s)) ? null : 'shifted';
}

function compared(ref: PositionGroup['ref'], a: PositionStatement[], b: PositionStatement[]) {
  const position: ComparedPosition = { ...ref, a, b };
  if (a.length && b.length) {
    const from = unique(a.map((s) => s.stance));
    const to = unique(b.map((s) => s.stance));
    const direction = stanceDirection(from, to);
    if (direction) position.stanceChange = { from, to, direction };
    const [wa, wb] = [wording(a), wording(b)];
    if (!sameSet(wa, wb)) position.wordingChange = { from: wa, to: wb };
  }
  return position;
}

const byAbout = (x: ComparedPosition, y: ComparedPosition) =>
  x.about.name.localeCompare(y.about.name) || x.key.localeCompare(y.key);

/** The same actors on the same entity under another stance family (support → oppose). */
function familyShifts(dropped: ComparedPosition[], added: ComparedPosition[]): ComparedPosition[] {
  const subject = (p: ComparedPosition) =>
    `${p.countries.map((c) => c.id).join('+')}|${p.about.id}`;
  const shifts: ComparedPosition[] = [];
  for (const before of dropped) {
    for (const after of added.filter((p) => subject(p) === subject(before))) {
      const from = unique(before.a.map((s) => s.stance));
      const to = unique(after.b.map((s) => s.stance));
      shifts.push({
        ...after,
        key: `${before.key}→${after.family}`,
        family: `${before.family}→${after.family}`,
        a: before.a,
        stanceChange: { from, to, direction: 'shifted' },
      });
    }
  }
  return shifts;
}

function topicChanges(from: CommitmentRow[], to: CommitmentRow[]): TopicChange[] {
  const named = new Set(from.flatMap((r) => r.about.map((x) => x.id)));
  const changes = new Map<string, TopicChange>();
  for (const row of to) {
    for (const { ref, statement } of statedPositions(row)) {
      if (named.has(ref.about.id) || !TOPIC_TYPES.includes(ref.about.type)) continue;
      const change = changes.get(ref.about.id) ?? { entity: ref.about, statements: [] };
      if (!change.statements.some((s) => s.commitmentId === statement.commitmentId))
        change.statements.push(statement);
      changes.set(ref.about.id, change);
    }
  }
  return [...changes.values()].sort((x, y) => x.entity.name.localeCompare(y.entity.name));
}

export function comparePositions(
  aRows: CommitmentRow[],
  bRows: CommitmentRow[],
  limit: number,
): Comparison {
  const a = groupPositions(aRows);
  const b = groupPositions(bRows);
  const restated: ComparedPosition[] = [];
  const added: ComparedPosition[] = [];
  const dropped: ComparedPosition[] = [];
  for (const [key, group] of b) {
    const before = a.get(key);
    if (before) restated.push(compared(group.ref, before.statements, group.statements));
    else added.push(compared(group.ref, [], group.statements));
  }
  for (const [key, group] of a)
    if (!b.has(key)) dropped.push(compared(group.ref, group.statements, []));
  for (const list of [restated, added, dropped]) list.sort(byAbout);
  const stanceChanges = [
    ...restated.filter((p) => p.stanceChange),
    ...familyShifts(dropped, added),
  ].sort(byAbout);
  return {
    new: cap(added, limit),
    restated: cap(restated, limit),
    dropped: cap(dropped, limit),
    stanceChanges: cap(stanceChanges, limit),
    wordingChanges: cap(
      restated.filter((p) => p.wordingChange),
      limit,
    ),
    topics: {
      appeared: cap(topicChanges(aRows, bRows), limit),
      disappeared: cap(topicChanges(bRows, aRows), limit),
    },
  };
}
