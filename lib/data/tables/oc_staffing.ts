/**
 * `data/oc_staffing.csv`: community organizers (OC) in the health and social services network,
 * by year, as far as the text gives them.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** The OC staffing series. */
export const ocStaffingTable = table({
  name: "oc_staffing",
  path: "oc_staffing.csv",
  title_fr: "Effectifs en organisation communautaire dans le RSSS",
  title_en: "Community organizers (OC) in the health and social services network",
  description: "One row per census year 2017–2025. Only 2017 (334 posts) and 2024 (505 persons) " +
    "are in the text; the census chart (Cloutier 2025) did not survive extraction, so the other " +
    "years are empty with status `unknown`, and 2025 is `decline_reported`. No value is guessed.",
  sources: ["oc"],
  primaryKey: ["year"],
  foreignKeys: [{ column: "figure_id", reference: { table: "figures", column: "figure_id" } }],
  columns: [
    column({
      name: "year",
      type: "integer",
      required: true,
      minimum: 1970,
      maximum: 2100,
      title_fr: "Année",
      title_en: "Year",
      description: "Census year.",
    }),
    column({
      name: "count",
      type: "number",
      required: false,
      minimum: 0,
      title_fr: "Effectif",
      title_en: "Count",
      description: "Posts or persons, as the unit says; empty when the text does not give it.",
    }),
    column({
      name: "unit",
      type: "string",
      required: false,
      enum: ["posts", "persons"],
      title_fr: "Unité",
      title_en: "Unit",
      description: "posts (postes) or persons (personnes): the memo uses both.",
    }),
    column({
      name: "status",
      type: "string",
      required: true,
      enum: ["known", "unknown", "decline_reported"],
      title_fr: "Statut",
      title_en: "Status",
      description: "known: in the text; unknown: not in the text; decline_reported: the text " +
        "reports a fall without a figure.",
    }),
    column({
      name: "figure_id",
      type: "string",
      required: false,
      title_fr: "Chiffre",
      title_en: "Figure",
      description: "The figure (figures.csv) the row comes from.",
    }),
    column({
      name: "note",
      type: "string",
      required: false,
      title_fr: "Note",
      title_en: "Note",
      description: "Why a value is missing, or what it counts.",
    }),
  ] as const,
  checkRow(row) {
    if (row.status === "known" && (row.count === null || row.unit === null)) {
      return { column: "count", expected: "a count and a unit for a known year" };
    }
    if (row.status !== "known" && row.count !== null) {
      return { column: "count", expected: "an empty cell: only known years carry a count" };
    }
    if (row.status !== "known" && row.note === null) {
      return { column: "note", expected: "a note saying why the value is not known" };
    }
    return undefined;
  },
});

/** A row of the OC staffing series. */
export type OcStaffingRow = RowOf<typeof ocStaffingTable.columns>;
