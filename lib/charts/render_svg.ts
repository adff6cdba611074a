/**
 * Render a Vega-Lite chart to an SVG string, without a browser.
 *
 * @module
 */
import * as vegaLite from "vega-lite";
import * as vega from "vega";

/**
 * Render a Vega-Lite specification to SVG markup.
 *
 * The spec is compiled to Vega (`vegaLite.compile(spec).spec`) and drawn by a headless
 * `vega.View` with `renderer: "none"`; text widths are estimated, not measured. Vega numbers
 * clip paths and gradients with process-wide counters, so renders are queued one at a time and
 * the counters reset before each: the markup depends only on the spec and the vega versions, and
 * the same spec gives the same bytes, run after run. Data must be inline (`data.values`).
 *
 * @param spec The Vega-Lite specification, with its data inline: a `vegaLite.TopLevelSpec` or
 *   plain JSON (as built by `lib/charts/`); `vegaLite.compile` validates it.
 * @returns The SVG document as a string, starting with `<svg`.
 *
 * @example Two renders of one spec are byte-identical
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg } from "./render_svg.ts";
 *
 * const spec = {
 *   data: { values: [{ year: 2023, staff: 120 }, { year: 2024, staff: 135 }] },
 *   mark: "line",
 *   encoding: {
 *     x: { field: "year", type: "ordinal" },
 *     y: { field: "staff", type: "quantitative" },
 *   },
 * };
 * const first = await renderSvg(spec);
 * assert.equal(first.startsWith("<svg"), true);
 * assert.equal(await renderSvg(spec), first);
 * ```
 */
export function renderSvg(spec: object): Promise<string> {
  const svg = queue.then(() => renderNow(spec));
  queue = svg.catch(() => undefined);
  return svg;
}

let queue: Promise<unknown> = Promise.resolve();

async function renderNow(spec: object): Promise<string> {
  const compiled = vegaLite.compile(spec as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    await view.runAsync();
    vega.resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
