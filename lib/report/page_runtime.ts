/**
 * The base of what the report's "try it" panels show. These functions, and those of
 * `curve_svg.ts`, `balance_html.ts`, `plan_html.ts`, `panel_html.ts` and `page_start.ts`, run in
 * two places: in Deno, to write the static page (what a reader sees with JavaScript off, or on
 * paper), and in the browser, as the sliders move — the page script inlines their source
 * (`page_script.ts`). So the page and `deno task reproduce` cannot disagree: same data, same
 * functions, same evaluator.
 *
 * Each such function reads only its parameters, the others of the set, and the names the page
 * script defines from lib's own sources: `runShippedModel` (and through it `evaluateModel`,
 * `evaluate`, `pointDomain`), `formatQuantity` (`formatNumber`, `unitLabel`, `NBSP`) and
 * `escapeHtml`. Numbers are always formatted with explicit decimals (lib's default decimals rely
 * on a helper the module does not export).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import { formatQuantity } from "../format/unit_text.ts";
import type { Unit } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import type { PageData, ShippedPanel, ShippedSlider } from "./panels.ts";
import { runShippedModel, type ShippedRun } from "./shipped_model.ts";

/** The sliders' values, by assumption id, each in its unit. */
export type SliderState = Record<string, number>;

/**
 * A value with its unit, as lib formats it, for a unit the page knows.
 *
 * @param page The page's data.
 * @param value The value.
 * @param unitText The unit (`CAD/worker/year`).
 * @param lang `fr` or `en`.
 * @param digits Decimals.
 * @returns The text (`50 200 $/travailleur/an`).
 *
 * @example
 * ```ts
 * import { pageQuantity } from "./page_runtime.ts";
 * import { pageData } from "./panels.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const page = pageData(loadProject("data"));
 * strictEqual(pageQuantity(page, 50200, "CAD/worker/year", "fr", 0), "50\u00A0200\u00A0$/travailleur/an");
 * strictEqual(pageQuantity(page, -0.24, "MCAD/year", "en", 2), "−0.24 M$/year");
 * ```
 */
export function pageQuantity(
  page: PageData,
  value: number,
  unitText: string,
  lang: Lang,
  digits: number,
): string {
  const vocabulary = { get: (name: string) => page.units.labels[name] };
  const unit = { atoms: page.units.atoms[unitText] || [] };
  return formatQuantity(
    value,
    unit as unknown as Unit,
    vocabulary as unknown as UnitVocabulary,
    lang,
    { maximumFractionDigits: digits },
  );
}

/**
 * Runs a panel's model with the memo's values, then the sliders' values of the inputs it reads.
 *
 * @param panel The panel.
 * @param state The sliders.
 * @returns Each step in its unit, and the rows.
 *
 * @example A salary of 50 300 $: the state loses 5 $ a worker
 * ```ts
 * import { runPanel } from "./page_runtime.ts";
 * import { pageData } from "./panels.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const page = pageData(loadProject("data"));
 * const balance = page.panels.find((p) => p.id === "zeroNetCost")!;
 * strictEqual(runPanel(balance, { "fiscal.average_salary": 50300 }).values.netPerWorker, -5);
 * ```
 */
export function runPanel(panel: ShippedPanel, state: SliderState): ShippedRun {
  const values: Record<string, number> = {};
  for (const id of panel.model.inputs) values[id] = panel.memo[id] as number;
  for (const id of panel.reads) if (typeof state[id] === "number") values[id] = state[id] as number;
  return runShippedModel(panel.model, values);
}

/**
 * A step's label.
 *
 * @param panel The panel.
 * @param name A step or row step.
 * @param lang `fr` or `en`.
 * @returns Its label (its name when unknown).
 */
export function stepLabel(panel: ShippedPanel, name: string, lang: Lang): string {
  const steps = panel.model.steps.concat(
    panel.model.series === null ? [] : panel.model.series.steps,
  );
  for (const s of steps) {
    if (s.definition.name === name) {
      return lang === "fr" ? s.definition.label_fr : s.definition.label_en;
    }
  }
  return name;
}

/**
 * A slider of any panel, by assumption id.
 *
 * @param page The page's data.
 * @param id The assumption.
 * @returns The slider, or `null`.
 */
export function findSlider(page: PageData, id: string): ShippedSlider | null {
  for (const panel of page.panels) for (const s of panel.sliders) if (s.id === id) return s;
  return null;
}

/**
 * A slider's value as shown beside it.
 *
 * @param page The page's data.
 * @param slider The slider.
 * @param value Its value.
 * @param lang `fr` or `en`.
 * @returns HTML.
 */
export function sliderValueHtml(
  page: PageData,
  slider: ShippedSlider,
  value: number,
  lang: Lang,
): string {
  const text = escapeHtml(pageQuantity(page, value, slider.unit, lang, slider.digits));
  const own = Math.abs(value - slider.memo) < slider.step / 2;
  const note = !own
    ? ""
    : slider.valueFrom === "memo"
    ? (lang === "fr" ? " (valeur du mémoire)" : " (the memo's value)")
    : (lang === "fr" ? " (valeur de départ)" : " (starting value)");
  return `<b>${text}</b>${escapeHtml(note)}`;
}
