/**
 * Credentials never reach a log line or an error message: `scheme://user:pass@host` keeps its
 * scheme and host only, and an access token in a query string (`?token=…`) is masked.
 */

const URI_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi;
const TOKEN_PARAM = /([?&]token=)[^&#\s"']*/gi;

/** Any text with credentials inside URIs and `token=` parameters masked. */
export function redactSecrets(text: string): string {
  return text.replace(URI_CREDENTIALS, '$1***@').replace(TOKEN_PARAM, '$1***');
}

/** A URI fit to print: `bolt://alice:s3cret@db:7687` → `bolt://db:7687`. */
export function redactUri(uri: string): string {
  return uri.replace(URI_CREDENTIALS, '$1');
}
