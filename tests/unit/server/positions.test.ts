import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../../../contract/api';
import type { Stance } from '../../../contract/extraction';
import families from '../../../data/rules/stance-families.json';
import { RulesError } from '../../../ingest/rules/load';
import { comparePositions, stanceDirection } from '../../../server/positions/compare';
import { positionRef } from '../../../server/positions/positions';
import { familyOf, parseStanceFamilies } from '../../../server/positions/stanceFamilies';
import {
  buildTimeline,
  markOf,
  POSITIONS_CAP,
  type TimelineRow,
} from '../../../server/positions/timeline';

const USA: EntityRef = { id: 'country:usa', name: 'United States', type: 'Country' };
const JPN: EntityRef = { id: 'country:jpn', name: 'Japan', type: 'Country' };
const PRK: EntityRef = { id: 'country:prk', name: 'DPRK', type: 'Country' };
const topic = (slug: string): EntityRef & { implicit: boolean } => ({
  id: `topic:${slug}`,
  name: slug,
  type: 'Topic',
  implicit: false,
});

let n = 0;
function row(
  doc: string,
  stance: Stance,
  trigger: string,
  about: (EntityRef & { implicit?: boolean })[],
  countries = [USA, JPN],
): TimelineRow {
  n += 1;
  const text = `They ${trigger} ${about.map((a) => a.name).join(' and ')}.`;
  return {
    commitmentId: `commitment:${doc}:${n}`,
    stance,
    trigger,
    sentence: { id: `sent:${doc}:${n}`, text, start: 0 },
    document: { id: `doc:${doc}`, title: doc, date: doc.slice(0, 10) },
    mentions: [],
    countries,
    about: about.map((a) => ({ ...a, implicit: a.implicit ?? false })),
    roles: ['about'],
  };
}

describe('stance families', () => {
  it('puts concern, oppose and condemn in one family, commit and reaffirm in another', () => {
    expect(familyOf('concern')).toBe(familyOf('condemn'));
    expect(familyOf('reaffirm')).toBe(familyOf('commit'));
    expect(familyOf('urge')).not.toBe(familyOf('condemn'));
  });

  it('refuses a file that leaves a stance out or lists one twice, naming the file', () => {
    const family = (id: string, stances: string[]) => ({ id, label: id, ordered: true, stances });
    const missing = () => parseStanceFamilies({ families: [family('a', ['commit'])] });
    expect(missing).toThrow(RulesError);
    expect(missing).toThrow(/stance-families\.json.*missing: reaffirm/);
    const twice = () =>
      parseStanceFamilies({
        families: [family('a', ['commit', 'urge']), family('b', ['urge'])],
      });
    expect(twice).toThrow(/families\.1\.stances.*"urge" is already in family "a"/);
  });

  it('is spelled out the same in every saved query that names the families file', () => {
    const dir = new URL('../../../cypher/queries/', import.meta.url).pathname;
    const queries = readdirSync(dir)
      .map((f) => readFileSync(`${dir}${f}`, 'utf8'))
      .filter((q) => q.includes('stance-families.json'));
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries)
      for (const f of families.families.filter((x) => x.id !== 'other'))
        expect(query).toContain(
          `WHEN c.stance IN [${f.stances.map((s) => `'${s}'`).join(', ')}] THEN '${f.id}'`,
        );
  });

  it('reads a change of the strongest stance as firmer or softer, a new wording as shifted', () => {
    expect(stanceDirection(['concern'], ['condemn'])).toBe('firmer');
    expect(stanceDirection(['condemn'], ['concern'])).toBe('softer');
    expect(stanceDirection(['reaffirm'], ['commit'])).toBe('shifted');
    expect(stanceDirection(['reaffirm'], ['reaffirm', 'commit'])).toBeNull();
  });
});

describe('position key', () => {
  it('is the same whatever the order of the countries and the verb within the family', () => {
    const a = positionRef([USA, JPN], 'reaffirm', PRK);
    const b = positionRef([JPN, USA, JPN], 'commit', PRK);
    expect(a.key).toBe(b.key);
    expect(a.key).toBe('country:jpn+country:usa|commit|country:prk');
    expect(positionRef([USA], 'commit', PRK).key).not.toBe(a.key);
  });
});

describe('comparePositions', () => {
  const denuc = topic('denuclearization');
  const before = [
    row('2021-04-02', 'reaffirm', 'reaffirmed their commitment to', [denuc, PRK]),
    row('2021-04-02', 'concern', 'expressed concern about', [topic('missiles')]),
    row('2021-04-02', 'other', 'discussed', [topic('covid-19')]),
  ];
  const after = [
    row('2025-09-22', 'reaffirm', 'reaffirmed their resolute commitment to', [denuc, PRK]),
    row('2025-09-22', 'condemn', 'strongly condemned', [topic('missiles')]),
    row('2025-09-22', 'commit', 'committed to', [topic('quantum'), topic('biotechnology')]),
  ];
  const result = comparePositions(before, after, 100);
  const keys = (list: { about: EntityRef }[]) => list.map((p) => p.about.id);

  it('finds restated, new and dropped positions with the sentences of each side', () => {
    // concern → condemn is the same position (one family) stated more firmly: restated.
    expect(keys(result.restated.items)).toEqual([
      'topic:denuclearization',
      'country:prk',
      'topic:missiles',
    ]);
    const restated = result.restated.items[0];
    expect(restated?.a[0]?.sentence.text).toContain('reaffirmed their commitment');
    expect(restated?.b[0]?.sentence.text).toContain('resolute');
    expect(keys(result.new.items)).toEqual(['topic:biotechnology', 'topic:quantum']);
    expect(keys(result.dropped.items)).toEqual(['topic:covid-19']);
  });

  it('reports concern → condemn as a firmer stance and a changed trigger as a wording change', () => {
    const missiles = result.stanceChanges.items.find((p) => p.about.id === 'topic:missiles');
    expect(missiles?.stanceChange).toEqual({
      from: ['concern'],
      to: ['condemn'],
      direction: 'firmer',
    });
    expect(missiles?.a[0]?.trigger).toBe('expressed concern about');
    expect(missiles?.b[0]?.trigger).toBe('strongly condemned');
    expect(result.wordingChanges.items[0]?.wordingChange).toEqual({
      from: ['reaffirmed their commitment to'],
      to: ['reaffirmed their resolute commitment to'],
    });
  });

  it('lists topics that appear and disappear, and caps each list keeping its total', () => {
    expect(result.topics.appeared.items.map((t) => t.entity.name)).toEqual([
      'biotechnology',
      'quantum',
    ]);
    expect(result.topics.disappeared.items.map((t) => t.entity.name)).toEqual(['covid-19']);
    const capped = comparePositions(before, after, 1);
    expect(capped.new).toEqual({ total: 2, items: [result.new.items[0]] });
  });
});

describe('buildTimeline', () => {
  const rows = [
    row('2021-04-02', 'reaffirm', 'reaffirmed', [PRK]),
    row('2023-01-13', 'commit', 'committed to', [PRK]),
    row('2023-01-13', 'urge', 'urged', [PRK]),
    row('2025-09-22', 'reaffirm', 'reiterated', [PRK]),
  ];
  const naming = [
    {
      commitmentId: null,
      stance: null,
      trigger: null,
      sentence: { id: 'sent:x:0', text: 'Provocations by North Korea.', start: 0 },
      document: { id: 'doc:2024-01-01', title: 'x', date: '2024-01-01' },
      mentions: [{ start: 16, end: 27, text: 'North Korea' }],
    },
  ];
  const t = buildTimeline(PRK, rows, naming, { limit: 10, offset: 0 });

  it('marks first, restated, last and only, with the first-stated date', () => {
    expect(t.entries.items.map((e) => e.mark)).toEqual(['first', 'restated', 'only', 'last']);
    expect(t.entries.items.map((e) => e.firstStated)).toEqual([
      '2021-04-02',
      '2021-04-02',
      '2023-01-13',
      '2021-04-02',
    ]);
    expect(t.positions.items[0]).toMatchObject({
      statements: 3,
      documents: 3,
      lastStated: '2025-09-22',
    });
    expect(markOf('b', ['a', 'b', 'c'])).toBe('restated');
  });

  it('lists the naming documents in date order, with the sentence when no commitment involves it', () => {
    expect(t.documents.map((d) => [d.date, d.commitments])).toEqual([
      ['2021-04-02', 1],
      ['2023-01-13', 2],
      ['2024-01-01', 0],
      ['2025-09-22', 1],
    ]);
    const mention = t.documents[2]?.mention;
    expect(mention?.sentence.highlights).toEqual([{ start: 16, end: 27 }]);
  });

  it('pages entries by limit and offset, keeping the total', () => {
    const page = buildTimeline(PRK, rows, [], { limit: 2, offset: 1 });
    expect(page.entries.total).toBe(4);
    expect(page.entries.items.map((e) => e.commitmentId)).toEqual(
      t.entries.items.slice(1, 3).map((e) => e.commitmentId),
    );
  });

  it('files a commitment the entity only made under its first topic', () => {
    const made = {
      ...row('2022-01-01', 'commit', 'committed to', [JPN, topic('ai')]),
      roles: ['actor' as const],
    };
    const [entry] = buildTimeline(USA, [made], [], { limit: 5, offset: 0 }).entries.items;
    expect(entry?.position.about.id).toBe('topic:ai');
    expect(entry?.roles).toEqual(['actor']);
  });

  it('caps the positions it sends, most restated first, and gives their total', () => {
    const many = Array.from({ length: POSITIONS_CAP + 1 }, (_, i) => ({
      ...row('2022-01-01', 'commit', 'committed to', [topic(`t${i}`)]),
      roles: ['actor' as const],
    }));
    const again = {
      ...row('2023-01-01', 'commit', 'recommitted to', [topic('t7')]),
      roles: ['actor' as const],
    };
    const capped = buildTimeline(USA, [...many, again], [], { limit: 5, offset: 0 });
    expect(capped.positions.total).toBe(POSITIONS_CAP + 1);
    expect(capped.positions.items).toHaveLength(POSITIONS_CAP);
    expect(capped.positions.items[0]?.about.id).toBe('topic:t7');
  });
});
