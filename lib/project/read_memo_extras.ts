/**
 * Reading a memo's findings, set-aside list and timeline.
 *
 * @module
 */
import { z } from "zod";
import { locate, type MemoText } from "../text/memo_text.ts";
import { readCalendarDate } from "./calendar_date.ts";
import { idSchema, type ProblemSink, readTableRows } from "./table_rows.ts";
import type { Finding, SetAsideEntry, SetAsideReason, TimelineEvent } from "./types.ts";

/** The columns of `findings.csv`. */
export const FINDING_COLUMNS = {
  required: ["finding_id", "figures", "title_fr", "title_en", "explanation_fr", "explanation_en"],
} as const;

/**
 * Reads `findings.csv` (optional).
 *
 * @param path The file.
 * @param sourceId The memo.
 * @param problems Where problems go.
 * @returns The findings.
 */
export function readFindings(path: string, sourceId: string, problems: ProblemSink): Finding[] {
  const table = readTableRows(path, FINDING_COLUMNS, problems, { optional: true });
  const out: Finding[] = [];
  for (const row of table?.rows ?? []) {
    const id = row.parsed("finding_id", idSchema, "an id", true);
    const figures = (row.text("figures", true) ?? "").split(/\s+/).filter((f) => f !== "");
    const title_fr = row.text("title_fr", true);
    const title_en = row.text("title_en", true);
    const explanation_fr = row.text("explanation_fr", true);
    const explanation_en = row.text("explanation_en", true);
    if (id === null || !title_fr || !title_en || !explanation_fr || !explanation_en) continue;
    if (!id.startsWith(`${sourceId}.`)) {
      row.problem("finding_id", `an id starting with "${sourceId}."`, { value: id });
      continue;
    }
    out.push(Object.freeze({
      file: path,
      line: row.line,
      id,
      sourceId,
      title_fr,
      title_en,
      explanation_fr,
      explanation_en,
      figures: Object.freeze(figures),
    }));
  }
  return out;
}

const SET_ASIDE_KIND = z.enum(["number", "relation"]);

/** The columns of `set_aside.csv`. */
export const SET_ASIDE_COLUMNS = {
  required: ["line", "text", "kind", "reason"],
  optional: ["note"],
} as const;

/**
 * Reads `set_aside.csv` (optional), checking that each entry's text is on its line.
 *
 * @param path The file.
 * @param sourceId The memo.
 * @param text The memo's text.
 * @param reasons The reasons allowed.
 * @param problems Where problems go.
 * @returns The entries.
 */
export function readSetAside(
  path: string,
  sourceId: string,
  text: MemoText,
  reasons: ReadonlyMap<string, SetAsideReason>,
  problems: ProblemSink,
): SetAsideEntry[] {
  const table = readTableRows(path, SET_ASIDE_COLUMNS, problems, { optional: true });
  const out: SetAsideEntry[] = [];
  for (const row of table?.rows ?? []) {
    const memoLine = row.number("line", true);
    const words = row.text("text", true);
    const kind = row.parsed("kind", SET_ASIDE_KIND, "number or relation", true);
    const reason = row.text("reason", true);
    if (memoLine === null || words === null || kind === null || reason === null) continue;
    const def = reasons.get(reason);
    if (def === undefined) {
      row.problem(
        "reason",
        `a reason of data/vocab/set_aside_reasons.csv (${[...reasons.keys()].join(", ")})`,
        {
          value: reason,
        },
      );
      continue;
    }
    if (def.applies_to !== kind) {
      row.problem("reason", `a reason that applies to a ${kind}`, { value: reason });
      continue;
    }
    if (locate(text, words, { line: memoLine }).length === 0) {
      const elsewhere = locate(text, words, { limit: 3 }).map((s) => s.line);
      row.problem(
        elsewhere.length ? "line" : "text",
        elsewhere.length
          ? `the line where the text starts (${elsewhere.join(" or ")})`
          : "the memo's words, verbatim",
        { value: elsewhere.length ? String(memoLine) : words.slice(0, 80) },
      );
      continue;
    }
    out.push(Object.freeze({
      file: path,
      line: row.line,
      sourceId,
      memoLine,
      text: words,
      kind,
      reason,
      note: row.text("note"),
    }));
  }
  return out;
}

/** The columns of `timeline.csv`. */
export const TIMELINE_COLUMNS = {
  required: ["date", "event_fr", "event_en"],
  optional: ["figure_id"],
} as const;

/**
 * Reads `timeline.csv` (optional).
 *
 * @param path The file.
 * @param sourceId The memo.
 * @param problems Where problems go.
 * @returns The events.
 */
export function readTimeline(
  path: string,
  sourceId: string,
  problems: ProblemSink,
): TimelineEvent[] {
  const table = readTableRows(path, TIMELINE_COLUMNS, problems, { optional: true });
  const out: TimelineEvent[] = [];
  for (const row of table?.rows ?? []) {
    const dateText = row.text("date", true);
    const event_fr = row.text("event_fr", true);
    const event_en = row.text("event_en", true);
    const figureId = row.parsed("figure_id", idSchema, "a figure id");
    if (dateText === null || event_fr === null || event_en === null) continue;
    const d = readCalendarDate(dateText);
    if (!d.ok) {
      row.problem("date", d.expected, { value: dateText });
      continue;
    }
    out.push(
      Object.freeze({
        file: path,
        line: row.line,
        sourceId,
        date: d.date,
        event_fr,
        event_en,
        figureId,
      }),
    );
  }
  return out;
}
