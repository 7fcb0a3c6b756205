// name: Shortest path between two countries
// description: The shortest chain of commitments, officials and memberships linking two countries.
// param: from string = 'country:usa' — id of the first country
// param: to string = 'country:prk' — id of the second country
MATCH (a:Country {id: $from}), (b:Country {id: $to})
MATCH path = shortestPath((a)-[:MADE|ABOUT|TARGETS|REPRESENTS|PARTICIPATED_IN|PART_OF*..8]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.trigger, n.id)] AS route, length(path) AS hops, path
