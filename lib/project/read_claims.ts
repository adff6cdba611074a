/**
 * Reading a memo's `claims.csv`: one row per reading of a claim. A claim with one reading has an
 * empty `reading` cell; a claim whose wording allows several readings has one row for each, all
 * with the same `claim_id` and `kind`.
 *
 * @module
 */
import { z } from "zod";
import { checkQuote } from "../text/quote.ts";
import type { MemoText, TextSpan } from "../text/memo_text.ts";
import { idSchema, type ProblemSink, readTableRows, type TableRow } from "./table_rows.ts";
import { type ClaimKind, type Relation, RELATIONS } from "./types.ts";

const KIND_SCHEMA = z.enum(["stated", "implied", "constructed"]);
const RELATION_SCHEMA = z.enum(RELATIONS as [Relation, ...Relation[]]);
const READING_SCHEMA = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** The columns of `claims.csv`. */
export const CLAIM_COLUMNS = {
  required: [
    "claim_id",
    "reading",
    "kind",
    "quote",
    "relation",
    "stated",
    "recompute",
    "unit",
    "says_fr",
    "says_en",
  ],
  optional: ["missing", "finding", "note"],
} as const;

/** A reading as written, before its expressions are compiled. */
export interface ReadingRow {
  /** The row, for problems. */
  readonly row: TableRow;
  /** Claim id. */
  readonly claimId: string;
  /** Reading id (`""` for a single reading). */
  readonly reading: string;
  /** Kind. */
  readonly kind: ClaimKind;
  /** The quote. */
  readonly quote: string;
  /** Where its fragments are. */
  readonly quoteSpans: readonly TextSpan[];
  /** Relation. */
  readonly relation: Relation;
  /** Stated side. */
  readonly stated: string | null;
  /** Recomputed side. */
  readonly recompute: string | null;
  /** Unit. */
  readonly unit: string;
  /** French sentence. */
  readonly says_fr: string;
  /** English sentence. */
  readonly says_en: string;
  /** What is missing. */
  readonly missing: string | null;
  /** Finding id. */
  readonly finding: string | null;
  /** Note. */
  readonly note: string | null;
}

/**
 * Reads one memo's claims, checking each quote against the memo.
 *
 * @param path The file.
 * @param sourceId The memo.
 * @param text The memo's text.
 * @param problems Where problems go.
 * @returns The readings, in file order.
 */
export function readClaimRows(
  path: string,
  sourceId: string,
  text: MemoText,
  problems: ProblemSink,
): ReadingRow[] {
  const table = readTableRows(path, CLAIM_COLUMNS, problems, { optional: true });
  if (table === null) return [];
  const out: ReadingRow[] = [];
  for (const row of table.rows) {
    const claimId = row.parsed(
      "claim_id",
      idSchema,
      "an id such as aacocq.payroll_example.payroll_product",
      true,
    );
    const kind = row.parsed("kind", KIND_SCHEMA, "stated, implied or constructed", true);
    const relation = row.parsed("relation", RELATION_SCHEMA, `one of ${RELATIONS.join(" ")}`, true);
    const reading = row.parsed("reading", READING_SCHEMA, "a short id (letters, digits, _)") ?? "";
    const quote = row.text("quote", true);
    const unit = row.text("unit", true);
    const says_fr = row.text("says_fr", true);
    const says_en = row.text("says_en", true);
    const missing = row.text("missing");
    const stated = row.text("stated", missing === null);
    const recompute = row.text("recompute", missing === null);
    if (claimId !== null && !claimId.startsWith(`${sourceId}.`)) {
      row.problem("claim_id", `an id starting with "${sourceId}."`, { value: claimId });
      continue;
    }
    let quoteSpans: readonly TextSpan[] = [];
    if (quote !== null) {
      const check = checkQuote(text, quote);
      if (check.ok) quoteSpans = check.spans;
      else {
        row.problem(
          "quote",
          "the memo's words, verbatim, with […] for cuts and [brackets] for insertions",
          {
            value: check.fragment.slice(0, 100),
            hint:
              "this fragment is not in memo.txt; check apostrophes (’ or '), accents and line breaks",
          },
        );
      }
    }
    if (
      claimId === null || kind === null || relation === null || quote === null || unit === null ||
      says_fr === null || says_en === null
    ) continue;
    out.push({
      row,
      claimId,
      reading,
      kind,
      quote,
      quoteSpans,
      relation,
      stated,
      recompute,
      unit,
      says_fr,
      says_en,
      missing,
      finding: row.text("finding"),
      note: row.text("note"),
    });
  }
  return out;
}
