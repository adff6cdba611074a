/**
 * Drafting a memo's set-aside list: the numbers of its text that count nothing — footnote
 * markers, numbered references, citations, web addresses, phone numbers, addresses, page numbers,
 * list markers — each with the words around it on its line and the reason, for a researcher to
 * check.
 *
 * @module
 */
import type { NumberMention, NumberRole } from "../text/number_mention.ts";
import type { MemoText } from "../text/memo_text.ts";

/** The set-aside reason for each role of a number that counts nothing. */
export const REASON_OF_ROLE: Readonly<Partial<Record<NumberRole, string>>> = Object.freeze({
  footnote_marker: "footnote_marker",
  reference_number: "reference_number",
  citation: "citation",
  url: "url",
  email: "email",
  phone: "phone",
  postal_code: "address",
  street_number: "address",
  page_number: "page_number",
  list_marker: "list_marker",
});

/** A drafted set-aside row. */
export interface SetAsideDraft {
  /** The memo line. */
  readonly line: number;
  /** The words on that line that hold the numbers (verbatim). */
  readonly text: string;
  /** Always `number`. */
  readonly kind: "number";
  /** The reason. */
  readonly reason: string;
  /** What was drafted. */
  readonly note: string;
}

function lineBounds(text: MemoText, line: number): [number, number] {
  const start = text.lineStarts[line - 1]!;
  const next = text.lineStarts[line];
  return [start, next === undefined ? text.raw.length : next - 1];
}

/**
 * Drafts set-aside rows for the numbers that count nothing.
 *
 * @param text The memo's text.
 * @param mentions The numbers to set aside (those no figure covers).
 * @returns One row per number, or per run of neighbouring numbers of one reason on a line, its
 *   text the word around each (verbatim).
 *
 * @example
 * ```ts
 * import { draftSetAside } from "./draft_set_aside.ts";
 * import { memoText } from "../text/memo_text.ts";
 * import { findNumbers } from "../text/find_numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const raw = "En 2005, une enquête fondatrice1 brossait\nQuébec (Québec) G1R 4Z1\n";
 * const t = memoText(raw);
 * const drafts = draftSetAside(t, findNumbers(raw).filter((m) => m.role !== "date"));
 * deepStrictEqual(drafts.map((d) => [d.line, d.text, d.reason]), [[1, "fondatrice1", "footnote_marker"], [2, "G1R 4Z1", "address"]]);
 * ```
 */
export function draftSetAside(text: MemoText, mentions: readonly NumberMention[]): SetAsideDraft[] {
  const spans: {
    line: number;
    reason: string;
    start: number;
    end: number;
    mentions: NumberMention[];
  }[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const reason = REASON_OF_ROLE[m.role];
    if (reason === undefined) continue;
    const [lineStart, lineEnd] = lineBounds(text, m.line);
    // Widen to the word around: `fondatrice1`, `(21)`, a whole URL.
    let start = m.start;
    let end = Math.min(lineEnd, m.end);
    while (start > lineStart && !/\s/u.test(text.raw[start - 1]!)) start--;
    while (end < lineEnd && !/\s/u.test(text.raw[end]!)) end++;
    const last = spans.at(-1);
    if (last && last.line === m.line && last.reason === reason && start - last.end <= 3) {
      last.end = Math.max(last.end, end);
      last.mentions.push(m);
    } else spans.push({ line: m.line, reason, start, end, mentions: [m] });
  }
  return spans.map((s) => ({
    line: s.line,
    text: text.raw.slice(s.start, s.end).trim(),
    kind: "number" as const,
    reason: s.reason,
    note: `drafted: ${s.mentions.map((m) => m.text.replace(/\s+/g, " ")).join(", ")} read as ${
      s.mentions[0]!.role
    }`,
  })).sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
}
