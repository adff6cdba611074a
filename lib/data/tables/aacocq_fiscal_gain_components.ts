/**
 * `data/aacocq_fiscal_gain_components.csv`: the four components of the fiscal gain per insured
 * worker in the AACOCQ memo.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** The component ids, in the memo's order. */
export const FISCAL_GAIN_COMPONENTS = [
  "rgamq_savings",
  "taxes_on_plan",
  "tax_on_employer_premiums",
  "indirect_savings",
] as const;

/** The fiscal-gain components table. */
export const aacocqFiscalGainComponentsTable = table({
  name: "aacocq_fiscal_gain_components",
  path: "aacocq_fiscal_gain_components.csv",
  title_fr: "Composantes du gain fiscal par employé assuré (AACOCQ)",
  title_en: "Fiscal gain per insured worker, by component (AACOCQ)",
  description: "The four bullet points of 'Améliorer l'état des finances publiques du Québec', " +
    "in dollars per insured worker and year (Normandin Beaudry 2025, as cited by the memo).",
  sources: ["aacocq"],
  primaryKey: ["component_id"],
  foreignKeys: [{ column: "figure_id", reference: { table: "figures", column: "figure_id" } }],
  columns: [
    column({
      name: "component_id",
      type: "string",
      required: true,
      enum: FISCAL_GAIN_COMPONENTS,
      title_fr: "Composante",
      title_en: "Component",
      description: "Stable id of the component.",
    }),
    column({
      name: "label_fr",
      type: "string",
      required: true,
      title_fr: "Libellé",
      title_en: "French label",
      description: "The memo's wording.",
    }),
    column({
      name: "label_en",
      type: "string",
      required: true,
      title_fr: "Libellé anglais",
      title_en: "English label",
      description: "An English rendering.",
    }),
    column({
      name: "amount_cad_per_year",
      type: "number",
      required: true,
      unit: "CAD/year",
      minimum: 0,
      title_fr: "Montant ($/an)",
      title_en: "Amount (CAD/year)",
      description: "Per insured worker and year.",
    }),
    column({
      name: "figure_id",
      type: "string",
      required: true,
      title_fr: "Chiffre",
      title_en: "Figure",
      description: "The figure (figures.csv) it restates.",
    }),
  ] as const,
});

/** A fiscal-gain component row. */
export type FiscalGainComponentRow = RowOf<typeof aacocqFiscalGainComponentsTable.columns>;
