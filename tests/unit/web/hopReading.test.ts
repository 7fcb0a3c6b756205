import { describe, expect, it } from 'vitest';
import type { EntityRef, PathHop } from '../../../contract/api';
import { readHop } from '../../../web/graph/hopReading';

const ref = (id: string): EntityRef => ({ id, name: id, type: 'Country' });
const hop = (
  roles: PathHop['via'] extends infer V ? (V extends { roles?: infer R } ? R : never) : never,
  reversed: boolean,
): PathHop => ({
  from: ref('sea'),
  to: ref('rubio'),
  via: { kind: 'commitment', id: 'c', stance: 'oppose', trigger: 'strongly opposed', roles },
  reversed,
  evidence: null,
});

describe('a path hop reads in the graph direction', () => {
  it('puts the actor first when the path walked from what it spoke about', () => {
    expect(readHop(hop(['about', 'actor'], true))).toEqual({
      kind: 'directed',
      source: ref('rubio'),
      verb: 'strongly opposed',
      target: ref('sea'),
    });
  });

  it('keeps a forward hop as it is, and reverses a relation walked backwards', () => {
    expect(readHop(hop(['actor', 'target'], false))).toMatchObject({ source: ref('sea') });
    const relation: PathHop = {
      from: ref('indo-pacific'),
      to: ref('korean-peninsula'),
      via: { kind: 'relation', type: 'PART_OF' },
      reversed: true,
      evidence: null,
    };
    expect(readHop(relation)).toEqual({
      kind: 'directed',
      source: ref('korean-peninsula'),
      verb: 'part_of',
      target: ref('indo-pacific'),
    });
  });

  it('says "together" for co-actors and "about both" for two things one commitment names', () => {
    expect(readHop(hop(['actor', 'actor'], false)).kind).toBe('joint');
    expect(readHop(hop(['about', 'target'], false)).kind).toBe('shared');
  });
});
