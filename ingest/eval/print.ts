/** Printing (or collecting for --json) the gold scores and the invariant results; cli.ts wires. */
import { figuresOf } from './figures';
import { CHECK_DESCRIPTIONS, CHECKS, type Check } from './invariants';
import {
  checkThresholds,
  formatErrors,
  formatTable,
  type ThresholdMiss,
  type Thresholds,
} from './report';
import type { GoldRun } from './runGold';
import type { InvariantRun } from './runInvariants';

interface PrintOptions {
  json?: boolean;
  details?: boolean;
}

export function printGold(
  gold: GoldRun,
  thresholds: Thresholds,
  options: PrintOptions,
  output: Record<string, unknown>,
): ThresholdMiss[] {
  // The acceptance is stated over documents (macro), so floors apply to the macro figures.
  const misses = checkThresholds(gold.macro, thresholds);
  if (options.json) {
    output.gold = {
      documents: gold.documents.map(({ file, score, extractMs }) => {
        const { errors, ...counts } = score;
        return {
          file,
          figures: figuresOf(score),
          counts,
          extractMs,
          ...(options.details ? { errors } : {}),
        };
      }),
      micro: gold.micro,
      macro: gold.macro,
      counts: gold.counts,
      thresholds,
      misses,
    };
    return misses;
  }
  if (options.details) {
    for (const { file, score } of gold.documents)
      console.log(`${formatErrors(file, score.errors)}\n`);
  }
  console.log(
    formatTable([
      ...gold.documents.map((d) => ({ name: d.file, figures: figuresOf(d.score) })),
      { name: 'overall (micro: pooled counts)', figures: gold.micro },
      { name: 'overall (macro: mean of documents)', figures: gold.macro },
    ]),
  );
  for (const miss of misses) {
    console.log(`below floor: macro ${miss.metric} ${miss.value.toFixed(3)} < ${miss.threshold}`);
  }
  return misses;
}

export interface InvariantMiss {
  check: string;
  rate: number;
  max: number;
}

export function printInvariants(
  run: InvariantRun,
  floors: Record<string, number>,
  options: PrintOptions,
  output: Record<string, unknown>,
): InvariantMiss[] {
  const misses: InvariantMiss[] = [];
  for (const [check, max] of Object.entries(floors)) {
    if (!(CHECKS as readonly string[]).includes(check)) {
      throw new Error(
        `eval: data/rules/eval-floors.json names an unknown invariant "${check}"; known: ${CHECKS.join(', ')}`,
      );
    }
    const rate = run.rates[check as Check];
    if (rate > max) misses.push({ check, rate, max });
  }
  if (options.json) {
    output.invariants = {
      documents: run.documents,
      duplicates: run.duplicates,
      seconds: run.seconds,
      failures: run.failures,
      checks: Object.fromEntries(
        CHECKS.map((check) => [
          check,
          {
            units: run.checks[check].units,
            violations: run.checks[check].violations.length,
            rate: run.rates[check],
            ...(options.details ? { list: run.checks[check].violations } : {}),
          },
        ]),
      ),
      explained: options.details ? run.explained : run.explained.length,
      floors,
      misses,
    };
    return misses;
  }
  console.log(
    `\nInvariants over ${run.documents} documents (${run.seconds.toFixed(1)} s)` +
      (run.duplicates ? `, ${run.duplicates} duplicate file(s) skipped` : '') +
      (run.failures.length ? `, ${run.failures.length} file(s) unreadable` : ''),
  );
  const width = Math.max(...CHECKS.map((check) => check.length));
  for (const check of CHECKS) {
    const { units, violations } = run.checks[check];
    const max = floors[check];
    console.log(
      `  ${check.padEnd(width)}  ${String(violations.length).padStart(5)} / ${String(units).padEnd(6)} ${(run.rates[check] * 100).toFixed(1).padStart(5)} %` +
        (max !== undefined ? `  (max ${(max * 100).toFixed(2)} %)` : '') +
        `  ${CHECK_DESCRIPTIONS[check]}`,
    );
  }
  console.log(
    `  (${run.explained.length} sentences with only conditional triggers and no actor subject: no commitment by design)`,
  );
  for (const failure of run.failures)
    console.log(`  unreadable: ${failure.path}: ${failure.message}`);
  if (options.details) {
    for (const check of CHECKS) {
      const list = run.checks[check].violations;
      if (list.length === 0) continue;
      console.log(`\n== ${check} (${list.length})`);
      for (const v of list) console.log(`  - [${v.document}] ${v.label}  | ${v.reason}`);
    }
    if (run.explained.length) {
      console.log(
        `\n== explained: conditional trigger without an actor subject (${run.explained.length})`,
      );
      for (const v of run.explained) console.log(`  - [${v.document}] ${v.label}  | ${v.reason}`);
    }
  }
  for (const miss of misses) {
    console.log(
      `above floor: ${miss.check} ${(miss.rate * 100).toFixed(1)} % > ${(miss.max * 100).toFixed(2)} %`,
    );
  }
  return misses;
}
