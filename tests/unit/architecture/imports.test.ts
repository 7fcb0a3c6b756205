/**
 * The import boundaries the layout promises, read from the source: the product (everything but
 * bench/ and tests/) never imports bench/, and the web app reaches outside web/ only for the
 * shared shapes in contract/. A new import across a boundary fails here with the file named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const PRODUCT = ['contract', 'ingest', 'server', 'db', 'web', 'app'];
// Static `from '…'`, side-effect `import '…'` and dynamic `import('…')`.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs|html)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every relative import of `file`, as a path from the repository root. */
function localImports(file: string, source: string): string[] {
  return [...source.matchAll(IMPORT)]
    .map((m) => m[1] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)));
}

const imports = PRODUCT.flatMap((dir) =>
  sourceFiles(dir).flatMap((file) =>
    localImports(file, readFileSync(join(ROOT, file), 'utf8')).map((target) => ({ file, target })),
  ),
);

describe('import boundaries', () => {
  it('reads imports from every product folder (the check is not vacuous)', () => {
    for (const dir of PRODUCT) expect(imports.some((i) => i.file.startsWith(`${dir}/`))).toBe(true);
    expect(localImports('web/main.ts', "import { x } from '../bench/y';")).toEqual(['bench/y']);
  });

  it('the product never imports bench/', () => {
    const offending = imports.filter((i) => i.target === 'bench' || i.target.startsWith('bench/'));
    expect(offending).toEqual([]);
  });

  it('web/ imports nothing outside web/ but contract/', () => {
    const offending = imports.filter(
      (i) =>
        i.file.startsWith('web/') &&
        !i.target.startsWith('web/') &&
        !i.target.startsWith('contract/'),
    );
    expect(offending).toEqual([]);
  });
});
