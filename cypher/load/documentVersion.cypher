// The content hash and extractor fingerprint documents $ids were loaded with (no row if absent).
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.extractor IS NOT NULL
RETURN id, d.sha256 AS sha256, d.extractor AS extractor;
