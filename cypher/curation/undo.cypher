// Marks override $id undone by $author, with $reason: the record stays, so the audit trail keeps
// both the action and its undo. No row when there is no such override.
MATCH (o:Override {id: $id})
SET o.undoneAt = coalesce(o.undoneAt, toString(datetime())),
    o.undoneBy = coalesce(o.undoneBy, $author),
    o.undoReason = coalesce(o.undoReason, $reason)
RETURN o {.*} AS override;
