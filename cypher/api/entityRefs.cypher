// The entities of $ids that exist, as references.
// Not those an analyst hid or merged away (cypher/curation/).
MATCH (e:Entity) WHERE e.id IN $ids AND NOT e:Hidden
RETURN e.id AS id, e.name AS name, e.type AS type;
