/**
 * A model's assumptions (`data/assumptions.csv`) as the inputs of the sensitivity tools: those
 * with a low–high range become {@linkcode UncertainInput}s, the others are held at their value.
 *
 * @module
 */
import { type AssumptionBook, defaultAssumptionBook } from "../assumptions/assumption_book.ts";
import { OverrideError } from "../assumptions/override_error.ts";
import type { UncertainInput } from "./uncertain_input.ts";

/** Options of {@linkcode assumptionInputs}. */
export interface AssumptionInputsOptions {
  /** The assumptions. @default the project's */
  assumptions?: AssumptionBook;
  /** A scenario whose values replace the bases (within the ranges). @default "memo" */
  scenario?: string;
}

/** A model's inputs for the sensitivity tools. */
export interface AssumptionInputs {
  /** The assumptions with a range, in file order. */
  inputs: UncertainInput[];
  /** The others, at their (scenario) value. */
  fixed: Record<string, number>;
  /** Every value at its base, for break-even searches. */
  values: Record<string, number>;
}

/**
 * The sensitivity inputs of a model.
 *
 * @param model The model's name in `assumptions.csv` (`zeroNetCost`).
 * @param options Assumptions and scenario.
 * @returns Uncertain inputs, fixed values, and all values.
 * @throws {OverrideError} When an assumption the model reads has no value.
 *
 * @example The four fiscal-gain components, the salary and the share already insured vary
 * ```ts
 * import { assumptionInputs } from "./assumption_inputs.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const { inputs, fixed } = assumptionInputs("zeroNetCost");
 * strictEqual(inputs.length, 6);
 * deepStrictEqual(fixed, { "fiscal.contribution_share": 5 });
 * ```
 */
export function assumptionInputs(
  model: string,
  options: AssumptionInputsOptions = {},
): AssumptionInputs {
  const book = options.assumptions ?? defaultAssumptionBook();
  const scenario = book.scenario(options.scenario ?? "memo");
  const inputs: UncertainInput[] = [];
  const fixed: Record<string, number> = {};
  const values: Record<string, number> = {};
  for (const a of book.forModel(model)) {
    const base = scenario.overrides[a.assumption_id] ?? a.base;
    if (base === null) {
      throw new OverrideError(a.assumption_id, `has no value; ${model} needs one`);
    }
    values[a.assumption_id] = base;
    if (a.low === null || a.high === null || a.distribution === "fixed") {
      fixed[a.assumption_id] = base;
      continue;
    }
    inputs.push({
      id: a.assumption_id,
      base,
      low: a.low,
      high: a.high,
      distribution: a.distribution,
      unit: a.unit,
      min: a.min,
      max: a.max,
      label: a.label_fr,
    });
  }
  return { inputs, fixed, values };
}
