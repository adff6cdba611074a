/**
 * `data/timeline.csv`: the dated events of the memos.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** The timeline table. */
export const timelineTable = table({
  name: "timeline",
  path: "timeline.csv",
  title_fr: "Chronologie des politiques et des événements datés",
  title_en: "Timeline of dated policy events",
  description: "Every dated policy or institutional event in the memos, sorted by date, with " +
    "the precision the memo gives.",
  sources: ["aacocq", "oc", "fqcs", "ctroc", "trpocb"],
  foreignKeys: [
    { column: "source_id", reference: { table: "sources", column: "source_id" } },
    { column: "figure_id", reference: { table: "figures", column: "figure_id" } },
  ],
  columns: [
    column({
      name: "date",
      type: "date",
      required: true,
      title_fr: "Date",
      title_en: "Date",
      description: "ISO date at the memo's precision.",
    }),
    column({
      name: "precision",
      type: "string",
      required: true,
      enum: ["day", "month", "year"],
      title_fr: "Précision",
      title_en: "Precision",
      description: "How precisely the memo dates the event.",
    }),
    column({
      name: "event_fr",
      type: "string",
      required: true,
      title_fr: "Événement",
      title_en: "Event (French)",
      description: "The event, in French.",
    }),
    column({
      name: "event_en",
      type: "string",
      required: true,
      title_fr: "Événement (anglais)",
      title_en: "Event",
      description: "The event, in English.",
    }),
    column({
      name: "source_id",
      type: "string",
      required: true,
      title_fr: "Source",
      title_en: "Source",
      description: "The memo that dates it.",
    }),
    column({
      name: "figure_id",
      type: "string",
      required: false,
      title_fr: "Chiffre",
      title_en: "Figure",
      description: "The figure (figures.csv) holding the date, if any.",
    }),
  ] as const,
  checkRow(row) {
    const digits = row.date.split("-").length;
    const expected = { year: 1, month: 2, day: 3 }[row.precision];
    return digits === expected
      ? undefined
      : { column: "date", expected: `a date written to the ${row.precision} (precision column)` };
  },
});

/** A timeline row. */
export type TimelineRow = RowOf<typeof timelineTable.columns>;
