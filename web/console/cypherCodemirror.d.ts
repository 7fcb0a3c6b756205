// @neo4j-cypher/codemirror ships its types at src/codemirror.d.ts, but its package.json `exports`
// map gives `import` no types, so TypeScript's bundler resolution finds none; and 1.0.3's
// createCypherEditor returns `{ editor }` (the API plus its EditorView as `codemirror`), not the
// API itself as those types say. This declares what the code really returns.
declare module '@neo4j-cypher/codemirror' {
  type Types = typeof import('@neo4j-cypher/codemirror/src/codemirror.d.ts');
  type EditorApi = ReturnType<Types['createCypherEditor']>;
  export function createCypherEditor(
    parent: Element | DocumentFragment,
    options: Parameters<Types['createCypherEditor']>[1],
  ): { editor: EditorApi & { codemirror: import('@codemirror/view').EditorView } };
}
