/**
 * Drafting a memo's figures from its text: one row per number that counts something, with the
 * words around it verbatim, a guessed unit and qualifier, marked `draft` for a researcher to
 * confirm (the validator warns of every draft left).
 *
 * @module
 */
import type { NumberMention } from "../text/number_mention.ts";
import type { MemoText } from "../text/memo_text.ts";

/** A drafted figure row, with the columns of `figures.csv`. */
export interface FigureDraft {
  /** `<memo>.draft.l<line>_<k>`: rename it to say what the figure is. */
  readonly figure_id: string;
  /** The memo line. */
  readonly line: number;
  /** The nearest heading above, guessed. */
  readonly section: string;
  /** The words around the number, verbatim. */
  readonly excerpt: string;
  /** The value as printed (a date as ISO). */
  readonly value: string;
  /** The high end of a range. */
  readonly value_high: string;
  /** The unit, guessed (`count` when the text does not say what is counted). */
  readonly unit: string;
  /** The qualifier, from the words before the number. */
  readonly qualifier: string;
  /** `draft`. */
  readonly status: "draft";
  /** What to check. */
  readonly note: string;
}

const UNIT_OF: Readonly<Record<string, string>> = { fiscal_year: "date" };

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.length <= 90 && /^[\p{Lu}#\u00AB]/u.test(t) &&
    !/[.,;:)\u00BB]$/u.test(t) && !/^\d/.test(t);
}

/** The nearest line above that looks like a heading. */
function sectionOf(text: MemoText, line: number): string {
  const lines = text.raw.split("\n");
  for (let i = line - 2; i >= 0; i--) {
    const l = lines[i]!;
    if (isHeading(l) && (i === 0 || lines[i - 1]!.trim() === "" || isHeading(lines[i - 1]!))) {
      return l.replace(/^#+\s*/, "").replace(/[*_]/g, "").trim();
    }
  }
  return "";
}

/**
 * Drafts figure rows for the numbers that count something.
 *
 * @param memo The memo's id.
 * @param text The memo's text.
 * @param mentions The numbers (quantities, dates, fiscal years).
 * @returns The rows, in text order.
 *
 * @example
 * ```ts
 * import { draftFigures } from "./draft_figures.ts";
 * import { memoText } from "../text/memo_text.ts";
 * import { findNumbers } from "../text/find_numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const raw = "Un exemple\n\nL'organisme emploie trois personnes à 45 000 $ par an, soit plus de 2 300 heures.\n";
 * const rows = draftFigures("demo", memoText(raw), findNumbers(raw));
 * deepStrictEqual(rows.map((r) => [r.value, r.unit, r.qualifier, r.section]), [
 *   ["3", "count", "exact", "Un exemple"], ["45000", "CAD", "exact", "Un exemple"], ["2300", "hours", "more_than", "Un exemple"],
 * ]);
 * ```
 */
export function draftFigures(
  memo: string,
  text: MemoText,
  mentions: readonly NumberMention[],
): FigureDraft[] {
  const counts = new Map<number, number>();
  return mentions.filter((m) =>
    m.role === "quantity" || m.role === "date" || m.role === "fiscal_year"
  ).map((m) => {
    const k = (counts.get(m.line) ?? 0) + 1;
    counts.set(m.line, k);
    const lineStart = text.lineStarts[m.line - 1]!;
    // Up to five words before the number on its line (its qualifier with them), three after.
    let start = m.start;
    let words = 0;
    while (start > lineStart && words < 5) {
      start--;
      if (/\s/u.test(text.raw[start]!) && !/\s/u.test(text.raw[start + 1] ?? " ")) words++;
    }
    if (start > lineStart || /\s/u.test(text.raw[start]!)) start = Math.min(m.start, start + 1);
    let end = m.end;
    words = 0;
    while (end < text.raw.length && words < 3) {
      if (/\s/u.test(text.raw[end]!) && !/\s/u.test(text.raw[end - 1]!)) words++;
      if (text.raw[end] === "\n" && text.raw[end + 1] === "\n") break;
      end++;
    }
    const excerpt = text.raw.slice(start, end).replace(/\s+/gu, " ").trim();
    const date = m.date !== undefined && m.unit === "date";
    const fiscal = m.role === "fiscal_year" && m.valueHigh !== undefined;
    const unit = UNIT_OF[m.unit ?? ""] ?? m.unit ?? "count";
    return {
      figure_id: `${memo}.draft.l${m.line}_${k}`,
      line: m.line,
      section: sectionOf(text, m.line),
      excerpt,
      value: fiscal ? `${m.value}-${m.valueHigh}` : date ? m.date! : String(m.value),
      value_high: m.qualifier === "range" && !date && !fiscal && m.valueHigh !== undefined
        ? String(m.valueHigh)
        : "",
      unit,
      qualifier: date || fiscal ? "exact" : m.qualifier,
      status: "draft" as const,
      note: `drafted from « ${m.text.replace(/\s+/g, " ")} »` +
        (m.unit === null
          ? "; say what is counted (persons, workers, organizations…) instead of count"
          : "") +
        (unit === "CAD" ? "; per worker or per year? (CAD/worker/year, CAD/year)" : "") +
        (m.ambiguous ? `; also reads as ${m.alternatives?.join(", ")}` : ""),
    };
  });
}
