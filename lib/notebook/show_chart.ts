/**
 * A chart in a notebook, in the three forms every reader can use: interactive Vega-Lite
 * (JupyterLab, VS Code, a trusted notebook), a PNG image (an untrusted notebook, a code host,
 * nbconvert without JavaScript) and its plotted values as text. No JavaScript output: a frontend
 * would prefer it to the interactive chart.
 *
 * @module
 */
import type { Chart } from "../charts/chart.ts";
import { renderPng } from "../charts/render_png.ts";
import { renderSvg } from "../charts/render_svg.ts";
import { formatNumber } from "../format/number.ts";
import { publish } from "./publish.ts";

/** The MIME type of a Vega-Lite 5 spec, which JupyterLab and VS Code render. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** Base64 of bytes (a PNG), as Jupyter stores images. */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * A chart's text form: its title, then each plotted value.
 *
 * @param chart The chart.
 * @returns Lines of text.
 *
 * @example
 * ```ts
 * import { chartText } from "./show_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const chart = { id: "x", sourceId: "aacocq", title_fr: "Coût du régime", title_en: "", spec: {},
 *   plotted: [{ label: "Coût annuel", value: 10800, from: "model.payrollCost.planCost" }] };
 * strictEqual(chartText(chart), "Coût du régime\n- Coût annuel : 10\u00A0800");
 * ```
 */
export function chartText(chart: Chart): string {
  return [
    chart.title_fr,
    ...chart.plotted.map((p) => `- ${p.label} : ${formatNumber(p.value, "fr")}`),
  ].join("\n");
}

/**
 * The output bundle of a chart: Vega-Lite, PNG and text.
 *
 * @param chart The chart.
 * @returns The bundle.
 */
export async function chartBundle(chart: Chart): Promise<Record<string, unknown>> {
  const svg = await renderSvg(chart.spec);
  return {
    [VEGA_LITE_MIME]: chart.spec,
    "image/png": base64(renderPng(svg, { scale: 1.5, background: "white" })),
    "text/plain": chartText(chart),
  };
}

/**
 * Shows a chart.
 *
 * @param chart A chart from `lib/charts/` (its spec and the values it plots).
 * @returns Once shown.
 */
export async function showChart(chart: Chart): Promise<void> {
  await publish(await chartBundle(chart));
}
