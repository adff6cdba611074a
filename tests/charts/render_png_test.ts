/**
 * `renderPng()` draws an SVG, text included, with real fonts, into a valid PNG whose pixels are
 * those resvg rendered, the same bytes every time.
 *
 * @module
 */
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { renderPixels, renderPng } from "../../lib/charts/render_png.ts";

const TEXT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">' +
  '<text x="10" y="40" font-family="sans-serif" font-size="28" fill="black">10 800 $</text>' +
  "</svg>";

/** A PNG's chunks, checked for order and lengths. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...png.subarray(0, 8)], signature, "the PNG signature");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** Decode an 8-bit RGBA, non-interlaced PNG (what resvg writes) into its pixels. */
function decodeRgba(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const all = chunks(png);
  const header = all[0]!;
  assert.equal(header.type, "IHDR");
  const view = new DataView(header.data.buffer, header.data.byteOffset);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  assert.deepEqual([...header.data.subarray(8, 13)], [8, 6, 0, 0, 0], "8-bit RGBA, no interlace");
  const idat = all.filter((c) => c.type === "IDAT").map((c) => c.data);
  const raw = new Uint8Array(inflateSync(concat(idat)));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const predictor = [
        0,
        a,
        b,
        (a + b) >> 1,
        paeth(a, b, c),
      ][filter];
      assert.notEqual(predictor, undefined, `unknown filter ${filter}`);
      pixels[y * stride + x] = (line[x]! + predictor!) & 0xff;
    }
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The dark pixels' bounding box, as [left, top, right, bottom], or undefined. */
function darkBox(image: { width: number; height: number; pixels: Uint8Array }) {
  let box: [number, number, number, number] | undefined;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const p = image.pixels;
      if (p[i + 3]! > 200 && p[i]! < 80 && p[i + 1]! < 80 && p[i + 2]! < 80) {
        box = box
          ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
          : [x, y, x, y];
      }
    }
  }
  return box;
}

Deno.test("renderPng() writes a valid PNG of the SVG's size, times the scale", async (t) => {
  for (const [scale, width, height] of [[1, 200, 60], [2, 400, 120], [0.5, 100, 30]]) {
    await t.step(`scale ${scale} gives ${width} × ${height}`, () => {
      const png = renderPng(TEXT_SVG, { scale, background: "white" });
      const types = chunks(png).map((c) => c.type);
      assert.equal(types[0], "IHDR");
      assert.equal(types.at(-1), "IEND");
      assert.ok(types.includes("IDAT"));
      const decoded = decodeRgba(png);
      assert.deepEqual([decoded.width, decoded.height], [width, height]);
    });
  }
});

Deno.test("renderPng() draws the text with a real font, dark where the text is", () => {
  const png = renderPng(TEXT_SVG, { background: "white" });
  const image = decodeRgba(png);
  assert.deepEqual(image.pixels, renderPixels(TEXT_SVG, { background: "white" }).pixels);
  const box = darkBox(image);
  assert.ok(box, "some pixels are dark");
  const [left, top, right, bottom] = box;
  // "10 800 $" at x = 10, baseline 40, 28 px: glyphs between the baseline and the cap height.
  assert.ok(left >= 10 && left <= 16, `text starts near x = 10 (left ${left})`);
  assert.ok(top >= 12 && top <= 20, `text rises to the cap height (top ${top})`);
  assert.ok(
    bottom >= 38 && bottom <= 45,
    `text sits on the baseline; $ descends (bottom ${bottom})`,
  );
  assert.ok(right - left > 90 && right - left < 140, `eight glyphs wide (${right - left} px)`);
  let dark = 0;
  for (let i = 0; i < image.pixels.length; i += 4) if (image.pixels[i]! < 80) dark++;
  assert.ok(dark > 300, `glyphs are filled (${dark} dark pixels)`);
  assert.equal(image.pixels[0], 255, "outside the text stays white");
});

Deno.test("renderPng() uses DejaVu Sans (else Liberation Sans) for sans-serif and missing families", () => {
  const withFamily = (family: string) => TEXT_SVG.replace('"sans-serif"', `"${family}"`);
  const sans = renderPng(TEXT_SVG, { background: "white" });
  const installed = ["DejaVu Sans", "Liberation Sans"].map((f) =>
    renderPng(withFamily(f), { background: "white" })
  );
  assert.ok(
    installed.some((png) => equalBytes(png, sans)),
    "sans-serif is one of the installed families",
  );
  assert.ok(
    equalBytes(renderPng(withFamily("No Such Font"), { background: "white" }), sans),
    "a missing family falls back to the same",
  );
  assert.ok(!equalBytes(installed[0]!, installed[1]!), "the two families draw differently");
});

Deno.test("renderPng() gives the same bytes for the same SVG", () => {
  const first = renderPng(TEXT_SVG, { scale: 2, background: "#ffffff" });
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(renderPng(TEXT_SVG, { scale: 2, background: "#ffffff" }), first);
  }
});

Deno.test("renderPng() is transparent without a background, opaque with one", () => {
  const bare = decodeRgba(renderPng(TEXT_SVG));
  assert.equal(bare.pixels[3], 0, "corner alpha without background");
  const white = decodeRgba(renderPng(TEXT_SVG, { background: "white" }));
  assert.deepEqual([...white.pixels.subarray(0, 4)], [255, 255, 255, 255]);
});

Deno.test("renderPng() refuses a scale that is not positive, and markup that is not SVG", async (t) => {
  for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    await t.step(`scale ${scale}`, () => {
      assert.throws(() => renderPng(TEXT_SVG, { scale }), RangeError);
    });
  }
  await t.step("not SVG", () => {
    assert.throws(() => renderPng("<html></html>"));
  });
});

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
