// Whether document $docId is already in the graph (a fresh document needs no clean-up first).
OPTIONAL MATCH (d:Document {id: $docId})
RETURN d IS NOT NULL AS exists;
