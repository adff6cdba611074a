/**
 * Units in the reader's language: `$/an`, `M$/an`, `$/travailleur/an`, `personnes`, `%`.
 *
 * @module
 */
import type { Unit } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import { formatNumber, type Lang, NBSP } from "./number.ts";

/**
 * A unit's label: the numerator atoms (plural, or singular for a value of at most 1), then each
 * denominator atom in the singular after `/`.
 *
 * @param unit The unit.
 * @param units The vocabulary.
 * @param lang `fr` or `en`.
 * @param one Whether the value is at most 1 in size (singular numerator). @default false
 * @returns The label, empty for a pure number.
 *
 * @example
 * ```ts
 * import { unitLabel } from "./unit_text.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * strictEqual(unitLabel(parseUnit("CAD/worker/year", units), units, "fr"), "$/travailleur/an");
 * strictEqual(unitLabel(parseUnit("MCAD/year", units), units, "en"), "M$/year");
 * strictEqual(unitLabel(parseUnit("persons", units), units, "fr"), "personnes");
 * ```
 */
export function unitLabel(unit: Unit, units: UnitVocabulary, lang: Lang, one = false): string {
  const up = unit.atoms.filter(([, p]) => p > 0).map(([name]) => {
    const d = units.get(name)!;
    return lang === "fr" ? (one ? d.label_fr_one : d.label_fr) : one ? d.label_en_one : d.label_en;
  }).filter((s) => s !== "");
  const down = unit.atoms.filter(([, p]) => p < 0).map(([name]) => {
    const d = units.get(name)!;
    return lang === "fr" ? d.label_fr_one : d.label_en_one;
  });
  if (up.length === 0 && down.length === 0) return "";
  return (up.length ? up.join("·") : "1") + down.map((d) => `/${d}`).join("");
}

/**
 * A value with its unit: `10 800 $/an`, `5,02 %`, `2 300 travailleurs`.
 *
 * @param value The value, in `unit`.
 * @param unit The unit.
 * @param units The vocabulary.
 * @param lang `fr` or `en`.
 * @param options Decimals.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatQuantity } from "./unit_text.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * strictEqual(formatQuantity(10800, parseUnit("CAD/year", units), units, "fr"), "10\u00A0800\u00A0$/an");
 * strictEqual(formatQuantity(5.02, parseUnit("percent", units), units, "en"), "5.02%");
 * ```
 */
export function formatQuantity(
  value: number,
  unit: Unit,
  units: UnitVocabulary,
  lang: Lang,
  options: { maximumFractionDigits?: number } = {},
): string {
  const number = formatNumber(value, lang, options);
  const label = unitLabel(unit, units, lang, Math.abs(value) <= 1 && Number.isFinite(value));
  if (label === "") return number;
  if (lang === "en" && (label === "%" || label.startsWith("$") || label.startsWith("M$"))) {
    return label === "%" ? `${number}%` : `${number} ${label}`;
  }
  return `${number}${NBSP}${label}`;
}
