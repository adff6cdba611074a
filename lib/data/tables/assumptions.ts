/**
 * `data/assumptions.csv`: the named inputs of the models, each drawn from a memo figure or from
 * an outside source, with a plausible range and the reason for it.
 *
 * @module
 */
import { UNITS } from "../units.ts";
import { column, type RowOf, table } from "../table_spec.ts";

/** Assumption ids: `<model area>.<name>`, lowercase letters, digits and `_`. */
export const ASSUMPTION_ID_PATTERN = "[a-z][a-z0-9_]*\\.[a-z0-9_]+";

/** How an assumption's low–high pair is read for Monte Carlo draws. */
export const DISTRIBUTIONS = ["fixed", "normal", "lognormal", "uniform", "triangular"] as const;

/** A distribution name. */
export type DistributionName = typeof DISTRIBUTIONS[number];

/** The assumptions table. */
export const assumptionsTable = table({
  name: "assumptions",
  path: "assumptions.csv",
  title_fr: "Hypothèses des modèles",
  title_en: "Model assumptions",
  description: "Every named model input: its base value (a memo figure by id, or an outside " +
    "value with its reference), unit, plausible low–high range with the reason for it, the " +
    "bounds outside which a value is impossible, and how Monte Carlo reads the range. An " +
    "assumption the memos lack and no outside source gives keeps an empty base value: the user " +
    "must set it.",
  sources: ["aacocq", "oc", "fqcs", "ctroc", "recompte"],
  primaryKey: ["assumption_id"],
  foreignKeys: [{ column: "base_figure_id", reference: { table: "figures", column: "figure_id" } }],
  columns: [
    column({
      name: "assumption_id",
      type: "string",
      required: true,
      pattern: ASSUMPTION_ID_PATTERN,
      title_fr: "Identifiant",
      title_en: "Id",
      description: "Stable id, `<area>.<name>`; overrides and scenarios name it.",
    }),
    column({
      name: "model",
      type: "string",
      required: true,
      title_fr: "Modèle",
      title_en: "Model",
      description: "The model that reads it (`payrollCost`, `zeroNetCost`…).",
    }),
    column({
      name: "label_fr",
      type: "string",
      required: true,
      title_fr: "Libellé",
      title_en: "Label (French)",
      description: "What it is, in French.",
    }),
    column({
      name: "label_en",
      type: "string",
      required: true,
      title_fr: "Libellé (anglais)",
      title_en: "Label",
      description: "What it is, in English.",
    }),
    column({
      name: "unit",
      type: "string",
      required: true,
      enum: UNITS,
      title_fr: "Unité",
      title_en: "Unit",
      description: "Unit of the value, the range and the bounds; an override must use it.",
    }),
    column({
      name: "base_figure_id",
      type: "string",
      required: false,
      title_fr: "Chiffre de base",
      title_en: "Base figure",
      description: "The memo figure giving the base value (figures.csv), if any.",
    }),
    column({
      name: "base_value",
      type: "number",
      required: false,
      title_fr: "Valeur de base (hors mémoire)",
      title_en: "Base value (outside)",
      description: "The base value when no memo figure gives it (see outside_source).",
    }),
    column({
      name: "outside_source",
      type: "string",
      required: false,
      title_fr: "Source externe",
      title_en: "Outside source",
      description: "Where a base value or range not in the memos comes from.",
    }),
    column({
      name: "low",
      type: "number",
      required: false,
      title_fr: "Bas",
      title_en: "Low",
      description: "Low end of the plausible range (a 90 % interval for Monte Carlo).",
    }),
    column({
      name: "high",
      type: "number",
      required: false,
      title_fr: "Haut",
      title_en: "High",
      description: "High end of the plausible range.",
    }),
    column({
      name: "range_reason",
      type: "string",
      required: false,
      title_fr: "Raison de l'intervalle",
      title_en: "Why this range",
      description: "Why the range is plausible; `Illustrative` where no source narrows it.",
    }),
    column({
      name: "min",
      type: "number",
      required: true,
      title_fr: "Minimum possible",
      title_en: "Smallest possible",
      description: "Values below are impossible and refused.",
    }),
    column({
      name: "max",
      type: "number",
      required: true,
      title_fr: "Maximum possible",
      title_en: "Largest possible",
      description: "Values above are impossible and refused.",
    }),
    column({
      name: "distribution",
      type: "string",
      required: true,
      enum: DISTRIBUTIONS,
      title_fr: "Distribution",
      title_en: "Distribution",
      description: "How Monte Carlo reads the low–high pair; `fixed` keeps the base value.",
    }),
    column({
      name: "note",
      type: "string",
      required: false,
      title_fr: "Note",
      title_en: "Note",
      description: "Anything a reader should know.",
    }),
  ] as const,
  checkRow(row) {
    if (row.base_figure_id !== null && row.base_value !== null) {
      return { column: "base_value", expected: "empty when base_figure_id gives the base value" };
    }
    if (row.base_figure_id === null && row.outside_source === null) {
      return { column: "outside_source", expected: "a reference when no memo figure is the base" };
    }
    if ((row.low === null) !== (row.high === null)) {
      return { column: row.low === null ? "low" : "high", expected: "both ends of the range" };
    }
    if (row.low !== null && row.high !== null && row.low > row.high) {
      return { column: "high", expected: `a value ≥ low (${row.low})` };
    }
    if (row.low !== null && row.range_reason === null) {
      return { column: "range_reason", expected: "the reason for the range" };
    }
    if (row.min > row.max) return { column: "max", expected: `a value ≥ min (${row.min})` };
    for (const name of ["low", "high", "base_value"] as const) {
      const v = row[name];
      if (v !== null && (v < row.min || v > row.max)) {
        return { column: name, expected: `a value within [${row.min}, ${row.max}]` };
      }
    }
    if (row.distribution !== "fixed" && row.low === null) {
      return { column: "distribution", expected: "`fixed` when there is no range" };
    }
    return undefined;
  },
});

/** An assumption row. */
export type AssumptionRow = RowOf<typeof assumptionsTable.columns>;
