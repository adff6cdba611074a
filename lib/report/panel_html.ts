/**
 * A panel's result: in full (`panelHtml`), and in one line for the bar that stays in view (`panelSummaryHtml`).
 *
 * Runs in Deno (the static page) and, as its source, in the browser (see `page_runtime.ts` for
 * what such a function may read).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import { balanceHtml } from "./balance_html.ts";
import type {
  BalancePanelDefinition,
  PageData,
  PlanPanelDefinition,
  ShippedPanel,
} from "./panels.ts";
import { findSlider, pageQuantity, runPanel, type SliderState, stepLabel } from "./page_runtime.ts";
import { planHtml } from "./plan_html.ts";
import type { ShippedRun } from "./shipped_model.ts";

/**
 * A panel's result in one line, for the bar that stays in view while the sliders move (on a
 * phone the result is below the sliders).
 *
 * @param page The page's data.
 * @param panel The panel.
 * @param state The sliders.
 * @param lang `fr` or `en`.
 * @returns HTML.
 *
 * @example
 * ```ts
 * import { panelSummaryHtml } from "./panel_html.ts";
 * import { pageData } from "./panels.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const page = pageData(loadProject("data"));
 * const balance = page.panels.find((p) => p.id === "zeroNetCost")!;
 * ok(panelSummaryHtml(page, balance, {}, "fr").includes("L’État gagne 10\u00A0$/travailleur/an"));
 * ```
 */
export function panelSummaryHtml(
  page: PageData,
  panel: ShippedPanel,
  state: SliderState,
  lang: Lang,
): string {
  const fr = lang === "fr";
  let run: ShippedRun;
  try {
    run = runPanel(panel, state);
  } catch (_) {
    return "—";
  }
  if (panel.definition.kind === "balance") {
    const def = panel.definition as BalancePanelDefinition;
    const out = run.values[def.output];
    const per = run.values[def.perUnit];
    if (typeof out !== "number" || typeof per !== "number") return "—";
    const unit = panel.model.units[def.perUnit] as string;
    const text = escapeHtml(
      pageQuantity(page, Math.abs(per), unit, lang, panel.digits[def.perUnit] as number),
    );
    const first = def.breakEvens[0];
    const be = first === undefined ? undefined : run.values[first.step];
    const slider = first === undefined ? null : findSlider(page, first.input);
    const threshold = typeof be === "number" && slider !== null
      ? ` · ${escapeHtml(fr ? "seuil" : "break-even")} ${
        escapeHtml(slider[fr ? "label_fr" : "label_en"].toLowerCase())
      }${fr ? "&nbsp;:" : ":"} ${
        escapeHtml(
          pageQuantity(
            page,
            be,
            panel.model.units[first!.step] as string,
            lang,
            panel.digits[first!.step] as number,
          ),
        )
      }`
      : "";
    return `<span class="${out >= def.threshold ? "holds" : "fails"}">${
      out >= def.threshold ? "✅" : "❌"
    } ${
      fr
        ? (per >= 0 ? "L’État gagne" : "L’État perd")
        : (per >= 0 ? "The state gains" : "The state loses")
    } ${text}</span>${threshold}`;
  }
  const def = panel.definition as PlanPanelDefinition;
  const last = run.rows[run.rows.length - 1];
  if (last === undefined) return "—";
  const q = (name: string) =>
    escapeHtml(
      pageQuantity(
        page,
        last[name] as number,
        panel.model.units[`${name}[]`] as string,
        lang,
        panel.digits[`${name}[]`] as number,
      ),
    );
  return `<b>${fr ? "En" : "In"} ${String(Math.round(last[def.label] as number))}</b>${
    fr ? "&nbsp;:" : ":"
  } ${def.counts.map((name) => q(name)).join(" · ")} · ${
    escapeHtml(stepLabel(panel, def.net, lang))
  }${fr ? "&nbsp;:" : ":"} ${q(def.net)}`;
}

/**
 * What a panel shows.
 *
 * @param page The page's data.
 * @param panel The panel.
 * @param state The sliders.
 * @param lang `fr` or `en`.
 * @returns HTML.
 *
 * @example The memo's numbers, then an average salary past the break-even
 * ```ts
 * import { panelHtml } from "./panel_html.ts";
 * import { pageData } from "./panels.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const page = pageData(loadProject("data"));
 * const balance = page.panels.find((p) => p.id === "zeroNetCost")!;
 * ok(panelHtml(page, balance, {}, "fr").includes('data-holds="true"'));
 * ok(panelHtml(page, balance, { "fiscal.average_salary": 50300 }, "fr").includes('data-holds="false"'));
 * ```
 */
export function panelHtml(
  page: PageData,
  panel: ShippedPanel,
  state: SliderState,
  lang: Lang,
): string {
  try {
    return panel.definition.kind === "balance"
      ? balanceHtml(page, panel, state, lang)
      : planHtml(page, panel, state, lang);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return `<p class="panel-verdict" data-holds="unknown">${
      lang === "fr" ? "Calcul impossible avec ces valeurs" : "Cannot compute with these values"
    } (${escapeHtml(why)}).</p>`;
  }
}
