/**
 * The CTROC's PSOC catch-up plan (« Plan de rattrapage financier »): new recurring mission
 * funding raised in equal yearly steps until it reaches the target, the cumulative recurring
 * amount of each fiscal year, the total over the horizon, and the amounts per organization.
 *
 *   yearlyStep        = target / horizon
 *   recurring[k]      = target × k / horizon                       k = 1 … horizon
 *   increment[k]      = yearlyStep (= recurring[k] − recurring[k − 1], without rounding noise)
 *   recurringConstant = recurring[k] / (1 + rate / 100)^(k − 1)     dollars of the first year
 *   total             = Σ recurring[k]                             (M$ over the horizon)
 *   perOrganization   = recurring[horizon] × 10⁶ / organizations    (CAD/year)
 *
 * The fiscal years run from `endFiscalYear − horizon + 1` to `endFiscalYear` (2026-2027 to
 * 2030-2031 in the memo). The memo states no indexation: at the default rate of 0 the constant
 * amounts equal the nominal ones and the memo's table comes out unchanged.
 *
 * @module
 */
import { figureInput } from "../assumptions/figure_input.ts";
import { OverrideError } from "../assumptions/override_error.ts";
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import { toConstantDollars } from "../math/constant_dollars.ts";
import { linearPath } from "../math/linear_path.ts";
import type { Trace } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";

/**
 * Parameters of {@linkcode psocCatchUp}: overrides (`psoc.target_recurring`, `psoc.horizon`,
 * `psoc.end_fiscal_year`, `psoc.organizations`, `psoc.indexation_rate`) and scenario.
 */
export type PsocCatchUpParams = ModelOptions;

/** One fiscal year of the plan. */
export interface PsocCatchUpRow {
  /** Year of the plan, 1 for the first. */
  step: number;
  /** Quebec fiscal year, e.g. `2026-2027`. */
  fiscalYear: string;
  /** New recurring money added that year (MCAD/year). */
  increment: number;
  /** Cumulative recurring amount that year, nominal (MCAD/year): the memo's table. */
  recurring: number;
  /** The same in constant dollars of the first fiscal year (MCAD/year). */
  recurringConstant: number;
}

/** The catch-up plan, recomputed. */
export interface PsocCatchUp {
  /** One row per fiscal year. */
  rows: PsocCatchUpRow[];
  /** The new money added each year (MCAD/year). */
  yearlyStep: number;
  /** The recurring amount reached in the last year (MCAD/year). */
  finalRecurring: number;
  /** Sum of the recurring amounts over the horizon, nominal (MCAD): the table's "Total". */
  total: number;
  /** The same in constant dollars of the first fiscal year (MCAD). */
  totalConstant: number;
  /** The yearly indexation rate used for constant dollars (percent). */
  indexationRate: number;
  /** Organizations the amounts are shared among (a floor: "plus de 3000"). */
  organizations: number;
  /** Final recurring amount per organization (CAD/year); a ceiling, as the count is a floor. */
  perOrganization: number;
  /** The yearly step per organization (CAD/year). */
  yearlyStepPerOrganization: number;
  /** What each organization received in 2025-2026, per the memo (CAD). */
  receivedPerOrganization2025: number;
  /** perOrganization ÷ receivedPerOrganization2025. */
  perOrganizationRatio: number;
  /** What a reader must know to read the numbers. */
  caveats: string[];
  /** Inputs and steps. */
  trace: Trace;
}

function wholeNumber(id: string, value: number, what: string): number {
  if (!Number.isInteger(value)) {
    throw new OverrideError(id, `expected a whole number of ${what}, got ${value}`);
  }
  return value;
}

/**
 * Recomputes the PSOC catch-up plan.
 *
 * @param params Overrides and scenario; with none, the memo's plan (no indexation).
 * @returns The yearly rows, total, constant-dollar amounts and amounts per organization, with
 *   the trace.
 * @throws {OverrideError} For a refused override, or a horizon or end year that is not whole.
 *
 * @example The memo's 182.2 … 911 M$ and its 2 733 M$ total (figures ctroc.plan.*)
 * ```ts
 * import { psocCatchUp } from "./psoc_catch_up.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const r = psocCatchUp();
 * deepStrictEqual(r.rows.map((row) => row.recurring), [182.2, 364.4, 546.6, 728.8, 911]);
 * strictEqual(r.rows[0]!.fiscalYear, "2026-2027");
 * strictEqual(Math.round(r.total), 2733);
 * strictEqual(Math.round(r.perOrganization), 303667); // 911 M$ / 3 000 organizations
 * const indexed = psocCatchUp({ overrides: { "psoc.indexation_rate": 2 } });
 * strictEqual(indexed.rows[4]!.recurring, 911);
 * strictEqual(indexed.rows[4]!.recurringConstant.toFixed(1), "841.6");
 * ```
 */
export function psocCatchUp(params: PsocCatchUpParams = {}): PsocCatchUp {
  const { values: v, inputs, scenario } = resolveInputs(
    "psocCatchUp",
    [
      "psoc.target_recurring",
      "psoc.horizon",
      "psoc.end_fiscal_year",
      "psoc.organizations",
      "psoc.indexation_rate",
    ],
    [],
    params,
  );
  const received = figureInput("ctroc.psoc.per_organization_2025");
  inputs.push(received);
  const target = v["psoc.target_recurring"];
  const horizon = wholeNumber("psoc.horizon", v["psoc.horizon"], "years");
  const endYear = wholeNumber("psoc.end_fiscal_year", v["psoc.end_fiscal_year"], "years");
  const rate = v["psoc.indexation_rate"];
  const organizations = v["psoc.organizations"];

  const r = stepRecorder("psocCatchUp");
  const yearlyStep = r.record(
    "yearlyStep",
    target / horizon,
    "MCAD/year",
    "psoc.target_recurring / psoc.horizon",
  );
  const firstYear = r.record(
    "firstFiscalYear",
    endYear - horizon + 1,
    "year",
    "psoc.end_fiscal_year − psoc.horizon + 1",
  );
  const levels = linearPath(0, target, horizon);
  const rows: PsocCatchUpRow[] = [];
  for (let step = 1; step <= horizon; step++) {
    const recurring = r.record(
      `recurring[${step}]`,
      levels[step]!,
      "MCAD/year",
      `psoc.target_recurring × ${step} / psoc.horizon`,
    );
    const increment = r.record(
      `increment[${step}]`,
      yearlyStep,
      "MCAD/year",
      "yearlyStep (equal steps: recurring[k] − recurring[k − 1])",
    );
    const recurringConstant = r.record(
      `recurringConstant[${step}]`,
      toConstantDollars(recurring, rate, step - 1),
      "MCAD/year",
      `recurring[${step}] / (1 + psoc.indexation_rate / 100)^${step - 1}`,
    );
    const start = firstYear + step - 1;
    rows.push({
      step,
      fiscalYear: `${start}-${start + 1}`,
      increment,
      recurring,
      recurringConstant,
    });
  }
  const finalRecurring = r.record(
    "finalRecurring",
    rows[rows.length - 1]!.recurring,
    "MCAD/year",
    `recurring[${horizon}]`,
  );
  const total = r.record(
    "total",
    rows.reduce((sum, row) => sum + row.recurring, 0),
    "MCAD",
    "Σ recurring[k]",
  );
  const totalConstant = r.record(
    "totalConstant",
    rows.reduce((sum, row) => sum + row.recurringConstant, 0),
    "MCAD",
    "Σ recurringConstant[k]",
  );
  const perOrganization = r.record(
    "perOrganization",
    (finalRecurring * 1e6) / organizations,
    "CAD/year",
    "finalRecurring × 10⁶ / psoc.organizations",
  );
  const yearlyStepPerOrganization = r.record(
    "yearlyStepPerOrganization",
    (yearlyStep * 1e6) / organizations,
    "CAD/year",
    "yearlyStep × 10⁶ / psoc.organizations",
  );
  const perOrganizationRatio = r.record(
    "perOrganizationRatio",
    perOrganization / received.value,
    "ratio",
    "perOrganization / ctroc.psoc.per_organization_2025",
  );
  return {
    rows,
    yearlyStep,
    finalRecurring,
    total,
    totalConstant,
    indexationRate: rate,
    organizations,
    perOrganization,
    yearlyStepPerOrganization,
    receivedPerOrganization2025: received.value,
    perOrganizationRatio,
    caveats: [
      "The memo represents « plus de 3000 » organizations: amounts per organization are " +
      "ceilings, and assume an even split.",
      "The 3 000 $ « reçu en 2025-2026 » is read as the increase per organization that year; " +
      "the memo does not say whether it is yearly or one-time.",
      "total sums five yearly amounts: an outlay over the horizon, not a yearly amount.",
      ...(rate === 0 ? [] : [
        `Constant dollars are dollars of ${rows[0]!.fiscalYear} at ${rate} % a year; the memo ` +
        "states no indexation.",
      ]),
    ],
    trace: { inputs, steps: r.steps, ...(scenario ? { scenario } : {}) },
  };
}
