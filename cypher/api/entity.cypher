// One entity ($id) with its properties (not the loader's bookkeeping lists, which grow with the
// corpus on hubs), how many relations it has to other entities, and the first $relationLimit of
// them (not SIGNED, which points at documents). No row when absent.
// A hidden entity (cypher/curation/) is not found; its curated relations (CURATED_*) are no
// relations.
MATCH (e:Entity {id: $id})
WHERE NOT e:Hidden
RETURN e {.*, docs: null, aliasText: null} AS entity,
  COUNT { (e)-[r]-(:Entity) WHERE NOT type(r) STARTS WITH 'CURATED_' } AS relationCount,
  COLLECT {
    MATCH (e)-[r]-(o:Entity)
    WHERE NOT type(r) STARTS WITH 'CURATED_'
    WITH r, o ORDER BY type(r), o.name LIMIT toInteger($relationLimit)
    RETURN {type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
            other: o {.id, .name, .type}}
  } AS relations;
