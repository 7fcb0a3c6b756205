/**
 * How many console queries may occupy Neo4j at once. A slot is held until the query's sessions
 * have really closed — not merely until the client got its 408 — so queries Neo4j is still
 * chewing on after their deadline count against the budget, and the console can never pile
 * work onto Neo4j faster than Neo4j lets go of it.
 */
import { CypherBusyError } from './errors';

export class ConsoleBudget {
  private running = 0;
  constructor(readonly size: number) {}

  /** Takes a slot or throws CypherBusyError; the returned function frees it (once). */
  take(): () => void {
    if (this.running >= this.size) throw new CypherBusyError(this.running);
    this.running += 1;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.running -= 1;
    };
  }

  get inUse(): number {
    return this.running;
  }
}
