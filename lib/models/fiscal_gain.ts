/**
 * The fiscal gain per insured worker the AACOCQ memo claims (« plus de 2 500$ »): four
 * components (1 060 + 520 + 530 + 400 $) and its share of a 50 000 $ average salary (« environ
 * 5 % »).
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/** The four components, as assumption ids. */
export const FISCAL_GAIN_COMPONENTS: readonly string[] = Object.freeze([
  "fiscal.rgamq_savings",
  "fiscal.taxes_on_plan",
  "fiscal.tax_on_employer_premiums",
  "fiscal.indirect_savings",
]);

/** The steps of the gain, shared by the models that build on it. */
export const FISCAL_GAIN_STEPS = Object.freeze([
  step("gainPerWorker", "CAD/worker/year", `sum(${FISCAL_GAIN_COMPONENTS.join(", ")})`, [
    "Gain fiscal par travailleur assuré",
    "Fiscal gain per insured worker",
  ]),
]);

/**
 * The fiscal-gain model.
 *
 * @example 2 510 $ a worker, 5,02 % of 50 000 $
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = runModel(loadProject("data"), "fiscalGain");
 * strictEqual(r.values.gainPerWorker, 2510);
 * strictEqual(r.values.shareOfSalary, 5.02);
 * ```
 */
export const fiscalGainModel: ModelDefinition = Object.freeze({
  id: "fiscalGain",
  title_fr: "Gain fiscal par travailleur assuré",
  title_en: "Fiscal gain per insured worker",
  inputs: [...FISCAL_GAIN_COMPONENTS, "fiscal.average_salary"],
  figures: [],
  steps: [
    ...FISCAL_GAIN_STEPS,
    step("shareOfSalary", "percent", "gainPerWorker / fiscal.average_salary", [
      "Gain en part du salaire moyen",
      "Gain as a share of the average salary",
    ]),
  ],
  caveats: [{
    fr:
      "Le mémoire parle de « masse salariale » mais calcule sur un seul salaire moyen de 50 000 $.",
    en:
      "The memo says « masse salariale » (payroll) but computes on one average salary of 50 000 $.",
  }],
});
