/**
 * The AACOCQ coverage plan to 2030: from today's insured workers, 1 000 more a year, capped at
 * the 6 000 targeted; persons covered at a ratio of persons per worker; the state's savings at the
 * plan's 2 500 $ a worker, and the fiscal gain and public contribution of the zero-net-cost
 * balance. The memo gives two starting points (2 000 and « plus de 2 300 ») and implies two
 * ratios (5 000 / 2 300 today, 15 000 / 6 000 in 2030): both are assumptions, set explicitly.
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";
import { ZERO_NET_COST_INPUTS, ZERO_NET_COST_STEPS } from "./zero_net_cost.ts";

/**
 * The coverage-plan model: one row per year from the memo's year to the target year.
 *
 * @example From the growth plan's 2 000 workers: 5 M$ of savings in the first year, 6 000 workers
 * and 15 000 persons covered in 2030
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const p = runModel(loadProject("data"), "coveragePlan");
 * strictEqual(p.rows[0]!.stateSavings, 5); // aacocq.growth_plan.current_savings
 * strictEqual(p.rows.at(-1)!.workers, 6000);
 * strictEqual(p.rows.at(-1)!.personsCovered, 15000); // aacocq.conclusion.persons_covered
 * ```
 */
export const coveragePlanModel: ModelDefinition = Object.freeze({
  id: "coveragePlan",
  title_fr: "Le plan de couverture jusqu'en 2030",
  title_en: "The coverage plan to 2030",
  inputs: [
    ...ZERO_NET_COST_INPUTS,
    "coverage.start_year",
    "coverage.target_year",
    "coverage.start_workers",
    "coverage.target_workers",
    "coverage.increase_per_year",
    "coverage.persons_per_worker",
    "coverage.savings_per_worker",
  ],
  figures: [],
  steps: [
    ...ZERO_NET_COST_STEPS,
    step("increaseNeeded", "workers", "coverage.target_workers - coverage.start_workers", [
      "Travailleurs à ajouter",
      "Workers to add",
    ]),
    step("years", "years", "coverage.target_year - coverage.start_year", [
      "Du départ à la cible",
      "From the start to the target",
    ]),
  ],
  series: {
    index: "k",
    from: 0,
    to: "year(coverage.target_year) - year(coverage.start_year)",
    steps: [
      step("year", "count", "year(coverage.start_year) + k", ["Année", "Year"]),
      step(
        "workers",
        "workers",
        "min(coverage.target_workers, coverage.start_workers + coverage.increase_per_year * k * 1[years])",
        ["Travailleurs assurés", "Insured workers"],
      ),
      step("personsCovered", "persons", "workers * coverage.persons_per_worker", [
        "Personnes couvertes",
        "Persons covered",
      ]),
      step("stateSavings", "MCAD/year", "workers * coverage.savings_per_worker", [
        "Économies de l'État (montant par travailleur du plan)",
        "State savings (the plan's amount per worker)",
      ]),
      step("fiscalGain", "MCAD/year", "workers * effectiveGainPerWorker", [
        "Gain fiscal (quatre composantes)",
        "Fiscal gain (four components)",
      ]),
      step("publicContribution", "MCAD/year", "workers * contributionPerWorker", [
        "Contribution publique",
        "Public contribution",
      ]),
      step("netForState", "MCAD/year", "fiscalGain - publicContribution", [
        "Solde net pour l'État",
        "Net balance for the state",
      ]),
    ],
    totals: [],
  },
  caveats: [{
    fr:
      "Le mémoire dit « 1 000 personnes assurées par année » ; le plan l'applique aux travailleurs, " +
      "comme le fait sa cible de 6 000 travailleurs.",
    en:
      "The memo says « 1 000 personnes assurées par année »; the plan applies it to workers, as its " +
      "6 000-worker target does.",
  }],
});
