// The documents $ids that exist, as other answers refer to them.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.id, .title, .date} AS document;
