// Shortest paths between entities $from and $to through commitments (actor, about, target) and
// entity relations, at most 12 relationships and $limit paths (the route drops those over its
// maxLength). Documents and sentences are not steps: co-occurring in a text is not a connection.
// No predicate on the path: one would make the planner fall back from bidirectional BFS to an
// exhaustive search, which takes seconds when no path exists.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MADE|ABOUT|TARGETS|REPRESENTS|PARTICIPATED_IN|PART_OF*..12]-(b))
WITH p LIMIT toInteger($limit)
RETURN [n IN nodes(p) | CASE WHEN n:Commitment
          THEN {kind: 'commitment', id: n.id, stance: n.stance, trigger: n.trigger}
          ELSE {kind: 'entity', id: n.id, name: n.name, type: n.type} END] AS nodes,
       [r IN relationships(p) | type(r)] AS rels,
       // Where each relationship starts, so every hop can be told in the graph's own direction.
       [r IN relationships(p) | startNode(r).id] AS starts;
