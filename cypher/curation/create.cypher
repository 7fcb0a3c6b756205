// Writes one override ($row: kind, target, targetName, into?, intoName?, entity?, entityName?,
// relation?, stance?, trigger?, reason, author): the audit record of who curated what, when and why. Never changed
// afterwards except by undo.cypher, which adds when and by whom it was undone.
CREATE (o:Override)
SET o = $row, o.id = randomUUID(), o.createdAt = toString(datetime())
RETURN o {.*} AS override;
