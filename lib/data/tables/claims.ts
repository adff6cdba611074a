/**
 * `data/claims.csv`: every relation a memo states or implies between its figures, with the
 * expressions that recompute it.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** Claim ids: `<source>.<topic>.<name>`, like figure ids. */
export const CLAIM_ID_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+){2,}";

/** The claims table. */
export const claimsTable = table({
  name: "claims",
  path: "claims.csv",
  title_fr: "Affirmations des mémoires et leur recalcul",
  title_en: "Memo claims and how to recompute them",
  description: "Every relation a memo states or implies between its figures (a product, a sum, " +
    "a share, a restated value, a ratio used twice), with the memo's wording, the operator its " +
    "wording implies, the stated value and the recomputation as expressions over figure ids " +
    "(lib/audit/expression.ts), the unit, the tolerance the memo's rounding implies and the " +
    "slack its wording allows. `deno task reproduce` evaluates them into out/claims.csv.",
  sources: ["aacocq", "oc", "fqcs", "ctroc", "trpocb"],
  primaryKey: ["claim_id"],
  foreignKeys: [{ column: "source_id", reference: { table: "sources", column: "source_id" } }],
  columns: [
    column({
      name: "claim_id",
      type: "string",
      required: true,
      pattern: CLAIM_ID_PATTERN,
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
      name: "kind",
      type: "string",
      required: true,
      enum: ["stated", "implied", "cross_check"],
      title_fr: "Nature",
      title_en: "Kind",
      description: "`stated`: the memo writes the relation; `implied`: its wording implies it; " +
        "`cross_check`: the same quantity or ratio appears twice and the two must agree.",
    }),
    column({
      name: "operator",
      type: "string",
      required: true,
      enum: ["=", "≈", ">", ">=", "<", "<=", "range"],
      title_fr: "Relation",
      title_en: "Operator",
      description: "From the wording: `=` (soit, s'élève à, a table), `≈` (environ, près de, ~, " +
        "estimé à), `>` (plus de), `>=` (au moins, minimales), `<`, `<=`, `range` (de … à …).",
    }),
    column({
      name: "statement_fr",
      type: "string",
      required: true,
      title_fr: "Libellé du mémoire",
      title_en: "Memo's wording",
      description: "The memo's wording, short, verbatim where possible (… marks cuts).",
    }),
    column({
      name: "statement_en",
      type: "string",
      required: true,
      title_fr: "Libellé (anglais)",
      title_en: "Statement",
      description: "The relation, in English.",
    }),
    column({
      name: "stated",
      type: "string",
      required: true,
      title_fr: "Valeur énoncée",
      title_en: "Stated value",
      description: "Expression for the stated value (the low end of a range), usually one " +
        "figure id.",
    }),
    column({
      name: "stated_high",
      type: "string",
      required: false,
      title_fr: "Borne haute énoncée",
      title_en: "Stated high end",
      description: "Expression for the high end, for `range` only.",
    }),
    column({
      name: "recompute",
      type: "string",
      required: false,
      title_fr: "Recalcul",
      title_en: "Recomputation",
      description: "Expression over figure ids (and `model.` output ids) giving the value the " +
        "memo's own figures imply, in `unit`. Empty only for an unverifiable claim.",
    }),
    column({
      name: "unit",
      type: "string",
      required: true,
      title_fr: "Unité",
      title_en: "Unit",
      description: "Unit of the stated and recomputed values (conversions are written in the " +
        "expressions).",
    }),
    column({
      name: "tolerance",
      type: "number",
      required: false,
      minimum: 0,
      title_fr: "Tolérance",
      title_en: "Tolerance",
      description: "Relative tolerance from the memo's rounding. Empty: derived from the stated " +
        "figure as written (lib/audit/verdict.ts roundingTolerance: half a unit in the last " +
        "digit for `=`, in the last non-zero digit for `≈`; 0 for inequalities). Must be given " +
        "when `stated` is not a single figure id.",
    }),
    column({
      name: "allowance",
      type: "number",
      required: false,
      minimum: 0,
      title_fr: "Marge du libellé",
      title_en: "Allowance",
      description: "Relative slack the wording allows beyond the rounding, for `approximate`; " +
        "empty means none.",
    }),
    column({
      name: "missing_figure",
      type: "string",
      required: false,
      title_fr: "Chiffre manquant",
      title_en: "Missing figure",
      description: "For an unverifiable claim: what the memos do not give (in French).",
    }),
    column({
      name: "note",
      type: "string",
      required: false,
      title_fr: "Note",
      title_en: "Note",
      description: "How the claim was read, and why the tolerance or allowance (in English).",
    }),
  ] as const,
  checkRow(row) {
    if (row.operator === "range" && row.stated_high === null) {
      return { column: "stated_high", expected: "the high end of the range" };
    }
    if (row.operator !== "range" && row.stated_high !== null) {
      return { column: "stated_high", expected: "an empty cell unless the operator is range" };
    }
    if (row.recompute === null && row.missing_figure === null) {
      return {
        column: "recompute",
        expected: "an expression (or a missing_figure saying why it cannot be recomputed)",
      };
    }
    if (!row.claim_id.startsWith(`${row.source_id}.`)) {
      return { column: "claim_id", expected: `an id starting with "${row.source_id}."` };
    }
    return undefined;
  },
});

/** A claim row. */
export type ClaimRow = RowOf<typeof claimsTable.columns>;
