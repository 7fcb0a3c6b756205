import { describe, expect, it } from 'vitest';
import type { EntityCommitment } from '../../../contract/api';
import { entityAttributes, groupByStance } from '../../../server/routes/entities';
import { type PathNode, PathShapeError, toHops } from '../../../server/routes/paths';

const entity = (id: string): PathNode => ({
  kind: 'entity',
  id,
  name: id.toUpperCase(),
  type: 'Country',
});

describe('toHops', () => {
  it('folds entity–commitment–entity into one hop, and entity–entity relations into another', () => {
    const hops = toHops(
      [
        entity('a'),
        { kind: 'commitment', id: 'c1', stance: 'urge', trigger: 'urged' },
        entity('b'),
        entity('c'),
      ],
      ['MADE', 'TARGETS', 'REPRESENTS'],
      ['a', 'c1', 'c'],
    );
    expect(hops).toEqual([
      {
        from: { id: 'a', name: 'A', type: 'Country' },
        to: { id: 'b', name: 'B', type: 'Country' },
        via: {
          kind: 'commitment',
          id: 'c1',
          stance: 'urge',
          trigger: 'urged',
          roles: ['actor', 'target'],
        },
        reversed: false,
      },
      {
        from: { id: 'b', name: 'B', type: 'Country' },
        to: { id: 'c', name: 'C', type: 'Country' },
        via: { kind: 'relation', type: 'REPRESENTS' },
        reversed: true,
      },
    ]);
  });

  it('says when a hop runs against the graph: the actor reached from what it spoke about', () => {
    const [hop] = toHops(
      [
        entity('sea'),
        { kind: 'commitment', id: 'c1', stance: 'oppose', trigger: 'strongly opposed' },
        entity('rubio'),
      ],
      ['ABOUT', 'MADE'],
      ['c1', 'rubio'],
    );
    expect(hop?.reversed).toBe(true);
    expect(hop?.via).toMatchObject({ roles: ['about', 'actor'] });
  });

  it('refuses a path that does not alternate as the model says', () => {
    expect(() =>
      toHops(
        [entity('a'), { kind: 'commitment', id: 'c', stance: 'urge', trigger: 'u' }],
        ['MADE'],
      ),
    ).toThrow(PathShapeError);
  });
});

describe('entity helpers', () => {
  it('groups commitments in the contract order of stances', () => {
    const c = (stance: EntityCommitment['stance'], id: string) =>
      ({ stance, commitmentId: id }) as EntityCommitment;
    const totals = new Map<EntityCommitment['stance'], number>([
      ['urge', 40],
      ['commit', 1],
      ['welcome', 3],
    ]);
    const groups = groupByStance([c('urge', '1'), c('commit', '2'), c('urge', '3')], totals);
    // A stance with a total but no commitment in this page still gets its group and count.
    expect(
      groups.map((g) => [g.stance, g.total, g.commitments.map((x) => x.commitmentId)]),
    ).toEqual([
      ['commit', 1, ['2']],
      ['urge', 40, ['1', '3']],
      ['welcome', 3, []],
    ]);
  });

  it('keeps extraction attributes, not the loader bookkeeping', () => {
    expect(
      entityAttributes({
        id: 'x',
        name: 'X',
        type: 'Official',
        aliases: [],
        aliasText: 'X',
        docs: ['d'],
        title: 'Foreign Minister',
        rank: 2,
      }),
    ).toEqual({
      title: 'Foreign Minister',
      rank: '2',
    });
  });
});
