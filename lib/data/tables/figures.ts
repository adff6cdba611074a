/**
 * `data/figures.csv`: every figure the memos state, with its provenance.
 *
 * @module
 */
import { QUALIFIERS, UNITS } from "../units.ts";
import { column, type RowOf, table } from "../table_spec.ts";

/** Figure ids: `<source>.<topic>.<name>`, lowercase segments of letters, digits and `_`. */
export const FIGURE_ID_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+){2,}";

/** The figures table. */
export const figuresTable = table({
  name: "figures",
  path: "figures.csv",
  title_fr: "Chiffres des mémoires",
  title_en: "Memo figures",
  description:
    "Every quantitative statement in the five memos: value, unit, qualifier implied by " +
    "the wording, and where it stands (section, page, a verbatim excerpt). Figures the memos lack " +
    "are kept with an empty value, qualifier `missing` and a note; no gap is filled.",
  sources: ["aacocq", "oc", "fqcs", "ctroc", "trpocb"],
  primaryKey: ["figure_id"],
  foreignKeys: [{ column: "source_id", reference: { table: "sources", column: "source_id" } }],
  columns: [
    column({
      name: "figure_id",
      type: "string",
      required: true,
      pattern: FIGURE_ID_PATTERN,
      title_fr: "Identifiant",
      title_en: "Id",
      description: "Stable id, `<source>.<topic>.<name>`.",
    }),
    column({
      name: "source_id",
      type: "string",
      required: true,
      title_fr: "Source",
      title_en: "Source",
      description: "The memo (sources.csv).",
    }),
    column({
      name: "section",
      type: "string",
      required: true,
      title_fr: "Section",
      title_en: "Section",
      description: "The nearest heading in the memo, as written.",
    }),
    column({
      name: "page",
      type: "integer",
      required: false,
      minimum: 1,
      title_fr: "Page",
      title_en: "Page",
      description: "Page number, where the extracted text keeps one.",
    }),
    column({
      name: "excerpt",
      type: "string",
      required: true,
      title_fr: "Extrait",
      title_en: "Excerpt",
      description: "A few words around the number, verbatim from the memo.",
    }),
    column({
      name: "value",
      type: "number",
      required: false,
      title_fr: "Valeur",
      title_en: "Value",
      description: "The value as a machine number (percentages as percent, M$ in millions); " +
        "empty for dates and missing figures. For a range, the low end.",
    }),
    column({
      name: "value_high",
      type: "number",
      required: false,
      title_fr: "Valeur haute",
      title_en: "High value",
      description: "The high end of a range; empty otherwise.",
    }),
    column({
      name: "unit",
      type: "string",
      required: true,
      enum: UNITS,
      title_fr: "Unité",
      title_en: "Unit",
      description: "Unit of the value.",
    }),
    column({
      name: "period",
      type: "string",
      required: false,
      title_fr: "Période",
      title_en: "Period",
      description: "Date or period the figure refers to; for unit `date`, the ISO date itself.",
    }),
    column({
      name: "qualifier",
      type: "string",
      required: true,
      enum: QUALIFIERS,
      title_fr: "Qualificatif",
      title_en: "Qualifier",
      description: "What the wording implies: exact, about, more_than, at_least, less_than, " +
        "range, missing.",
    }),
    column({
      name: "note",
      type: "string",
      required: false,
      title_fr: "Note",
      title_en: "Note",
      description: "Ambiguities and anything an auditor should know.",
    }),
  ] as const,
  checkRow(row) {
    if (row.qualifier === "range" && (row.value === null || row.value_high === null)) {
      return { column: "value_high", expected: "both ends of the range (value and value_high)" };
    }
    if (row.qualifier !== "range" && row.value_high !== null) {
      return { column: "value_high", expected: "an empty cell unless the qualifier is range" };
    }
    if (row.value !== null && row.value_high !== null && row.value_high < row.value) {
      return { column: "value_high", expected: `a high end ≥ the low end ${row.value}` };
    }
    if (row.unit === "date") {
      if (row.value !== null) return { column: "value", expected: "an empty cell for a date" };
      if (row.period === null || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.period)) {
        return { column: "period", expected: "the ISO date (YYYY, YYYY-MM or YYYY-MM-DD)" };
      }
      return undefined;
    }
    if (row.qualifier === "missing") {
      if (row.value !== null) {
        return { column: "value", expected: "an empty cell for a missing figure" };
      }
      if (row.note === null) {
        return { column: "note", expected: "a note saying why the figure is missing" };
      }
      return undefined;
    }
    if (row.value === null) {
      return { column: "value", expected: "a number (or qualifier missing with a note)" };
    }
    return undefined;
  },
});

/** A figure row. */
export type FigureRow = RowOf<typeof figuresTable.columns>;
