/**
 * The CTROC catch-up plan for mission funding (PSOC): a new recurring 911 M$ reached in five
 * equal yearly steps of 182,2 M$ (table: 182,2 / 364,4 / 546,6 / 728,8 / 911, total 2 733), per
 * organization and, under an indexation rate the memo does not state, in constant dollars.
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/**
 * The PSOC catch-up model.
 *
 * @example 911 M$ in five steps: 182,2 M$ a step, 2 733 M$ paid over the five years
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const r = runModel(project, "psocCatchUp");
 * strictEqual(r.values.yearlyStep, 182.2); // ctroc.plan.year_1
 * strictEqual(r.values.total, 2733); // ctroc.plan.total
 * strictEqual(r.rows.map((row) => row.recurring).join(" "), "182.2 364.4 546.6 728.8 911");
 * const indexed = runModel(project, "psocCatchUp", { overrides: { "psoc.indexation_rate": 2 } });
 * strictEqual(indexed.rows[4]!.recurringConstant!.toFixed(1), "841.6");
 * ```
 */
export const psocCatchUpModel: ModelDefinition = Object.freeze({
  id: "psocCatchUp",
  title_fr: "Le plan de rattrapage du PSOC",
  title_en: "The PSOC catch-up plan",
  inputs: [
    "psoc.target_recurring",
    "psoc.horizon",
    "psoc.end_fiscal_year",
    "psoc.organizations",
    "psoc.indexation_rate",
  ],
  figures: ["ctroc.psoc.per_organization_2025"],
  steps: [
    step("steps", "count", "psoc.horizon / 1[years]", ["Nombre d'étapes", "Number of steps"]),
    step("yearlyStep", "MCAD/year", "psoc.target_recurring / steps", [
      "Hausse récurrente ajoutée chaque année",
      "Recurring increase added each year",
    ]),
    step("perOrganization", "CAD/organization/year", "psoc.target_recurring / psoc.organizations", [
      "Rehaussement visé par organisme",
      "Targeted increase per organization",
    ]),
    step("yearlyStepPerOrganization", "CAD/organization/year", "yearlyStep / psoc.organizations", [
      "Hausse annuelle par organisme",
      "Yearly increase per organization",
    ]),
    step("perOrganizationRatio", "count", "perOrganization / ctroc.psoc.per_organization_2025", [
      "Rehaussement visé par organisme, en multiples des 3 000 $ reçus en 2025-2026",
      "Targeted increase per organization, in multiples of the 3 000 $ received in 2025-2026",
    ]),
  ],
  series: {
    index: "k",
    from: 1,
    to: "steps",
    steps: [
      step("fiscalYearStart", "count", "year(psoc.end_fiscal_year) - steps + k", [
        "Exercice (année de début)",
        "Fiscal year (first year)",
      ]),
      step("recurring", "MCAD/year", "yearlyStep * k", ["Montant récurrent", "Recurring amount"]),
      step("recurringConstant", "MCAD/year", "recurring / pow(1 + psoc.indexation_rate, k - 1)", [
        "Montant récurrent en dollars constants de la première année",
        "Recurring amount in constant dollars of the first year",
      ]),
      step("outlay", "MCAD", "recurring * 1[years]", ["Versé dans l'année", "Paid in the year"]),
      step("outlayConstant", "MCAD", "recurringConstant * 1[years]", [
        "Versé dans l'année, dollars constants",
        "Paid in the year, constant dollars",
      ]),
    ],
    totals: [
      {
        name: "total",
        of: "outlay",
        label_fr: "Total versé sur le plan",
        label_en: "Total paid over the plan",
      },
      {
        name: "totalConstant",
        of: "outlayConstant",
        label_fr: "Total versé, dollars constants",
        label_en: "Total paid, constant dollars",
      },
    ],
  },
  caveats: [
    {
      fr:
        "Le mémoire dit représenter « plus de 3000 » organismes : les montants par organisme sont des " +
        "plafonds, et supposent un partage égal.",
      en:
        "The memo represents « plus de 3000 » organizations: amounts per organization are ceilings, and " +
        "assume an even split.",
    },
    {
      fr:
        "Les 3 000 $ « reçu[s] en 2025-2026 » sont lus comme la hausse par organisme cette année-là ; le " +
        "mémoire ne dit pas s'ils sont récurrents.",
      en:
        "The 3 000 $ « reçu en 2025-2026 » is read as that year's increase per organization; the memo " +
        "does not say whether it recurs.",
    },
  ],
});
