// Whether the store still has the old model's `docs` lists on entities (loaded before support
// became SUPPORTS links and RelationSupport nodes).
MATCH (e:Entity) WHERE e.docs IS NOT NULL
RETURN count(e) > 0 AS legacy LIMIT 1;
