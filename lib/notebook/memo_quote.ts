/**
 * What a memo says, for the top of a notebook: the excerpts behind some figures, quoted with their
 * section and their memo.
 *
 * @module
 */
import { figure } from "../data/figures.ts";
import { displayMarkdown } from "./display.ts";

/**
 * Markdown quoting the excerpts of some memo figures, each followed by its figure id and section,
 * then the memo(s) they come from (publisher, title, date).
 *
 * @param ids Figure ids, in the order to quote them.
 * @returns The Markdown.
 * @throws {UnknownIdError} For an unknown figure id (with close matches).
 *
 * @example The payroll example's staff
 * ```ts
 * import { memoQuoteMarkdown } from "./memo_quote.ts";
 * import { ok } from "node:assert/strict";
 * const text = memoQuoteMarkdown(["aacocq.payroll_example.staff"]);
 * ok(text.startsWith("> « emploie trois personnes à temps plein »"));
 * ok(text.includes("Mémoire prébudgétaire AACOCQ - Octobre 2025"));
 * ```
 */
export function memoQuoteMarkdown(ids: readonly string[]): string {
  const figures = ids.map((id) => figure(id));
  const quotes = figures.map((f) =>
    `> « ${f.excerpt} »  \n> — \`${f.figure_id}\`, section « ${f.section} »`
  );
  const sources = [...new Map(figures.map((f) => [f.source.source_id, f.source])).values()];
  const cited = sources.map((s) => `*Source :* ${s.publisher}, « ${s.title} », ${s.date}.`);
  return [...quotes, ...cited].join("\n\n");
}

/**
 * Shows the excerpts behind some memo figures (see {@linkcode memoQuoteMarkdown}).
 *
 * @param ids Figure ids.
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, the quote is printed
 * ```ts
 * import { displayMemoQuote } from "./memo_quote.ts";
 * await displayMemoQuote(["aacocq.payroll_example.salary"]);
 * ```
 */
export async function displayMemoQuote(ids: readonly string[]): Promise<void> {
  await displayMarkdown(memoQuoteMarkdown(ids));
}
