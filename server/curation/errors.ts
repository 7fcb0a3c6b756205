/** What can go wrong writing or undoing an override; the route turns each into an HTTP error. */

/** The entity, commitment or link the override names does not exist (404). */
export class OverrideTargetError extends Error {
  override name = 'OverrideTargetError';
}

/** The override contradicts the graph or another override (409): already hidden, merged into
 * itself or into a hidden entity, across types, or already undone. */
export class OverrideConflictError extends Error {
  override name = 'OverrideConflictError';
}

/** No override with that id (404). */
export class OverrideNotFoundError extends Error {
  override name = 'OverrideNotFoundError';
}
