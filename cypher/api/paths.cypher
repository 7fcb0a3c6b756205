// Shortest paths between entities $from and $to through commitments (actor, about, target) and
// entity relations, at most $maxLength relationships long and $limit paths. Documents and
// sentences are not steps: co-occurring in a text is not a connection.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MADE|ABOUT|TARGETS|REPRESENTS|PARTICIPATED_IN|PART_OF*..12]-(b))
WHERE length(p) <= $maxLength
WITH p LIMIT toInteger($limit)
RETURN [n IN nodes(p) | CASE WHEN n:Commitment
          THEN {kind: 'commitment', id: n.id, stance: n.stance, trigger: n.trigger}
          ELSE {kind: 'entity', id: n.id, name: n.name, type: n.type} END] AS nodes,
       [r IN relationships(p) | type(r)] AS rels;
