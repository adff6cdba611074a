/**
 * The scenario comparison table: every named scenario's key outputs side by side, one row per
 * scenario, in the order given.
 *
 * @module
 */

/** An output cell: a number, a text, or null for "not applicable". */
export type ScenarioCell = number | string | boolean | null;

/** One row: the scenario's name, then its outputs. */
export type ScenarioRow<O extends Record<string, ScenarioCell>> = { scenario: string } & O;

/**
 * Evaluate every scenario and lay the outputs side by side.
 *
 * @param scenarios Named scenarios: a record (insertion order) or `[name, scenario]` pairs.
 * @param evaluate Scenario → record of outputs (the same keys for every scenario).
 * @returns One row per scenario: `{ scenario: name, ...outputs }`.
 * @throws {RangeError} If two scenarios share a name, a scenario's outputs have other keys than
 *   the first one's, or an output is named `scenario`.
 *
 * @example Two scenarios of a salary
 * ```ts
 * import { scenarioTable } from "./scenario_table.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const rows = scenarioTable({ memo: { salary: 50000 }, low: { salary: 45000 } }, (s) => ({
 *   contribution: 0.05 * s.salary,
 *   zeroNetCost: 2510 >= 0.05 * s.salary,
 * }));
 * deepStrictEqual(rows, [
 *   { scenario: "memo", contribution: 2500, zeroNetCost: true },
 *   { scenario: "low", contribution: 2250, zeroNetCost: true },
 * ]);
 * ```
 */
export function scenarioTable<S, O extends Record<string, ScenarioCell>>(
  scenarios: Readonly<Record<string, S>> | Iterable<readonly [string, S]>,
  evaluate: (scenario: S, name: string) => O,
): ScenarioRow<O>[] {
  const entries: Iterable<readonly [string, S]> = Symbol.iterator in Object(scenarios)
    ? scenarios as Iterable<readonly [string, S]>
    : Object.entries(scenarios as Record<string, S>);
  const rows: ScenarioRow<O>[] = [];
  const names = new Set<string>();
  let keys: string | undefined;
  for (const [name, scenario] of entries) {
    if (names.has(name)) throw new RangeError(`Cannot compare scenario "${name}" twice`);
    names.add(name);
    const outputs = evaluate(scenario, name);
    if (Object.hasOwn(outputs, "scenario")) {
      throw new RangeError(`Cannot name an output "scenario" (scenario "${name}")`);
    }
    const these = Object.keys(outputs).join(", ");
    keys ??= these;
    if (these !== keys) {
      throw new RangeError(
        `Cannot compare scenario "${name}": its outputs are [${these}], expected [${keys}]`,
      );
    }
    rows.push({ scenario: name, ...outputs });
  }
  return rows;
}
