import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CYPHER_DIR,
  CypherFileError,
  cypher,
  cypherStatements,
  splitStatements,
} from '../../../db/cypherFiles';

describe('splitStatements', () => {
  it('splits on terminating semicolons and drops comment lines', () => {
    const source = '// header\nMATCH (n)\nRETURN n;\n\n// second\nRETURN 1;\n';
    expect(splitStatements(source)).toEqual(['MATCH (n)\nRETURN n', 'RETURN 1']);
  });

  it('keeps a semicolon that is not at the end of a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('cypher files', () => {
  it('every load and api file holds exactly one statement, except the multi-step clean-up', () => {
    for (const folder of ['load', 'api']) {
      for (const file of readdirSync(join(CYPHER_DIR, folder)).filter((f) =>
        f.endsWith('.cypher'),
      )) {
        const name = `${folder}/${file.replace(/\.cypher$/, '')}`;
        if (name === 'load/clearDocument') expect(cypherStatements(name).length).toBeGreaterThan(1);
        else expect(() => cypher(name), name).not.toThrow();
      }
    }
  });

  it('the schema is all IF NOT EXISTS, so it can be applied at every start', () => {
    const statements = cypherStatements('schema');
    expect(statements.length).toBeGreaterThan(4);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });

  it('a missing file is a CypherFileError that names it', () => {
    expect(() => cypher('nope/missing')).toThrowError(CypherFileError);
    expect(() => cypher('nope/missing')).toThrowError(/missing\.cypher/);
  });
});
