/**
 * Shared pieces of the chart specs: the Vega-Lite schema URL, a title block in French with the
 * English below it, and a fixed configuration so that every render is identical.
 *
 * @module
 */

/** A Vega-Lite spec as plain JSON. */
// deno-lint-ignore no-explicit-any
export type VegaLiteSpec = Record<string, any>;

/** The Vega-Lite schema URL (v5 specs render under vega-lite 6). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * A chart's frame: schema, title (French) with the source as subtitle, size, and a
 * configuration with fixed fonts so that SVG output does not depend on the machine.
 *
 * @param titleFr The title in French.
 * @param titleEn The title in English (kept as the spec's `description`, not drawn).
 * @param source The memo cited (shown in the subtitle).
 * @returns The common part of a spec.
 */
export function chartFrame(titleFr: string, titleEn: string, source: string): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    // The English title is the chart's caption where the page is in English (the report's
    // toggle); drawn in the image, it would put English in a French notebook.
    description: titleEn,
    title: { text: titleFr, subtitle: [`Source : ${source}`], anchor: "start" },
    width: 420,
    height: 240,
    config: {
      font: "DejaVu Sans, Arial, sans-serif",
      axis: { labelFontSize: 11, titleFontSize: 11 },
      legend: {
        labelFontSize: 11,
        titleFontSize: 11,
        orient: "bottom",
        labelLimit: 400,
        columns: 2,
      },
      locale: {
        number: {
          decimal: ",",
          thousands: "\u00A0",
          grouping: [3],
          currency: ["", "\u00A0$"],
        },
      },
    },
  };
}
