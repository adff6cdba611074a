/**
 * Calendar dates as the memos give them, read with `Temporal` (built into Deno) so that an
 * impossible date (`2016-02-31`, `2016-13`) is refused, never rolled over into another.
 *
 * A date is the stretch of time it names, in decimal years: `2030` is [2030, 2031), `2025-10` is
 * October 2025, `2009-05-28` that day. Forms:
 *
 * | form | example | covers |
 * | --- | --- | --- |
 * | `YYYY` | `2030` | the year |
 * | `YYYY-MM` | `2025-10` | the month |
 * | `YYYY-MM-DD` | `2009-05-28` | the day |
 * | `YYYY-YYYY` (consecutive years) | `2026-2027` | a Quebec fiscal year, 1 April to 31 March |
 * | `A/B` | `1970/1979`, `2026-2027/2030-2031` | from the start of `A` to the end of `B` |
 *
 * @module
 */
import { calendarDayProblem } from "./calendar_day.ts";

/** A calendar date or span, as the stretch of time it covers. */
export interface CalendarDate {
  /** The text it was read from. */
  readonly text: string;
  /** What it names. */
  readonly precision: "year" | "month" | "day" | "fiscal_year" | "span";
  /** Its start, in decimal years (2025-10-01 is 2025.748). */
  readonly start: number;
  /** Its end (exclusive), in decimal years. */
  readonly end: number;
}

/** The result of reading a date: the date, or what was expected. */
export type DateReading = { ok: true; date: CalendarDate } | { ok: false; expected: string };

const FORMS = "a date as YYYY, YYYY-MM, YYYY-MM-DD, a fiscal year YYYY-YYYY, or a span A/B";

/**
 * The decimal year of a day: the year plus the share of it already past.
 *
 * @param date A calendar day.
 * @returns E.g. 2025.748 for 1 October 2025.
 */
export function decimalYear(date: Temporal.PlainDate): number {
  return date.year + (date.dayOfYear - 1) / date.daysInYear;
}

function single(text: string): DateReading {
  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    return { ok: true, date: { text, precision: "year", start: y, end: y + 1 } };
  }
  m = /^(\d{4})-(\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b !== a + 1) {
      return {
        ok: false,
        expected: `a fiscal year of two consecutive years (${a}-${a + 1}), or a span ${a}/${b}`,
      };
    }
    const start = decimalYear(Temporal.PlainDate.from({ year: a, month: 4, day: 1 }));
    const end = decimalYear(Temporal.PlainDate.from({ year: b, month: 4, day: 1 }));
    return { ok: true, date: { text, precision: "fiscal_year", start, end } };
  }
  try {
    m = /^(\d{4})-(\d{2})$/.exec(text);
    if (m) {
      const ym = Temporal.PlainYearMonth.from({ year: Number(m[1]), month: Number(m[2]) }, {
        overflow: "reject",
      });
      const first = ym.toPlainDate({ day: 1 });
      const next = ym.add({ months: 1 }).toPlainDate({ day: 1 });
      return {
        ok: true,
        date: {
          text,
          precision: "month",
          start: decimalYear(first),
          end: decimalYearEnd(first, next),
        },
      };
    }
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) {
      const day = Temporal.PlainDate.from(
        { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
        { overflow: "reject" },
      );
      const next = day.add({ days: 1 });
      return {
        ok: true,
        date: { text, precision: "day", start: decimalYear(day), end: decimalYearEnd(day, next) },
      };
    }
  } catch (error) {
    if (error instanceof RangeError) {
      // Say why in the calendar's words (2016-02 has 29 days), not Temporal's.
      const why = /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? calendarDayProblem(text)
        : "months run from 01 to 12";
      return { ok: false, expected: `a date that exists (${why ?? error.message})` };
    }
    throw error;
  }
  return { ok: false, expected: FORMS };
}

/** The end of a stretch whose next one starts on `next` (a new year ends at `year + 1`). */
function decimalYearEnd(first: Temporal.PlainDate, next: Temporal.PlainDate): number {
  return next.year > first.year ? next.year : decimalYear(next);
}

/**
 * Reads a date.
 *
 * @param text The date as written in `data/` (see the table in the module documentation).
 * @returns The date, or what was expected.
 *
 * @example October 2025, a fiscal year, an impossible day
 * ```ts
 * import { readCalendarDate } from "./calendar_date.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const oct = readCalendarDate("2025-10");
 * strictEqual(oct.ok && oct.date.end, 2025 + 304 / 365);
 * const fy = readCalendarDate("2030-2031");
 * strictEqual(fy.ok && fy.date.precision, "fiscal_year");
 * deepStrictEqual(readCalendarDate("2016-02-31"), { ok: false, expected: "a date that exists (2016-02 has 29 days)" });
 * deepStrictEqual(readCalendarDate("2016-13"), { ok: false, expected: "a date that exists (months run from 01 to 12)" });
 * deepStrictEqual(readCalendarDate("1970/1979"), { ok: true, date: { text: "1970/1979", precision: "span", start: 1970, end: 1980 } });
 * ```
 */
export function readCalendarDate(text: string): DateReading {
  const t = text.trim();
  const parts = t.split("/");
  if (parts.length === 1) return single(t);
  if (parts.length !== 2) return { ok: false, expected: FORMS };
  const a = single(parts[0]!);
  const b = single(parts[1]!);
  if (!a.ok) return a;
  if (!b.ok) return b;
  if (b.date.end <= a.date.start) {
    return {
      ok: false,
      expected: `a span whose end (${parts[1]}) comes after its start (${parts[0]})`,
    };
  }
  return { ok: true, date: { text: t, precision: "span", start: a.date.start, end: b.date.end } };
}
