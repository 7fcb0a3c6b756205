// What an override about to be written refers to ($target, $into, $entity, $relation, $kind):
// the entity or commitment (with the names the audit keeps), the entity merged into, the link,
// and an active override of the same kind on the same target (a second one is refused).
RETURN
  head(COLLECT {
    MATCH (e:Entity {id: $target})
    RETURN e {.id, .name, .type, hidden: e:Hidden}
  }) AS entity,
  head(COLLECT {
    MATCH (c:Commitment {id: $target})
    RETURN c {.id, .stance, .trigger, .text}
  }) AS commitment,
  head(COLLECT {
    MATCH (e:Entity {id: $into})
    RETURN e {.id, .name, .type, hidden: e:Hidden}
  }) AS into,
  head(COLLECT {
    MATCH (:Commitment {id: $target})-[r]-(e:Entity {id: $entity})
    WHERE type(r) = $relation
    RETURN e {.id, .name, .type}
  }) AS link,
  head(COLLECT {
    MATCH (o:Override {target: $target})
    WHERE o.undoneAt IS NULL AND (o.kind = $kind OR o.kind IN ['hide', 'junk', 'merge'] AND $kind IN ['hide', 'junk', 'merge'])
      AND coalesce(o.entity, '') = coalesce($entity, '') AND coalesce(o.relation, '') = coalesce($relation, '')
    RETURN o.id
  }) AS active;
