// Entities ($rows: id, type, name, aliases, attributes) of document $docId. The type is also the
// node's second label; aliases and supporting documents accumulate across documents.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.docs = [], e.aliases = []
SET e:$(row.type), e.name = row.name, e.type = row.type,
    e.aliases = reduce(acc = e.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.docs = CASE WHEN $docId IN e.docs THEN e.docs ELSE e.docs + $docId END
SET e += row.attributes
SET e.aliasText = reduce(text = e.name, a IN e.aliases | text + ' | ' + a);
