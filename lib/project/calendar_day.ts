/**
 * Whether a text is a calendar day written `YYYY-MM-DD` and, when it is not, why: for dates that
 * must be one day (an annotation's), where `readCalendarDate` also accepts years and months.
 *
 * @module
 */

/** `YYYY-MM-DD`, nothing before or after. */
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a text is not a calendar day written `YYYY-MM-DD`, or `undefined` when it is one. The day
 * is checked by `Temporal.PlainDate.from(text, { overflow: "reject" })`, so 31 February or a
 * thirteenth month are refused, never moved to a nearby day; the `YYYY-MM-DD` shape is checked
 * first, since Temporal also accepts `20160229` or `2016-02-29T10:00`.
 *
 * @param text The date as given.
 * @returns What is wrong with it, in words, or `undefined`.
 *
 * @example
 * ```ts
 * import { calendarDayProblem } from "./calendar_day.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(calendarDayProblem("2016-02-29"), undefined);
 * strictEqual(calendarDayProblem("2016-02-31"), "2016-02 has 29 days");
 * strictEqual(calendarDayProblem("2016-13-01"), "months run from 01 to 12");
 * strictEqual(calendarDayProblem("29/02/2016"), "it is not written YYYY-MM-DD");
 * ```
 */
export function calendarDayProblem(text: string): string | undefined {
  const match = DAY_PATTERN.exec(text);
  if (!match) return "it is not written YYYY-MM-DD";
  try {
    Temporal.PlainDate.from(text, { overflow: "reject" });
    return undefined;
  } catch {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return "months run from 01 to 12";
    const days = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
    return `${match[1]}-${match[2]} has ${days} days`;
  }
}
