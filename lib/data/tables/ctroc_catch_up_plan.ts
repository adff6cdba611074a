/**
 * `data/ctroc_catch_up_plan.csv`: the CTROC's five-year PSOC catch-up table, as printed.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** The CTROC catch-up plan table. */
export const ctrocCatchUpPlanTable = table({
  name: "ctroc_catch_up_plan",
  path: "ctroc_catch_up_plan.csv",
  title_fr: "Plan de rattrapage financier du PSOC (CTROC)",
  title_en: "PSOC catch-up plan (CTROC)",
  description: "The table 'Plan de rattrapage financier' as printed in the CTROC brief, in " +
    "millions of dollars per fiscal year; each row names the figure it restates.",
  sources: ["ctroc"],
  primaryKey: ["step"],
  foreignKeys: [{ column: "figure_id", reference: { table: "figures", column: "figure_id" } }],
  columns: [
    column({
      name: "step",
      type: "integer",
      required: true,
      minimum: 1,
      title_fr: "Année du plan",
      title_en: "Plan year",
      description: "1 for the first year of the plan.",
    }),
    column({
      name: "fiscal_year",
      type: "string",
      required: true,
      pattern: "\\d{4}-\\d{4}",
      title_fr: "Exercice",
      title_en: "Fiscal year",
      description: "Quebec fiscal year, e.g. 2026-2027.",
    }),
    column({
      name: "program_mcad",
      type: "number",
      required: true,
      unit: "MCAD/year",
      minimum: 0,
      title_fr: "Programme de soutien aux organismes communautaires (M$)",
      title_en: "PSOC (M$)",
      description: "Recurring amount that year, row 'Programme de soutien…'.",
    }),
    column({
      name: "total_mcad",
      type: "number",
      required: true,
      unit: "MCAD/year",
      minimum: 0,
      title_fr: "Total (M$)",
      title_en: "Total (M$)",
      description: "Row 'Total' of the table.",
    }),
    column({
      name: "figure_id",
      type: "string",
      required: true,
      title_fr: "Chiffre",
      title_en: "Figure",
      description: "The figure (figures.csv) this cell restates.",
    }),
  ] as const,
});

/** A row of the CTROC catch-up plan. */
export type CtrocCatchUpPlanRow = RowOf<typeof ctrocCatchUpPlanTable.columns>;
