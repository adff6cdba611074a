/**
 * What a plan panel shows: the last row in words, then every row with its counts as bars.
 *
 * Runs in Deno (the static page) and, as its source, in the browser (see `page_runtime.ts` for
 * what such a function may read).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import type { PageData, PlanPanelDefinition, ShippedPanel } from "./panels.ts";
import { pageQuantity, runPanel, type SliderState, stepLabel } from "./page_runtime.ts";

/**
 * What a plan panel shows: the last row in words, then every row with its counts as bars and
 * its balance.
 *
 * @param page The page's data.
 * @param panel The panel (a plan).
 * @param state The sliders.
 * @param lang `fr` or `en`.
 * @returns HTML.
 */
export function planHtml(
  page: PageData,
  panel: ShippedPanel,
  state: SliderState,
  lang: Lang,
): string {
  const def = panel.definition as PlanPanelDefinition;
  const fr = lang === "fr";
  const run = runPanel(panel, state);
  const rows = run.rows;
  if (rows.length === 0) {
    return `<p class="panel-verdict">${
      fr
        ? "Le plan ne peut pas être calculé avec ces valeurs."
        : "The plan cannot be computed with these values."
    }</p>`;
  }
  const q = (name: string, v: number) =>
    escapeHtml(
      pageQuantity(
        page,
        v,
        panel.model.units[`${name}[]`] as string,
        lang,
        panel.digits[`${name}[]`] as number,
      ),
    );
  const label = (row: Record<string, number>) => String(Math.round(row[def.label] as number));
  const last = rows[rows.length - 1] as Record<string, number>;
  const shown = def.counts.concat([def.net]);
  const net = last[def.net] as number;
  const parts: string[] = [];
  parts.push(
    `<div class="panel-verdict ${net >= 0 ? "holds" : "fails"}" data-holds="${net >= 0}"><p><b>${
      fr ? "En" : "In"
    } ${label(last)}</b></p><dl class="keys">${
      shown.map((name) =>
        `<div><dt>${escapeHtml(stepLabel(panel, name, lang))}</dt><dd>${
          q(name, last[name] as number)
        }</dd></div>`
      ).join("")
    }</dl></div>`,
  );
  const most: Record<string, number> = {};
  for (const name of def.counts) {
    most[name] = 0;
    for (const row of rows) {
      most[name] = Math.max(most[name] as number, Math.abs(row[name] as number));
    }
  }
  const head = `<tr><th scope="col">${escapeHtml(stepLabel(panel, def.label, lang))}</th>${
    shown.map((name) => `<th scope="col">${escapeHtml(stepLabel(panel, name, lang))}</th>`).join("")
  }</tr>`;
  const body = rows.map((row) =>
    `<tr><th scope="row">${label(row)}</th>${
      def.counts.map((name) => {
        const width = most[name] === 0
          ? 0
          : Math.abs(row[name] as number) / (most[name] as number) * 100;
        return `<td data-label="${
          escapeHtml(stepLabel(panel, name, lang))
        }"><span class="cell-value">${
          q(name, row[name] as number)
        }</span><span class="cell-bar" style="width:${width.toFixed(1)}%"></span></td>`;
      }).join("")
    }<td data-label="${escapeHtml(stepLabel(panel, def.net, lang))}" class="${
      (row[def.net] as number) >= 0 ? "holds" : "fails"
    }">${q(def.net, row[def.net] as number)}</td></tr>`
  ).join("");
  parts.push(`<table class="plan wide"><thead>${head}</thead><tbody>${body}</tbody></table>`);
  return parts.join("");
}
