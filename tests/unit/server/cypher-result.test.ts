/** Result shaping: Neo4j values as JSON, the graph found in a result, syntax positions. */
import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { syntaxPosition } from '../../../server/cypher/neo4jErrors';
import { resultGraph } from '../../../server/cypher/resultGraph';
import { toJson } from '../../../server/cypher/values';

const node = (eid: string, labels: string[], properties: Record<string, unknown>) =>
  new Node(neo4j.int(0), labels, properties, eid);
const rel = (
  eid: string,
  type: string,
  from: Node,
  to: Node,
  properties: Record<string, unknown> = {},
) =>
  new Relationship(
    neo4j.int(0),
    neo4j.int(0),
    neo4j.int(0),
    type,
    properties,
    eid,
    from.elementId,
    to.elementId,
  );

const usa = node('4:x:1', ['Entity', 'Country'], {
  id: 'country:usa',
  name: 'United States',
  type: 'Country',
});
const prk = node('4:x:2', ['Entity', 'Country'], {
  id: 'country:prk',
  name: 'DPRK',
  type: 'Country',
});
const commitment = node('4:x:3', ['Commitment'], {
  id: 'commitment:a:0:0',
  stance: 'urge',
  trigger: 'urged',
  docId: 'doc:a',
  text: 'They urged…',
});
const doc = node('4:x:4', ['Document'], { id: 'doc:a', title: 'A statement' });
const made = rel('5:x:1', 'MADE', usa, commitment);
const targets = rel('5:x:2', 'TARGETS', commitment, prk);
const inDoc = rel('5:x:3', 'IN', commitment, doc);

describe('toJson', () => {
  it('turns nodes, relationships and paths into plain objects', () => {
    expect(toJson(usa)).toEqual({
      elementId: '4:x:1',
      labels: ['Entity', 'Country'],
      properties: usa.properties,
    });
    expect(toJson(made)).toEqual({
      elementId: '5:x:1',
      type: 'MADE',
      start: '4:x:1',
      end: '4:x:3',
      properties: {},
    });
    const path = new Path(usa, prk, [
      new PathSegment(usa, made, commitment),
      new PathSegment(commitment, targets, prk),
    ]);
    expect(toJson(path)).toMatchObject({
      nodes: [{ elementId: '4:x:1' }, { elementId: '4:x:3' }, { elementId: '4:x:2' }],
      relationships: [{ type: 'MADE' }, { type: 'TARGETS' }],
    });
  });

  it('turns temporal values into ISO strings, integers into numbers or strings, and keeps JSON safe', () => {
    expect(toJson(new neo4j.types.Date(2025, 9, 22))).toBe('2025-09-22');
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toJson(Number.NaN)).toBe('NaN');
    expect(toJson({ list: [1, 'a', null, true] })).toEqual({ list: [1, 'a', null, true] });
    expect(toJson(new neo4j.types.Point(7203, 1, 2))).toEqual({ srid: 7203, x: 1, y: 2 });
  });
});

describe('resultGraph', () => {
  it('keys nodes by the model id, draws relationships with both ends, counts what it cannot draw', () => {
    const { graph, undrawn } = resultGraph([
      [usa, made, { nested: [commitment, targets, prk] }],
      [doc, inDoc, usa],
    ]);
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([
      'commitment:a:0:0',
      'country:prk',
      'country:usa',
    ]);
    expect(graph.nodes.find((n) => n.key === 'commitment:a:0:0')?.attributes).toMatchObject({
      type: 'Commitment',
      name: 'urge: urged',
      stance: 'urge',
    });
    expect(graph.edges.map((e) => e.key).sort()).toEqual([
      'commitment:a:0:0->TARGETS->country:prk',
      'country:usa->MADE->commitment:a:0:0',
    ]);
    expect(undrawn).toBe(1);
  });

  it('takes the nodes and relationships of a path', () => {
    const path = new Path(usa, prk, [
      new PathSegment(usa, made, commitment),
      new PathSegment(commitment, targets, prk),
    ]);
    const { graph } = resultGraph([[path]]);
    expect(graph.nodes).toHaveLength(3);
    expect(graph.edges).toHaveLength(2);
  });
});

describe('syntaxPosition', () => {
  it('restates Neo4j’s position in the user’s text, without the EXPLAIN line', () => {
    expect(syntaxPosition("Invalid input 'RETURN' (line 2, column 10 (offset: 17))", 1, 8)).toEqual(
      { line: 1, column: 10, offset: 9 },
    );
    expect(syntaxPosition('no position here', 1, 8)).toBeUndefined();
  });
});
