/**
 * Procedures and namespaced functions the console may call. An allow-list, not a deny-list: a
 * procedure added by a plugin or a later Neo4j (apoc.*, dbms.security.*, db.create*) is refused
 * until someone decides it is a read. Names compare case-insensitively so that a change of case
 * cannot slip past (Neo4j would resolve it to the same procedure or to none).
 */

/** For the console's completion and help text. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.ping',
];
const PROCEDURES = new Set(ALLOWED_PROCEDURES.map((name) => name.toLowerCase()));

/** Built-in function namespaces; every function in them is a pure computation. */
const FUNCTION_NAMESPACES = [
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector.similarity',
];
const FUNCTIONS = new Set(['db.nameFromElementId'].map((name) => name.toLowerCase()));

export function isAllowedProcedure(name: string): boolean {
  return PROCEDURES.has(name.toLowerCase());
}

export function isAllowedFunction(name: string): boolean {
  const lower = name.toLowerCase();
  if (FUNCTIONS.has(lower)) return true;
  const namespace = lower.slice(0, lower.lastIndexOf('.'));
  return FUNCTION_NAMESPACES.includes(namespace);
}
