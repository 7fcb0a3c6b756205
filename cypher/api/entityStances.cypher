// How many commitments entity $id takes part in, per stance: one pass over its commitments,
// reading one property each, holding only the per-stance counts.
MATCH (e:Entity {id: $id})-[:MADE|ABOUT|TARGETS]-(c:Commitment)
WITH DISTINCT c
RETURN c.stance AS stance, count(*) AS total;
