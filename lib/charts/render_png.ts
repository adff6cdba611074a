/**
 * Rasterize an SVG (a chart from `renderSvg`) to PNG with resvg, without a browser: a
 * PNG shows in every notebook frontend, trusted or not, where SVG and JavaScript outputs are
 * hidden until the reader trusts the notebook.
 *
 * resvg is a native addon. The process needs `--allow-ffi` (to load it), `--allow-read` (the
 * addon in `node_modules/` or Deno's cache, and `/usr/share/fonts` to pick the default family)
 * and `--allow-sys=cpus,networkInterfaces,hostname` (napi-rs's loader calls
 * `process.report.getReport()` to tell glibc from musl); not `--allow-env`. The addon reads the
 * font files itself, outside Deno's permissions.
 *
 * @module
 */
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/** Options for {@linkcode renderPng}. */
export interface RenderPngOptions {
  /**
   * Zoom factor: the PNG is `scale` times the SVG's width and height (2 for sharp screens).
   *
   * @default {1}
   */
  scale?: number;
  /**
   * A CSS color painted under the drawing, e.g. `"white"`; transparent when absent.
   */
  background?: string;
}

/** Font families by role, and the Debian font files that provide them, first found wins. */
const FONT_CHOICES = {
  sansSerif: [
    ["DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    ["Liberation Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
  ],
  serif: [
    ["DejaVu Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"],
    ["Liberation Serif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"],
  ],
  monospace: [
    ["DejaVu Sans Mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"],
    ["Liberation Mono", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"],
  ],
} as const;

let fonts: { sansSerif: string; serif: string; monospace: string } | undefined;

/** The installed family for each role; throws when no sans-serif family is installed. */
function installedFonts(): { sansSerif: string; serif: string; monospace: string } {
  if (fonts) return fonts;
  const pick = (choices: readonly (readonly [string, string])[]) =>
    choices.find(([, file]) => exists(file))?.[0];
  const sansSerif = pick(FONT_CHOICES.sansSerif);
  if (sansSerif === undefined) {
    throw new Error(
      "Cannot render text to PNG: neither DejaVu Sans nor Liberation Sans is installed " +
        "(apt-get install -y fonts-dejavu-core fonts-liberation)",
    );
  }
  fonts = {
    sansSerif,
    serif: pick(FONT_CHOICES.serif) ?? sansSerif,
    monospace: pick(FONT_CHOICES.monospace) ?? sansSerif,
  };
  return fonts;
}

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

/**
 * Render SVG markup to PNG bytes.
 *
 * Text is drawn with the system's fonts (resvg reads the font folders that fontconfig lists);
 * `sans-serif`, and any family that is not installed, falls back to DejaVu Sans (else
 * Liberation Sans), `serif` to DejaVu Serif and `monospace` to DejaVu Sans Mono. The same SVG on
 * the same machine gives the same bytes.
 *
 * @param svg The SVG document, with its `width` and `height` (or `viewBox`).
 * @param options `scale` (default 1) and `background` (default transparent).
 * @returns The PNG file's bytes.
 * @throws {RangeError} When `scale` is not a positive finite number.
 * @throws {Error} When the SVG cannot be parsed, or no sans-serif font is installed.
 *
 * @example A labelled bar, twice as large, on white
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderPng } from "./render_png.ts";
 *
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">' +
 *   '<rect width="80" height="20" fill="steelblue"/>' +
 *   '<text x="4" y="36" font-family="sans-serif" font-size="12">10 800 $</text></svg>';
 * const png = renderPng(svg, { scale: 2, background: "white" });
 * assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
 * const view = new DataView(png.buffer, png.byteOffset);
 * assert.deepEqual([view.getUint32(16), view.getUint32(20)], [240, 80]); // width, height
 * assert.deepEqual(renderPng(svg, { scale: 2, background: "white" }), png);
 * ```
 */
export function renderPng(svg: string, options: RenderPngOptions = {}): Uint8Array {
  return new Uint8Array(rasterize(svg, options).asPng());
}

/**
 * Render SVG markup to raw pixels: RGBA, 4 bytes a pixel, row by row from the top left.
 *
 * @param svg The SVG document.
 * @param options As for {@linkcode renderPng}.
 * @returns The width, height and pixels.
 *
 * @example A black square on white
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderPixels } from "./render_png.ts";
 *
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">' +
 *   '<rect width="2" height="2" fill="black"/></svg>';
 * const { width, height, pixels } = renderPixels(svg, { background: "white" });
 * assert.deepEqual([width, height, pixels.length], [4, 4, 64]);
 * assert.deepEqual([...pixels.subarray(0, 4)], [0, 0, 0, 255]); // top left: black
 * assert.deepEqual([...pixels.subarray(60, 64)], [255, 255, 255, 255]); // bottom right: white
 * ```
 */
export function renderPixels(
  svg: string,
  options: RenderPngOptions = {},
): { width: number; height: number; pixels: Uint8Array } {
  const image = rasterize(svg, options);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}

function rasterize(svg: string, options: RenderPngOptions) {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`Cannot render PNG at scale ${scale}: the scale must be positive`);
  }
  const families = installedFonts();
  const renderOptions: ResvgRenderOptions = {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: families.sansSerif,
      sansSerifFamily: families.sansSerif,
      serifFamily: families.serif,
      monospaceFamily: families.monospace,
    },
    shapeRendering: 2, // geometricPrecision
    textRendering: 1, // optimizeLegibility
    ...(options.background === undefined ? {} : { background: options.background }),
  };
  return new Resvg(svg, renderOptions).render();
}
