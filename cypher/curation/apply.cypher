// Applies every active override (:Override with no undoneAt) to the graph, so that reads need
// no filter: what is curated away is no longer where the reads look. Run after each override
// write or undo and by the loader after each batch (a re-ingest recreates what the extraction
// says; this takes the corrections out again). Idempotent: each statement only touches what is
// still uncurated. Curating a relationship retypes it to CURATED_<type> with its properties (the
// API, the lens, paths and the console follow only the plain types); undo retypes it back
// (reset.cypher). Order matters: rejections first, then merge copies (of what is still plain),
// then hiding (which also takes merged-away entities out).
//
// 1. A rejected commitment leaves the :Commitment label, which every read starts from. Its id
// is positional (document, sentence, k-th in the sentence), so the override also names the
// stance and trigger it was made on: a re-extraction that puts another commitment there is not
// rejected by it.
MATCH (o:Override {kind: 'rejectCommitment'})
WHERE o.undoneAt IS NULL
MATCH (c:Commitment {id: o.target})
WHERE c.stance = o.stance AND c.trigger = o.trigger
REMOVE c:Commitment
SET c:RejectedCommitment;
// 2. ... and its links to actors, subjects and targets, so no traversal passes through it.
MATCH (o:Override {kind: 'rejectCommitment'})
WHERE o.undoneAt IS NULL
MATCH (c:RejectedCommitment {id: o.target})-[r:MADE|ABOUT|TARGETS]-()
WITH collect(DISTINCT r) AS rs
UNWIND rs AS r
WITH r, startNode(r) AS a, endNode(r) AS b, 'CURATED_' + type(r) AS t, properties(r) AS p
CREATE (a)-[n:$(t)]->(b)
SET n = p
DELETE r;
// 3. A rejected link: one commitment's actor, subject or target relationship to one entity.
MATCH (o:Override {kind: 'rejectLink'})
WHERE o.undoneAt IS NULL
MATCH (c:Commitment {id: o.target})-[r:MADE|ABOUT|TARGETS]-(:Entity {id: o.entity})
WHERE type(r) = o.relation AND c.stance = o.stance AND c.trigger = o.trigger
WITH collect(DISTINCT r) AS rs
UNWIND rs AS r
WITH r, startNode(r) AS a, endNode(r) AS b, 'CURATED_' + type(r) AS t, properties(r) AS p
CREATE (a)-[n:$(t)]->(b)
SET n = p
DELETE r;
// 4. A merge copies the duplicate's plain relationships onto the entity it is merged into,
// each copy marked with mergedFrom (undo deletes exactly those); one already there is not
// copied twice (a mention by its offset), so applying again adds nothing.
MATCH (o:Override {kind: 'merge'})
WHERE o.undoneAt IS NULL
MATCH (d:Entity {id: o.target}), (s:Entity {id: o.into})
MATCH (d)-[r:MADE|ABOUT|TARGETS|MENTIONS|REPRESENTS|PARTICIPATED_IN|PART_OF|SIGNED]-(x)
WHERE x <> s
WITH d, s, x, type(r) AS t, properties(r) AS p, startNode(r) = d AS out
WHERE NOT EXISTS {
  MATCH (s)-[k]-(x)
  WHERE type(k) IN [t, 'CURATED_' + t] AND (t <> 'MENTIONS' OR k.start = p.start)
}
WITH d, t, p, CASE WHEN out THEN s ELSE x END AS a, CASE WHEN out THEN x ELSE s END AS b
CREATE (a)-[n:$(t)]->(b)
SET n = p, n.mergedFrom = d.id;
// 5. Hidden entities (hidden, marked as junk, or merged away) get the :Hidden label (search and
// the entity panel skip it) and all their relationships are curated, so no graph, lens, path or
// count reaches them.
MATCH (o:Override)
WHERE o.kind IN ['hide', 'junk', 'merge'] AND o.undoneAt IS NULL
MATCH (e:Entity {id: o.target})
SET e:Hidden
WITH collect(DISTINCT e) AS es
UNWIND es AS e
MATCH (e)-[r:MADE|ABOUT|TARGETS|MENTIONS|REPRESENTS|PARTICIPATED_IN|PART_OF|SIGNED]-()
WITH collect(DISTINCT r) AS rs
UNWIND rs AS r
WITH r, startNode(r) AS a, endNode(r) AS b, 'CURATED_' + type(r) AS t, properties(r) AS p
CREATE (a)-[n:$(t)]->(b)
SET n = p
DELETE r;
