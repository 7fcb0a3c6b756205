/**
 * The query editor: CodeMirror 6 with @neo4j-cypher/codemirror (highlighting, and completion of
 * the live schema's labels, relationship types, property keys and procedures). Loaded lazily by
 * the console, so the explorer's first paint does not wait for the Cypher grammar.
 */
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import type { CypherSchema } from '../../contract/console';

export interface QueryEditor {
  getValue(): string;
  setValue(value: string): void;
  setSchema(schema: CypherSchema): void;
  /** Puts the cursor at a 0-based offset (a syntax error's position). */
  moveTo(offset: number): void;
  focus(): void;
}

export function createQueryEditor(
  parent: HTMLElement,
  initial: string,
  onRun: () => void,
): QueryEditor {
  const runKeys = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          onRun();
          return true;
        },
      },
    ]),
  );
  const { editor } = createCypherEditor(parent, {
    value: initial,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    placeholder: 'MATCH (n:Country) RETURN n LIMIT 25',
    preExtensions: [runKeys],
  });
  return {
    getValue: () => editor.codemirror.state.doc.toString(),
    setValue: (text) => editor.setValue(text),
    setSchema: (schema) =>
      editor.setSchema({
        labels: schema.labels.map((l) => `:${l}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t}`),
        propertyKeys: schema.propertyKeys,
        procedures: schema.procedures.map((name) => ({ name, signature: '', returnItems: [] })),
      }),
    moveTo: (offset) => {
      editor.setPosition(Math.min(offset, editor.codemirror.state.doc.length), true);
      editor.focus();
    },
    focus: () => editor.focus(),
  };
}
