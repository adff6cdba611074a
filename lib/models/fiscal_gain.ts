/**
 * The AACOCQ fiscal gain per insured worker (« Un gain fiscal pour l'État »): four components
 * whose sum the memo puts at "plus de 2 500 $" a year, "environ 5 %" of a 50 000 $ average salary.
 *
 *   gainPerWorker = rgamq_savings + taxes_on_plan + tax_on_employer_premiums + indirect_savings
 *   shareOfSalary = gainPerWorker / average_salary × 100
 *
 * @module
 */
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import { defaultDataset } from "../data/dataset.ts";
import type { Trace } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";

/** Parameters of {@linkcode fiscalGain}: overrides of the `fiscal.*` assumptions, scenario. */
export type FiscalGainParams = ModelOptions;

/** The assumption id of each component, in the memo's order. */
export const FISCAL_GAIN_COMPONENTS = [
  "fiscal.rgamq_savings",
  "fiscal.taxes_on_plan",
  "fiscal.tax_on_employer_premiums",
  "fiscal.indirect_savings",
] as const;

/** Every assumption {@linkcode fiscalGain} reads. */
export const FISCAL_GAIN_INPUTS = [...FISCAL_GAIN_COMPONENTS, "fiscal.average_salary"] as const;

/** One component of the gain. */
export interface FiscalGainComponent {
  /** The assumption id (`fiscal.rgamq_savings`…). */
  id: typeof FISCAL_GAIN_COMPONENTS[number];
  /** The memo's label, in French. */
  label_fr: string;
  /** The label in English. */
  label_en: string;
  /** The amount per insured worker (CAD/year). */
  amount: number;
}

/** The fiscal gain, recomputed. */
export interface FiscalGain {
  /** The four components. */
  components: FiscalGainComponent[];
  /** Their sum per insured worker (CAD/year). */
  gainPerWorker: number;
  /** The average salary (CAD/year). */
  averageSalary: number;
  /** The gain as a share of the average salary (percent). */
  shareOfSalary: number;
  /** Inputs and steps. */
  trace: Trace;
}

/**
 * Recomputes the fiscal gain per insured worker.
 *
 * @param params Overrides and scenario.
 * @returns Components, sum and share of salary, with the trace.
 *
 * @example 1 060 + 520 + 530 + 400 = 2 510 $, 5,02 % of 50 000 $
 * ```ts
 * import { fiscalGain } from "./fiscal_gain.ts";
 * import { strictEqual } from "node:assert/strict";
 * const g = fiscalGain();
 * strictEqual(g.gainPerWorker, 2510);
 * strictEqual(g.shareOfSalary, 5.02);
 * strictEqual(fiscalGain({ scenario: "no_indirect_savings" }).gainPerWorker, 2110);
 * ```
 */
export function fiscalGain(params: FiscalGainParams = {}): FiscalGain {
  const { values: v, inputs, scenario } = resolveInputs(
    "zeroNetCost",
    FISCAL_GAIN_INPUTS,
    [],
    params,
  );
  const labels = new Map(
    defaultDataset().fiscalGainComponents.rows.map((row) => [`fiscal.${row.component_id}`, row]),
  );
  const components = FISCAL_GAIN_COMPONENTS.map((id) => ({
    id,
    label_fr: labels.get(id)?.label_fr ?? id,
    label_en: labels.get(id)?.label_en ?? id,
    amount: v[id],
  }));
  const r = stepRecorder("fiscalGain");
  const gainPerWorker = r.record(
    "gainPerWorker",
    components.reduce((sum, c) => sum + c.amount, 0),
    "CAD/year",
    FISCAL_GAIN_COMPONENTS.join(" + "),
  );
  const averageSalary = v["fiscal.average_salary"];
  const shareOfSalary = r.record(
    "shareOfSalary",
    (gainPerWorker * 100) / averageSalary,
    "percent",
    "gainPerWorker / fiscal.average_salary × 100",
  );
  return {
    components,
    gainPerWorker,
    averageSalary,
    shareOfSalary,
    trace: { inputs, steps: r.steps, ...(scenario ? { scenario } : {}) },
  };
}
