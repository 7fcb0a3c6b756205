/**
 * The table-driven stance test: rows in stance-cases.json (sentence → expected stance, actors,
 * about, targets), extended by a domain expert without touching code. Each row's sentence is
 * extracted inside a minimal document of its genre.
 */
import { describe, expect, it } from 'vitest';
import { STANCES } from '../../../contract/extraction';
import { GROUPS } from '../../../ingest/commitments/groups';
import { lexicon } from '../../../ingest/lexicon';
import { extractText } from '../../support/extractText';
import table from './stance-cases.json';

interface Expectation {
  stance: string;
  actors: string[];
  about?: string[];
  notAbout?: string[];
  targets?: string[];
}

interface Row {
  genre: string;
  sentence: string;
  expect: Expectation[];
}

const genres: Record<string, { title: string; preamble: string }> = table.genres;
const rows: Row[] = table.cases;

/** "members of G7" → the member names from data/rules/groups.json; other names as written. */
function expectedActors(names: string[]): string[] {
  const entities = lexicon().entities;
  return names
    .flatMap((name) => {
      const group = /^members of (.+)$/.exec(name)?.[1];
      if (!group) return [name];
      const id = [...entities.values()].find((entity) => entity.name === group)?.id ?? '';
      return (GROUPS.members.get(id) ?? []).map((member) => entities.get(member)?.name ?? member);
    })
    .sort();
}

function run(row: Row) {
  const genre = genres[row.genre]!;
  const body = genre.preamble ? `${genre.preamble}\n\n${row.sentence}` : row.sentence;
  const result = extractText(genre.title, body, row.genre);
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const named = (ids: string[] | undefined) => (ids ?? []).map((id) => names.get(id) ?? id);
  return result.commitments
    .filter((commitment) => commitment.text === row.sentence)
    .map((commitment) => ({
      stance: commitment.stance,
      actors: named(commitment.actors).sort(),
      about: [...named(commitment.about), ...named(commitment.implicitAbout)],
      targets: named(commitment.targets).sort(),
    }));
}

describe('stance cases (tests/unit/ingest/stance-cases.json)', () => {
  it('covers every stance and every genre, with negative rows, in at least 150 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const stances = new Set(rows.flatMap((row) => row.expect.map((e) => e.stance)));
    expect([...STANCES].filter((stance) => !stances.has(stance))).toEqual([]);
    const genresUsed = new Set(rows.map((row) => row.genre));
    expect(Object.keys(genres).filter((genre) => !genresUsed.has(genre))).toEqual([]);
    expect(rows.filter((row) => row.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(rows.map((row) => [row.genre, row.sentence, row] as const))('%s: %s', (_, __, row) => {
    const found = run(row);
    expect(found.map((c) => c.stance)).toEqual(row.expect.map((e) => e.stance));
    row.expect.forEach((wanted, index) => {
      const got = found[index]!;
      expect(got.actors).toEqual(expectedActors(wanted.actors));
      for (const name of wanted.about ?? []) expect(got.about).toContain(name);
      for (const name of wanted.notAbout ?? []) expect(got.about).not.toContain(name);
      if (wanted.targets) expect(got.targets).toEqual([...wanted.targets].sort());
    });
  });
});
