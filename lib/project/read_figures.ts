/**
 * Reading a source's `figures.csv`: every number the memo states, with its verbatim excerpt and
 * the line it is on. Each excerpt is found in the memo, each value in its excerpt, so that
 * changing a figure's value or excerpt is caught with the figure's id.
 *
 * @module
 */
import { z } from "zod";
import { printedIn } from "../text/printed_in.ts";
import { findNumbers } from "../text/find_numbers.ts";
import type { NumberMention } from "../text/number_mention.ts";
import { locate, type MemoText } from "../text/memo_text.ts";
import { parseUnit, type Unit, UnitSyntaxError } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import { type CalendarDate, readCalendarDate } from "./calendar_date.ts";
import { idSchema, type ProblemSink, readTableRows } from "./table_rows.ts";
import { type Figure, type Printed, type Qualifier, QUALIFIERS } from "./types.ts";

const QUALIFIER_SCHEMA = z.enum(QUALIFIERS as [Qualifier, ...Qualifier[]]);
const STATUS_SCHEMA = z.enum(["draft", "confirmed"]);

/** The columns of `figures.csv`. */
export const FIGURE_COLUMNS = {
  required: ["figure_id", "line", "section", "excerpt", "value", "unit", "qualifier"],
  optional: ["page", "value_high", "period", "read_as", "status", "note"],
} as const;

/** The mentions that start within `[start, end)`; `mentions` is in text order. */
function mentionsIn(
  mentions: readonly NumberMention[],
  start: number,
  end: number,
): NumberMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: NumberMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

const unitCache = new WeakMap<UnitVocabulary, Map<string, Unit>>();

/** A unit, parsed once per vocabulary (figures repeat a handful of units). */
function cachedUnit(text: string, units: UnitVocabulary): Unit {
  let cache = unitCache.get(units);
  if (cache === undefined) unitCache.set(units, cache = new Map());
  let unit = cache.get(text);
  if (unit === undefined) cache.set(text, unit = parseUnit(text, units));
  return unit;
}

/**
 * Reads one source's figures.
 *
 * @param path The file.
 * @param sourceId The source.
 * @param text The memo's text, to find excerpts in (`null` for an outside source).
 * @param units The unit vocabulary.
 * @param problems Where problems go.
 * @param mentions The numbers of the memo's text (`findNumbers(text.raw)`), found once and only
 *   when a figure needs them (most are read by the fast path for plain digits).
 * @returns The figures that could be read, or `null` when the file itself cannot be read (malformed
 *   CSV, missing columns).
 */
export function readFigures(
  path: string,
  sourceId: string,
  text: MemoText | null,
  units: UnitVocabulary,
  problems: ProblemSink,
  mentions: () => readonly NumberMention[] = () => [],
): Figure[] | null {
  const table = readTableRows(path, FIGURE_COLUMNS, problems);
  if (table === null) return null;
  const figures: Figure[] = [];
  for (const row of table.rows) {
    const id = row.parsed(
      "figure_id",
      idSchema,
      "an id such as aacocq.payroll_example.salary",
      true,
    );
    if (id === null) continue;
    if (!id.startsWith(`${sourceId}.`)) {
      row.problem("figure_id", `an id starting with "${sourceId}." (the folder's source)`, {
        value: id,
      });
      continue;
    }
    const excerpt = row.text("excerpt", true) ?? "";
    const section = row.text("section", text !== null) ?? "";
    const qualifier = row.parsed(
      "qualifier",
      QUALIFIER_SCHEMA,
      `one of ${QUALIFIERS.join(", ")}`,
      true,
    );
    const unitText = row.text("unit", true);
    let unit: Unit | null = null;
    if (unitText !== null) {
      try {
        unit = cachedUnit(unitText, units);
      } catch (error) {
        if (!(error instanceof UnitSyntaxError)) throw error;
        row.problem("unit", error.message.replace(/^Cannot read unit [^:]*: expected /, ""), {
          value: unitText,
          hint: "units are listed in data/vocab/units.csv; add a new one there",
        });
      }
    }
    const status = row.parsed("status", STATUS_SCHEMA, "draft, confirmed or empty") ?? "confirmed";
    if (status === "draft") {
      row.problem(
        "status",
        "a confirmed figure: check the drafted row against the memo, then empty this cell",
        {
          value: "draft",
          severity: "warning",
        },
      );
    }
    const readAs = row.text("read_as");
    // Where the excerpt is.
    let span = null;
    let line: number | null = null;
    if (text !== null && excerpt !== "") {
      line = row.number("line", true);
      const here = line !== null && Number.isInteger(line) ? locate(text, excerpt, { line }) : [];
      if (here.length > 0) span = here[0]!;
      else {
        const anywhere = locate(text, excerpt, { limit: 3 });
        if (anywhere.length > 0) {
          row.problem(
            "line",
            `the line where the excerpt starts (${anywhere.map((s) => s.line).join(" or ")})`,
            {
              value: line === null ? "" : String(line),
            },
          );
        } else {
          row.problem("excerpt", "the memo's words, verbatim (only white space may differ)", {
            value: excerpt.slice(0, 80),
            hint: "copy the words from memo.txt; check apostrophes (’ or ') and accents",
          });
        }
      }
    }
    // The value, looked for in the memo's own words (line breaks kept) where the excerpt is found.
    const rawWords = span !== null && text !== null
      ? text.raw.slice(span.start, span.end)
      : excerpt;
    const printedText =
      () => (span !== null ? mentionsIn(mentions(), span.start, span.end) : findNumbers(excerpt));
    let value: number | null = null;
    let date: CalendarDate | null = null;
    let printed: Printed | null = null;
    const valueText = row.text("value");
    if (unit?.date) {
      if (valueText === null) {
        if (qualifier !== "missing") {
          row.problem("value", "a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-YYYY)");
        }
      } else {
        const d = readCalendarDate(valueText);
        if (!d.ok) row.problem("value", d.expected, { value: valueText });
        else {
          date = d.date;
          if (!readAs && !printedIn.date(d.date, printedText())) {
            row.problem("excerpt", `an excerpt that gives the date ${valueText}`, {
              value: excerpt.slice(0, 80),
              hint: "or say in read_as how the date is read",
            });
          }
        }
      }
    } else {
      value = row.number("value", qualifier !== "missing");
      if (value !== null && qualifier === "missing") {
        row.problem("value", "an empty value: the qualifier says the memo does not give it", {
          value: valueText,
        });
      }
      if (value !== null && unit !== null) {
        const fast = printedIn.digits(value, rawWords, unit);
        const found = fast !== null
          ? { ok: true as const, printed: fast }
          : printedIn.value(value, printedText(), unit);
        if (found.ok) printed = found.printed;
        else if (readAs !== null) {
          printed = { form: "words", lastDigit: 0, lastSignificant: 0 };
          if (!printedIn.value(value, findNumbers(readAs), unit).ok) {
            row.problem("read_as", `a reading that states the value ${valueText} in digits`, {
              value: readAs,
            });
          }
        } else {
          row.problem("value", found.expected, { value: valueText, hint: found.hint });
        }
      }
    }
    const valueHigh = row.number("value_high", qualifier === "range");
    if (valueHigh !== null && qualifier !== "range") {
      row.problem("value_high", "an empty cell unless the qualifier is range", {
        value: String(valueHigh),
      });
    }
    if (valueHigh !== null && value !== null) {
      if (valueHigh < value) {
        row.problem("value_high", `a high end ≥ the value ${value}`, { value: String(valueHigh) });
      }
      if (
        unit !== null && printedIn.digits(valueHigh, rawWords, unit) === null &&
        !printedIn.value(valueHigh, printedText(), unit).ok && readAs === null
      ) {
        row.problem("value_high", "a number the excerpt prints", { value: String(valueHigh) });
      }
    }
    const periodText = row.text("period");
    let period: CalendarDate | null = null;
    if (periodText !== null) {
      const p = readCalendarDate(periodText);
      if (!p.ok) row.problem("period", p.expected, { value: periodText });
      else period = p.date;
    }
    if (unit === null || qualifier === null) continue;
    figures.push(Object.freeze({
      file: path,
      line: row.line,
      id,
      sourceId,
      section,
      page: row.text("page"),
      excerpt,
      span,
      value,
      valueHigh,
      valueText,
      unit,
      date,
      period,
      qualifier,
      readAs,
      status,
      note: row.text("note"),
      printed,
    }));
  }
  return figures;
}
