// The entities of $ids that exist, as references.
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.type AS type;
