// The first view's commitments: for each entity of $ids in order, up to $perEntity commitments
// (of $stances, all when empty) linking it to another entity of $ids, at most $limit in all,
// with their links to entities of $ids only. LIMIT inside the subquery stops the expansion of a
// hub early: the United States' tens of thousands of commitments are never all read.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[:MADE|ABOUT|TARGETS]-(c:Commitment)
  WHERE (size($stances) = 0 OR c.stance IN $stances)
    AND EXISTS { MATCH (c)-[:MADE|ABOUT|TARGETS]-(o:Entity) WHERE o <> e AND o.id IN $ids }
  RETURN c LIMIT toInteger($perEntity)
}
WITH DISTINCT c LIMIT toInteger($limit)
RETURN c {.id, .stance, .trigger, .docId, .text} AS commitment,
  COLLECT {
    MATCH (actor:Entity)-[:MADE]->(c) WHERE actor.id IN $ids
    RETURN actor {.id, .name, .type}
  } AS actors,
  COLLECT {
    MATCH (c)-[r:ABOUT|TARGETS]->(x:Entity) WHERE x.id IN $ids
    RETURN {rel: type(r), implicit: coalesce(r.implicit, false), entity: x {.id, .name, .type}}
  } AS links;
