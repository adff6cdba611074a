/**
 * `data/sources.csv`: the five memos.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** Source ids are short lowercase names: `aacocq`, `oc`, `fqcs`, `ctroc`, `trpocb`. */
export const SOURCE_ID_PATTERN = "[a-z][a-z0-9_]*";

/** The sources table. */
export const sourcesTable = table({
  name: "sources",
  path: "sources.csv",
  title_fr: "Sources : les cinq mémoires",
  title_en: "Sources: the five memos",
  description: "One row per memo: publisher, title, date, kind and the file name it is known by.",
  sources: ["aacocq", "oc", "fqcs", "ctroc", "trpocb"],
  primaryKey: ["source_id"],
  columns: [
    column({
      name: "source_id",
      type: "string",
      required: true,
      pattern: SOURCE_ID_PATTERN,
      title_fr: "Identifiant",
      title_en: "Id",
      description: "Short stable id, the first segment of every figure id from this memo.",
    }),
    column({
      name: "publisher",
      type: "string",
      required: true,
      title_fr: "Éditeur",
      title_en: "Publisher",
      description: "Who published the memo.",
    }),
    column({
      name: "title",
      type: "string",
      required: true,
      title_fr: "Titre",
      title_en: "Title",
      description: "Title, in French as in the memo.",
    }),
    column({
      name: "date",
      type: "date",
      required: true,
      title_fr: "Date",
      title_en: "Date",
      description: "Publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD).",
    }),
    column({
      name: "kind",
      type: "string",
      required: true,
      enum: ["pre_budget_memo", "expert_brief", "press_release", "budget_brief", "letter"],
      title_fr: "Genre",
      title_en: "Kind",
      description: "What kind of document it is.",
    }),
    column({
      name: "file",
      type: "string",
      required: true,
      title_fr: "Fichier",
      title_en: "File",
      description:
        "The plain-text extraction's file name in memos/ (a copy of the project's shared/memos/).",
    }),
    column({
      name: "language",
      type: "string",
      required: true,
      enum: ["fr", "en"],
      title_fr: "Langue",
      title_en: "Language",
      description: "Language of the memo.",
    }),
    column({
      name: "note",
      type: "string",
      required: false,
      title_fr: "Note",
      title_en: "Note",
      description: "Anything a reader should know about the document or its extraction.",
    }),
  ] as const,
});

/** A source row. */
export type Source = RowOf<typeof sourcesTable.columns>;
