// Entities ($rows: id, type, name, aliases, attributes; one row per id, sorted). A hub such as
// the United States is written only when a document brings something new (a name, an alias, an
// attribute): otherwise it is only matched, so loading never rewrites (or locks) it.
// replan=skip: every read here is a uniqueness-constraint seek, the best plan at any size, so
// re-planning as the growing graph makes the cached plan "stale" (every ~10 s) is wasted work
// (README Performance). Not for statements that expand relationships (upsertRelations,
// linkSignatories): planned on an empty graph, upsertRelations scans all relationships.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row, [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])] AS newAliases
WHERE e.name IS NULL OR e.name <> row.name OR e.type <> row.type OR size(newAliases) > 0
   OR any(k IN keys(row.attributes) WHERE e[k] IS NULL OR e[k] <> row.attributes[k])
SET e:$(row.type), e.name = row.name, e.type = row.type,
    e.aliases = coalesce(e.aliases, []) + newAliases
SET e += row.attributes
SET e.aliasText = reduce(text = e.name, a IN e.aliases | text + ' | ' + a);
