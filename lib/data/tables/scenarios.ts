/**
 * `data/scenarios.csv` and `data/scenario_overrides.csv`: named sets of overrides, each with a
 * sentence saying why.
 *
 * @module
 */
import { UNITS } from "../units.ts";
import { column, type RowOf, table } from "../table_spec.ts";

/** The scenarios table. */
export const scenariosTable = table({
  name: "scenarios",
  path: "scenarios.csv",
  title_fr: "Scénarios",
  title_en: "Scenarios",
  description: "Named scenarios: a title and the reason for each, in French and English. " +
    "Their overrides are in scenario_overrides.csv; `memo` has none.",
  sources: ["recompte"],
  primaryKey: ["scenario_id"],
  columns: [
    column({
      name: "scenario_id",
      type: "string",
      required: true,
      pattern: "[a-z][a-z0-9_]*",
      title_fr: "Identifiant",
      title_en: "Id",
      description: "Stable id.",
    }),
    column({
      name: "title_fr",
      type: "string",
      required: true,
      title_fr: "Titre",
      title_en: "Title (French)",
      description: "Short title, French.",
    }),
    column({
      name: "title_en",
      type: "string",
      required: true,
      title_fr: "Titre (anglais)",
      title_en: "Title",
      description: "Short title, English.",
    }),
    column({
      name: "rationale_fr",
      type: "string",
      required: true,
      title_fr: "Pourquoi",
      title_en: "Why (French)",
      description: "Why the scenario, in French.",
    }),
    column({
      name: "rationale_en",
      type: "string",
      required: true,
      title_fr: "Pourquoi (anglais)",
      title_en: "Why",
      description: "Why the scenario, in English.",
    }),
  ] as const,
});

/** The scenario overrides table. */
export const scenarioOverridesTable = table({
  name: "scenario_overrides",
  path: "scenario_overrides.csv",
  title_fr: "Modifications des scénarios",
  title_en: "Scenario overrides",
  description: "One row per assumption a scenario changes: the new value in the assumption's unit.",
  sources: ["recompte"],
  primaryKey: ["scenario_id", "assumption_id"],
  foreignKeys: [
    { column: "scenario_id", reference: { table: "scenarios", column: "scenario_id" } },
    { column: "assumption_id", reference: { table: "assumptions", column: "assumption_id" } },
  ],
  columns: [
    column({
      name: "scenario_id",
      type: "string",
      required: true,
      title_fr: "Scénario",
      title_en: "Scenario",
      description: "The scenario (scenarios.csv).",
    }),
    column({
      name: "assumption_id",
      type: "string",
      required: true,
      title_fr: "Hypothèse",
      title_en: "Assumption",
      description: "The assumption it changes (assumptions.csv).",
    }),
    column({
      name: "value",
      type: "number",
      required: true,
      title_fr: "Valeur",
      title_en: "Value",
      description: "The value in the scenario.",
    }),
    column({
      name: "unit",
      type: "string",
      required: true,
      enum: UNITS,
      title_fr: "Unité",
      title_en: "Unit",
      description: "Must be the assumption's unit.",
    }),
  ] as const,
});

/** A scenario row. */
export type ScenarioRow = RowOf<typeof scenariosTable.columns>;
/** A scenario override row. */
export type ScenarioOverrideRow = RowOf<typeof scenarioOverridesTable.columns>;
