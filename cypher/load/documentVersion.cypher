// The content hash and extractor fingerprint document $docId was loaded with (no row if absent).
MATCH (d:Document {id: $docId})
RETURN d.sha256 AS sha256, d.extractor AS extractor;
