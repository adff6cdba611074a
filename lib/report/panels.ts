/**
 * The report's "try it" panels: a model whose assumptions are sliders, and what the page shows
 * as they move. Each panel is shipped as JSON (its compiled model, the memo's values, each
 * slider's range and origin, the role each step plays on the page) and drawn by
 * `page_runtime.ts`, in Deno for the static page and in the browser as the sliders move.
 *
 * @module
 */
import type { Lang } from "../format/number.ts";
import { resolveInputs } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import { modelInputs } from "../sensitivity/model_inputs.ts";
import type { Unit } from "../units/unit.ts";
import { shipModel, type ShippedModel } from "./shipped_model.ts";

/** A step and the input it is the break-even of. */
export interface BreakEvenRole {
  /** The step that computes the break-even (`breakEvenSalary`). */
  readonly step: string;
  /** The input it is a value of (`fiscal.average_salary`). */
  readonly input: string;
}

/** A balance: an output that holds at or above a threshold, its parts, its break-evens, a curve. */
export interface BalancePanelDefinition {
  /** `balance`. */
  readonly kind: "balance";
  /** The model (`zeroNetCost`). */
  readonly model: string;
  /** French and English titles. */
  readonly title: readonly [string, string];
  /** The step whose sign decides (`netPer1000`). */
  readonly output: string;
  /** The claim holds when the output is at least this. */
  readonly threshold: number;
  /** The balance per unit (`netPerWorker`), said in words. */
  readonly perUnit: string;
  /** The two bars: what is gained and what is paid (`effectiveGainPerWorker`, `contributionPerWorker`). */
  readonly bars: readonly [string, string];
  /** Steps shown as key numbers. */
  readonly keys: readonly string[];
  /** Break-evens. */
  readonly breakEvens: readonly BreakEvenRole[];
  /** The input along which the output is drawn. */
  readonly curve: string;
  /** What holds, and what does not, in French and English (recompte's words). */
  readonly holds: readonly [string, string];
  /** What does not hold. */
  readonly fails: readonly [string, string];
}

/** A plan: rows (years), counts drawn as bars, a balance per row. */
export interface PlanPanelDefinition {
  /** `plan`. */
  readonly kind: "plan";
  /** The model (`coveragePlan`). */
  readonly model: string;
  /** French and English titles. */
  readonly title: readonly [string, string];
  /** The row step that names the row (`year`). */
  readonly label: string;
  /** Row steps drawn as bars (`workers`, `personsCovered`). */
  readonly counts: readonly string[];
  /** The row step of the balance (`netForState`). */
  readonly net: string;
  /**
   * Exploration ranges for inputs that `assumptions.csv` gives no range, as multiples of their
   * value (`[0.5, 1.5]`): not an uncertainty, a range to try, and labelled so.
   */
  readonly explore: Readonly<Record<string, readonly [number, number]>>;
}

/** A panel. */
export type PanelDefinition = BalancePanelDefinition | PlanPanelDefinition;

/** The report's panels: the zero-net-cost balance and the coverage plan. */
export const PANELS: readonly PanelDefinition[] = Object.freeze([
  {
    kind: "balance",
    model: "zeroNetCost",
    title: [
      "Le coût net nul : le gain couvre-t-il la contribution ?",
      "Zero net cost: does the gain cover the contribution?",
    ],
    output: "netPer1000",
    threshold: 0,
    perUnit: "netPerWorker",
    bars: ["effectiveGainPerWorker", "contributionPerWorker"],
    keys: ["gainPerWorker", "netPerWorker", "netPer1000"],
    breakEvens: [
      { step: "breakEvenSalary", input: "fiscal.average_salary" },
      { step: "breakEvenShareAlreadyInsured", input: "fiscal.share_already_insured" },
      { step: "breakEvenIndirectSavings", input: "fiscal.indirect_savings" },
    ],
    curve: "fiscal.average_salary",
    holds: [
      "le gain couvre la contribution\u00A0: pas de coût net pour l’État",
      "the gain covers the contribution: no net cost for the state",
    ],
    fails: [
      "le gain ne couvre pas la contribution\u00A0: l’État paie plus qu’il ne récupère",
      "the gain does not cover the contribution: the state pays more than it recovers",
    ],
  },
  {
    kind: "plan",
    model: "coveragePlan",
    title: ["Le plan de couverture jusqu’à la cible", "The coverage plan to its target"],
    label: "year",
    counts: ["workers", "personsCovered"],
    net: "netForState",
    explore: { "coverage.increase_per_year": [0.5, 1.5] },
  },
]);

/** Where a slider's range comes from: the memo's words, recompte, an outside source, or a range to explore. */
export type RangeFrom = "memo" | "recompte" | "outside" | "explore";

/** A slider, as the page reads it. */
export interface ShippedSlider {
  /** The assumption's id. */
  readonly id: string;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** Its unit. */
  readonly unit: string;
  /** The low end. */
  readonly low: number;
  /** The high end. */
  readonly high: number;
  /** The slider's step (the memo's value and both ends fall on it). */
  readonly step: number;
  /** Decimals shown. */
  readonly digits: number;
  /** The memo's value (or the value recompte starts from when the memo gives none). */
  readonly memo: number;
  /** Whether that value is the memo's (`memo`) or recompte's / an outside source's. */
  readonly valueFrom: "memo" | "recompte" | "outside";
  /** Where the range comes from. */
  readonly rangeFrom: RangeFrom;
  /** A floor the memo states, when the range goes below it (a stress test below it), else `null`. */
  readonly floor: number | null;
}

/** A panel, as the page reads it. */
export interface ShippedPanel {
  /** The panel's id (its model's). */
  readonly id: string;
  /** Its definition (roles of the steps). */
  readonly definition: PanelDefinition;
  /** The model. */
  readonly model: ShippedModel;
  /** Every input's value as the memo gives it, in its unit. */
  readonly memo: Readonly<Record<string, number>>;
  /** The sliders this panel shows (an input shown by an earlier panel is shared, not repeated). */
  readonly sliders: readonly ShippedSlider[];
  /** Every slider id the model reads, its own and those of earlier panels. */
  readonly reads: readonly string[];
  /** Decimals shown for each step and input. */
  readonly digits: Readonly<Record<string, number>>;
}

/** The units the page formats: labels of each atom, atoms of each unit. */
export interface PageUnits {
  /** Labels by atom. */
  readonly labels: Readonly<
    Record<
      string,
      { label_fr: string; label_fr_one: string; label_en: string; label_en_one: string }
    >
  >;
  /** Atoms by unit text. */
  readonly atoms: Readonly<Record<string, readonly (readonly [string, number])[]>>;
}

/** Everything the page's script reads. */
export interface PageData {
  /** The units. */
  readonly units: PageUnits;
  /** The panels. */
  readonly panels: readonly ShippedPanel[];
}

/**
 * Decimals a value in this unit is shown with on the page: 2 for millions of dollars and for
 * ratios of counts (`2,5 personnes/travailleur`), 1 for percentages, 0 otherwise.
 *
 * @param unit The unit.
 * @returns The decimals.
 *
 * @example
 * ```ts
 * import { displayDigits } from "./panels.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * strictEqual(displayDigits(parseUnit("MCAD/year", units)), 2);
 * strictEqual(displayDigits(parseUnit("persons/worker", units)), 2);
 * strictEqual(displayDigits(parseUnit("CAD/worker/year", units)), 0);
 * ```
 */
export function displayDigits(unit: Unit): number {
  if (unit.atoms.some(([a]) => a === "MCAD")) return 2;
  if (unit.atoms.some(([a]) => a === "percent")) return 1;
  const dims = Object.keys(unit.exponents);
  if (dims.length === 2 && !dims.includes("money") && !dims.includes("time")) return 2;
  return 0;
}

const NICE = [1, 2, 5];

/**
 * A slider's step: the largest "nice" step (1, 2 or 5 × 10ⁿ) of at most a hundredth of the range
 * on which both ends and the memo's value fall, so that the memo's value can be set exactly.
 *
 * @param low The low end.
 * @param high The high end.
 * @param memo The memo's value.
 * @returns The step.
 *
 * @example
 * ```ts
 * import { sliderStep } from "./panels.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(sliderStep(45000, 55000, 50000), 100);
 * strictEqual(sliderStep(0, 38.3, 0), 0.1);
 * strictEqual(sliderStep(2.17, 2.5, 2.5), 0.002);
 * ```
 */
export function sliderStep(low: number, high: number, memo: number): number {
  const on = (x: number, s: number) => {
    const k = x / s;
    return Math.abs(k - Math.round(k)) < 1e-7;
  };
  for (let e = Math.floor(Math.log10((high - low) / 100)); e >= -6; e--) {
    for (const n of [...NICE].reverse()) {
      const s = Number((n * 10 ** e).toPrecision(1));
      if (s > (high - low) / 100 + 1e-12) continue;
      if (on(high - low, s) && on(memo - low, s)) return s;
    }
  }
  return (high - low) / 1000;
}

function decimals(step: number): number {
  for (let k = 0; k <= 8; k++) {
    if (Math.abs(step * 10 ** k - Math.round(step * 10 ** k)) < 1e-9) return k;
  }
  return 8;
}

function round12(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The panels as the page reads them.
 *
 * @param project The project.
 * @param definitions The panels. @default PANELS
 * @returns The page's data: units and panels (a panel whose model is missing is left out).
 *
 * @example The balance's sliders, with the memo's values marked
 * ```ts
 * import { pageData } from "./panels.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const page = pageData(loadProject("data"));
 * deepStrictEqual(page.panels.map((p) => p.id), ["zeroNetCost", "coveragePlan"]);
 * const salary = page.panels[0]!.sliders.find((s) => s.id === "fiscal.average_salary")!;
 * deepStrictEqual([salary.low, salary.memo, salary.high, salary.step], [45000, 50000, 55000, 100]);
 * strictEqual(salary.valueFrom, "memo");
 * ```
 */
export function pageData(
  project: Project,
  definitions: readonly PanelDefinition[] = PANELS,
): PageData {
  const panels: ShippedPanel[] = [];
  const seen = new Set<string>();
  const atoms = new Map<string, Unit>();
  for (const def of definitions) {
    const model = project.models.get(def.model);
    if (model === undefined) continue;
    const memo = Object.fromEntries(resolveInputs(project, model).map((i) => [i.id, i.value]));
    const recompte = new Map(
      modelInputs(project, def.model, "recompte").uncertain.map((u) => [u.id, u]),
    );
    const sliders: ShippedSlider[] = [];
    const reads: string[] = [];
    for (const id of model.definition.inputs) {
      const a = project.assumptions.get(id)!;
      const explore = def.kind === "plan" ? def.explore[id] : undefined;
      const ranged = a.low !== null && a.high !== null && a.high > a.low;
      if (!ranged && explore === undefined) continue;
      reads.push(id);
      if (seen.has(id)) continue;
      seen.add(id);
      const value = memo[id]!;
      const low = ranged ? a.low! : round12(value * explore![0]);
      const high = ranged ? a.high! : round12(value * explore![1]);
      const step = sliderStep(low, high, value);
      const floorFigure = recompte.get(id)?.stressTest && a.baseExpression?.ids.length === 1
        ? project.figures.get(a.baseExpression.ids[0]!)
        : undefined;
      sliders.push({
        id,
        label_fr: a.label_fr,
        label_en: a.label_en,
        unit: a.unit.text,
        low,
        high,
        step,
        digits: Math.max(decimals(step), 0),
        memo: value,
        valueFrom: a.baseExpression !== null
          ? "memo"
          : a.rangeOrigin === "outside"
          ? "outside"
          : "recompte",
        rangeFrom: ranged ? a.rangeOrigin ?? "recompte" : "explore",
        floor: floorFigure?.value ?? null,
      });
      atoms.set(a.unit.text, a.unit);
    }
    const digits: Record<string, number> = {};
    for (const [name, unit] of model.units) {
      digits[name] = displayDigits(unit);
      atoms.set(unit.text, unit);
    }
    panels.push({
      id: def.model,
      definition: def,
      model: shipModel(model),
      memo,
      sliders,
      reads,
      digits,
    });
  }
  const labels: Record<string, PageUnits["labels"][string]> = {};
  const byUnit: Record<string, readonly (readonly [string, number])[]> = {};
  for (const [text, unit] of [...atoms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    byUnit[text] = unit.atoms;
    for (const [atom] of unit.atoms) {
      const d = project.units.get(atom)!;
      labels[atom] = {
        label_fr: d.label_fr,
        label_fr_one: d.label_fr_one,
        label_en: d.label_en,
        label_en_one: d.label_en_one,
      };
    }
  }
  return { units: { labels, atoms: byUnit }, panels };
}

/**
 * A panel's title in a language.
 *
 * @param panel The panel.
 * @param lang `fr` or `en`.
 * @returns The title.
 */
export function panelTitle(panel: ShippedPanel, lang: Lang): string {
  return panel.definition.title[lang === "fr" ? 0 : 1];
}
