// One entity ($id) with its properties, and its relations to other entities (not SIGNED, which
// points at documents). No row when absent.
MATCH (e:Entity {id: $id})
RETURN properties(e) AS entity,
  COLLECT {
    MATCH (e)-[r]-(o:Entity)
    RETURN {type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
            other: o {.id, .name, .type}}
  } AS relations;
