// Relations among the entities $ids (REPRESENTS, PARTICIPATED_IN, PART_OF).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) STARTS WITH 'CURATED_'
RETURN a.id AS source, b.id AS target, type(r) AS type;
