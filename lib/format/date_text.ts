/**
 * Dates in the reader's language: `2030`, `octobre 2025`, `28 mai 2009`, `exercice 2030-2031`.
 *
 * @module
 */
import type { CalendarDate } from "../project/calendar_date.ts";
import type { Lang } from "./number.ts";

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A calendar date as a reader writes it.
 *
 * @param date The date.
 * @param lang `fr` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatCalendarDate } from "./date_text.ts";
 * import { readCalendarDate } from "../project/calendar_date.ts";
 * import { strictEqual } from "node:assert/strict";
 * const d = (t: string) => { const r = readCalendarDate(t); if (!r.ok) throw new Error(); return r.date; };
 * strictEqual(formatCalendarDate(d("2009-05-28"), "fr"), "28 mai 2009");
 * strictEqual(formatCalendarDate(d("2025-10"), "en"), "October 2025");
 * strictEqual(formatCalendarDate(d("2030-2031"), "fr"), "exercice 2030-2031");
 * ```
 */
export function formatCalendarDate(date: CalendarDate, lang: Lang): string {
  const t = date.text;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const day = Number(m[3]);
    const month = MONTHS[lang][Number(m[2]) - 1]!;
    return lang === "fr"
      ? `${day === 1 ? "1er" : day} ${month} ${m[1]}`
      : `${day} ${month} ${m[1]}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
  if (/^\d{4}-\d{4}$/.test(t)) return lang === "fr" ? `exercice ${t}` : `fiscal year ${t}`;
  m = /^(\d{4})\/(\d{4})$/.exec(t);
  if (m) return lang === "fr" ? `de ${m[1]} à ${m[2]}` : `${m[1]} to ${m[2]}`;
  return t.replace("/", lang === "fr" ? " à " : " to ");
}

/**
 * A decimal year (as the evaluator computes dates) as a day, a month or a year.
 *
 * @param x The decimal year.
 * @param lang `fr` or `en`.
 * @returns `2030` for a whole year, else the day it falls on.
 *
 * @example
 * ```ts
 * import { formatDecimalYear } from "./date_text.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatDecimalYear(2030, "fr"), "2030");
 * strictEqual(formatDecimalYear(2009 + 147 / 365, "fr"), "28 mai 2009");
 * ```
 */
export function formatDecimalYear(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return x > 0 ? "+∞" : "−∞";
  const year = Math.floor(x + 1e-9);
  if (Math.abs(x - year) < 1e-9) return String(year);
  const first = Temporal.PlainDate.from({ year, month: 1, day: 1 });
  const day = first.add({ days: Math.round((x - year) * first.daysInYear) });
  return formatCalendarDate({ text: day.toString(), precision: "day", start: x, end: x }, lang);
}
