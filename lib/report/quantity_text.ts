/**
 * Numbers in the report's sentences, always with their unit in the reader's language: a value
 * (`3 700 travailleurs`, `0,96 mois`, `2030`), an interval in words (`de 3 999,5 à 4 000,5`,
 * `au plus 3 700`), a calculation with its operands' values (`6 000 − 2 300`).
 *
 * @module
 */
import type { CompiledExpression } from "../expr/compile.ts";
import type { Interval } from "../expr/interval.ts";
import { renderExpr } from "../expr/render.ts";
import { formatDecimalYear } from "../format/date_text.ts";
import { formatNumber, type Lang } from "../format/number.ts";
import { formatQuantity } from "../format/unit_text.ts";
import type { Project } from "../project/types.ts";
import { parseUnit, type Unit } from "../units/unit.ts";

/**
 * A value with its unit; a date (decimal year) as a year, a month or a day.
 *
 * @param project The project (its unit vocabulary).
 * @param value The value, in `unit`.
 * @param unit The unit.
 * @param lang `fr` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { valueText } from "./quantity_text.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * strictEqual(valueText(project, 3700, parseUnit("workers", project.units), "fr"), "3\u00A0700\u00A0travailleurs");
 * strictEqual(valueText(project, 2.5, parseUnit("MCAD/year", project.units), "fr"), "2,5\u00A0M$/an");
 * strictEqual(valueText(project, 2030, parseUnit("date", project.units), "fr"), "2030");
 * ```
 */
export function valueText(project: Project, value: number, unit: Unit, lang: Lang): string {
  if (unit.date) return formatDecimalYear(value, lang);
  const digits = exactDigits(value);
  return formatQuantity(
    value,
    unit,
    project.units,
    lang,
    digits === null ? {} : { maximumFractionDigits: digits },
  );
}

/**
 * The fewest decimals (at most 3) that write a number exactly, so that `3 999,5` is not shown as
 * `4 000`; `null` when 3 are not enough (the formatter's default then applies).
 *
 * @param x The number.
 * @returns The decimals, or `null`.
 *
 * @example
 * ```ts
 * import { exactDigits } from "./quantity_text.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(exactDigits(3999.5), 1);
 * strictEqual(exactDigits(50200), 0);
 * strictEqual(exactDigits(1 / 3), null);
 * ```
 */
export function exactDigits(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  for (let k = 0; k <= 3; k++) {
    const scaled = x * 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return k;
  }
  return null;
}

/**
 * An interval in words: `exactement 3 700`, `de 3 500 à 4 500`, `au moins 2 300`, `au plus 3 700`.
 *
 * @param project The project.
 * @param interval The interval, in `unit`.
 * @param unit The unit.
 * @param lang `fr` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { intervalText } from "./quantity_text.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const workers = parseUnit("workers", project.units);
 * strictEqual(intervalText(project, { lo: -Infinity, hi: 3700 }, workers, "fr"), "au plus 3\u00A0700\u00A0travailleurs");
 * strictEqual(intervalText(project, { lo: 3500, hi: 4500 }, workers, "en"), "from 3,500 to 4,500\u00A0workers");
 * ```
 */
export function intervalText(project: Project, interval: Interval, unit: Unit, lang: Lang): string {
  const v = (x: number) => valueText(project, x, unit, lang);
  const fr = lang === "fr";
  const { lo, hi } = interval;
  if (lo === -Infinity && hi === Infinity) return fr ? "n’importe quelle valeur" : "any value";
  if (lo === -Infinity) return `${fr ? "au plus" : "at most"} ${v(hi)}`;
  if (hi === Infinity) return `${fr ? "au moins" : "at least"} ${v(lo)}`;
  if (Math.abs(hi - lo) <= 1e-9 * Math.max(1, Math.abs(lo))) {
    return `${fr ? "exactement" : "exactly"} ${v(lo)}`;
  }
  if (unit.date) return fr ? `de ${v(lo)} à ${v(hi)}` : `from ${v(lo)} to ${v(hi)}`;
  const bare = (x: number) => {
    const digits = exactDigits(x);
    return formatNumber(x, lang, digits === null ? {} : { maximumFractionDigits: digits });
  };
  return fr ? `de ${bare(lo)} à ${v(hi)}` : `from ${bare(lo)} to ${v(hi)}`;
}

const FUNCTION_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: { sum: "somme", min: "min", max: "max", year: "année", pow: "puissance" },
  en: { sum: "sum", min: "min", max: "max", year: "year", pow: "power" },
};

/**
 * A calculation written with its operands' values in place of their ids:
 * `6 000 personnes × 1 travailleur/personne − 2 300 travailleurs`.
 *
 * @param project The project.
 * @param expression The compiled expression.
 * @param operand The text of an id's value.
 * @param lang `fr` or `en`.
 * @returns The text, with typographic signs.
 *
 * @example The payroll example's calculation
 * ```ts
 * import { calculationText } from "./quantity_text.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const reading = project.claims.find((c) => c.id === "aacocq.payroll_example.payroll_product")!.readings[0]!;
 * const values: Record<string, string> = { "aacocq.payroll_example.staff": "3", "aacocq.payroll_example.salary": "45 000 $" };
 * strictEqual(calculationText(project, reading.recompute!, (id) => values[id]!, "fr"), "3 × 45 000 $");
 * ```
 */
export function calculationText(
  project: Project,
  expression: CompiledExpression,
  operand: (id: string) => string,
  lang: Lang,
): string {
  const text = renderExpr(expression.syntax, {
    id: operand,
    number: (value, unit) =>
      unit === null
        ? formatNumber(value, lang)
        : valueText(project, value, parseUnit(unit, project.units), lang),
    signs: "typographic",
  });
  return text.replace(
    /\b(sum|min|max|year|pow)\(/g,
    (_, fn: string) => `${FUNCTION_WORDS[lang][fn]}(`,
  );
}
