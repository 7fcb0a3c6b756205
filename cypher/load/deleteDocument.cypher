// The Document node itself, once clearDocument removed its content ($docId).
MATCH (d:Document {id: $docId}) DETACH DELETE d;
