// name: Topics connected to the DPRK
// description: Which topics the statements connect to an actor (the DPRK by default), and through how many commitments.
// param: actor string = 'country:prk' — id of the actor the commitments are about or aimed at
MATCH path = (k:Entity {id: $actor})<-[:ABOUT|TARGETS]-(c:Commitment)-[:ABOUT]->(t:Topic)
RETURN t.name AS topic, count(DISTINCT c) AS commitments, collect(path) AS paths
ORDER BY commitments DESC, topic
