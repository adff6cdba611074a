/**
 * The charts of the memos' models, memo by memo, already drawn (SVG inside the page, no script
 * needed), each with its title in both languages.
 *
 * @module
 */
import { attr, both, t } from "./_html.ts";
import type { ReportContext } from "./context.ts";
import { memoReference } from "./memo_html.ts";
import type { RenderedChart } from "./rendered_chart.ts";

/**
 * One chart as a figure.
 *
 * @param c The chart.
 * @returns `<figure class="chart">`.
 */
export function chartHtml(c: RenderedChart): string {
  return `<figure class="chart" id="chart-${attr(c.id)}">${c.svg}<figcaption class="sr-only">${
    both(t(c.title_fr), t(c.title_en, "en"))
  }</figcaption></figure>`;
}

/**
 * The charts section.
 *
 * @param ctx The report being built.
 * @param charts The charts to show here (those of the uncertainty section excluded by the caller).
 * @returns `<section id="graphiques">`, or `""` without charts.
 */
export function chartsHtml(ctx: ReportContext, charts: readonly RenderedChart[]): string {
  if (charts.length === 0) return "";
  const memos = [...new Set(charts.map((c) => c.sourceId))];
  const parts = memos.map((memo) =>
    `<div class="memo-block"><h3>${memoReference(ctx, memo)}</h3>${
      charts.filter((c) => c.sourceId === memo).map(chartHtml).join("")
    }</div>`
  );
  return `<section id="graphiques"><h2>${both("Les graphiques", "Charts")}</h2>${
    parts.join("")
  }</section>`;
}
