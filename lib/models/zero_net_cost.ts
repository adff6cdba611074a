/**
 * The AACOCQ "zero net cost" claim (« aucun coût net pour l’État »): a public contribution of 5 %
 * of payroll — 2,5 M$ a year per tranche of 1 000 workers — against the fiscal gain per insured
 * worker. The share of subsidized workers already insured makes explicit what the memo's
 * arithmetic takes as 0: a worker already insured brings no new gain, yet the contribution is
 * paid on their salary.
 *
 * Break-evens (the value where the net balance is 0, the other inputs held) are steps too.
 *
 * @module
 */
import { FISCAL_GAIN_COMPONENTS, FISCAL_GAIN_STEPS } from "./fiscal_gain.ts";
import { type ModelDefinition, step } from "./model.ts";

/** The steps of the balance, shared by the coverage plan. */
export const ZERO_NET_COST_STEPS = Object.freeze([
  ...FISCAL_GAIN_STEPS,
  step(
    "effectiveGainPerWorker",
    "CAD/worker/year",
    "gainPerWorker * (1 - fiscal.share_already_insured)",
    [
      "Gain compté (nouveaux assurés seulement)",
      "Gain counted (newly insured workers only)",
    ],
  ),
  step(
    "contributionPerWorker",
    "CAD/worker/year",
    "fiscal.contribution_share * fiscal.average_salary",
    [
      "Contribution publique par travailleur",
      "Public contribution per worker",
    ],
  ),
  step("netPerWorker", "CAD/worker/year", "effectiveGainPerWorker - contributionPerWorker", [
    "Solde net pour l'État par travailleur",
    "Net balance for the state per worker",
  ]),
]);

/** The inputs of the balance. */
export const ZERO_NET_COST_INPUTS: readonly string[] = Object.freeze([
  ...FISCAL_GAIN_COMPONENTS,
  "fiscal.average_salary",
  "fiscal.contribution_share",
  "fiscal.share_already_insured",
]);

/**
 * The zero-net-cost model.
 *
 * @example 2 510 $ of gain against 5 % of 50 000 $: a 10 $ margin, break-even at 50 200 $
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const z = runModel(project, "zeroNetCost");
 * strictEqual(z.values.contributionPer1000, 2.5); // aacocq.request.support_per_1000_workers
 * strictEqual(z.values.netPerWorker, 10);
 * strictEqual(z.values.breakEvenSalary, 50200);
 * strictEqual(runModel(project, "zeroNetCost", { scenario: "no_indirect_savings" }).values.netPerWorker, -390);
 * ```
 */
export const zeroNetCostModel: ModelDefinition = Object.freeze({
  id: "zeroNetCost",
  title_fr: "« aucun coût net pour l’État » : gain fiscal et contribution publique",
  title_en: "“No net cost for the state”: fiscal gain and public contribution",
  inputs: ZERO_NET_COST_INPUTS,
  figures: ["aacocq.request.workers_per_tranche"],
  steps: [
    ...ZERO_NET_COST_STEPS,
    step(
      "gainPer1000",
      "MCAD/year",
      "effectiveGainPerWorker * aacocq.request.workers_per_tranche",
      [
        "Gain par tranche de 1 000 travailleurs",
        "Gain per tranche of 1 000 workers",
      ],
    ),
    step(
      "contributionPer1000",
      "MCAD/year",
      "contributionPerWorker * aacocq.request.workers_per_tranche",
      [
        "Contribution par tranche de 1 000 travailleurs",
        "Contribution per tranche of 1 000 workers",
      ],
    ),
    step("netPer1000", "MCAD/year", "netPerWorker * aacocq.request.workers_per_tranche", [
      "Solde net par tranche de 1 000 travailleurs",
      "Net balance per tranche of 1 000 workers",
    ]),
    step(
      "breakEvenSalary",
      "CAD/worker/year",
      "effectiveGainPerWorker / fiscal.contribution_share",
      [
        "Salaire moyen au-delà duquel l'État perd",
        "Average salary above which the state loses",
      ],
    ),
    step("breakEvenShareAlreadyInsured", "percent", "1 - contributionPerWorker / gainPerWorker", [
      "Part de travailleurs déjà assurés au-delà de laquelle l'État perd",
      "Share of workers already insured above which the state loses",
    ]),
    step(
      "breakEvenIndirectSavings",
      "CAD/worker/year",
      "contributionPerWorker / (1 - fiscal.share_already_insured) - " +
        "(fiscal.rgamq_savings + fiscal.taxes_on_plan + fiscal.tax_on_employer_premiums)",
      [
        "Économies indirectes nécessaires pour un solde nul",
        "Indirect savings needed for a zero balance",
      ],
    ),
  ],
  caveats: [{
    fr: "Le calcul du mémoire compte le gain fiscal entier pour chaque travailleur subventionné, " +
      "comme si aucun n'était déjà assuré (part déjà assurée : 0 %).",
    en:
      "The memo's arithmetic counts the whole fiscal gain for every subsidized worker, as if none " +
      "were insured before (share already insured: 0 %).",
  }],
});
