/**
 * The loaders an analyst would write first, as the benchmark's baselines (not product code):
 * the same statements with one row per query, either each query in its own auto-commit
 * transaction (the usual first script) or all of a document's queries in one transaction
 * (isolating what batching alone buys).
 */

import type { Extraction } from '../contract/extraction';
import type { Database } from '../db/connect';
import { cypher, cypherStatements } from '../db/cypherFiles';
import { extractorFingerprint } from '../ingest/fingerprint';
import { loadSteps } from '../ingest/load/toRows';

type Run = (query: string, params: Record<string, unknown>) => Promise<unknown>;

async function rowByRow(run: Run, extraction: Extraction): Promise<void> {
  const { docId, steps } = loadSteps(extraction);
  for (const statement of cypherStatements('load/clearDocument')) await run(statement, { docId });
  await run(cypher('load/lockDocuments'), { ids: [docId] });
  for (const step of steps) {
    const query = cypher(`load/${step.file}`);
    for (const row of step.rows)
      await run(query, { rows: [row], extractor: extractorFingerprint() });
  }
}

/** One auto-commit transaction per row. */
export async function naiveAutocommitLoad(db: Database, extraction: Extraction): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await rowByRow((query, params) => session.run(query, params), extraction);
  } finally {
    await session.close();
  }
}

/** One query per row, one transaction per document. */
export async function naivePerRowLoad(db: Database, extraction: Extraction): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite((tx) =>
      rowByRow((query, params) => tx.run(query, params), extraction),
    );
  } finally {
    await session.close();
  }
}
