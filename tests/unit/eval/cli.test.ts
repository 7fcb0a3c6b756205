import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run eval -- --invariants DIR --json', () => {
  it('checks every statement of the folder and reports counts and rates per check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
    writeFileSync(
      join(dir, 'statement.md'),
      "---\ntitle: Joint Statement\ndate: '2024-05-01'\n---\n\nJapan and the United States\ncondemned the launches by North Korea.\n",
    );
    writeFileSync(
      join(dir, 'copy.txt'),
      'Title: Joint Statement\nDate: 2024-05-01\n\nJapan and the United States condemned the launches by North Korea.\n',
    );
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'ingest/eval/cli.ts',
      '--invariants',
      dir,
      '--json',
    ]);
    const { invariants } = JSON.parse(stdout) as {
      invariants: {
        documents: number;
        duplicates: number;
        checks: Record<string, { units: number; violations: number; rate: number }>;
      };
    };
    expect(invariants.documents).toBe(1);
    expect(invariants.duplicates).toBe(1);
    expect(Object.keys(invariants.checks)).toEqual([
      'entityNameFragment',
      'topicNameFragment',
      'vacuousTopic',
      'triggerWithoutCommitment',
      'commitmentWithoutActor',
      'evidenceOutsideSentence',
    ]);
    expect(invariants.checks.commitmentWithoutActor?.units).toBeGreaterThan(0);
    expect(invariants.checks.evidenceOutsideSentence?.rate).toBe(0);
  }, 60_000);
});
