import { histogramChart } from "../../lib/charts/histogram_chart.ts";
import { renderSvg } from "../../lib/charts/render_svg.ts";
import { tornadoChart } from "../../lib/charts/tornado_chart.ts";
import { monteCarlo, tornado, type UncertainInput } from "../../lib/sensitivity/mod.ts";
import { assertEquals, assertMatch } from "../_assert.ts";

const inputs: UncertainInput[] = [
  {
    id: "a",
    label: "Salaire moyen",
    base: 10,
    low: 9,
    high: 11,
    distribution: "uniform",
    unit: "",
  },
  {
    id: "b",
    label: "Économies indirectes",
    base: 3,
    low: 1,
    high: 5,
    distribution: "normal",
    unit: "",
  },
];
const model = (v: Readonly<Record<string, number>>) => v.a! - 2 * v.b!;

Deno.test("tornadoChart() draws one pair of bars per assumption, largest swing on top, and renders", async () => {
  const t = tornado({ inputs, model });
  const spec = tornadoChart({ ...t, outputLabel: "Solde", source: "test" });
  const bars = spec.layer[0].data.values as { assumption: string; order: number; value: number }[];
  assertEquals(bars.map((b) => [b.order, b.value]), [[0, 8], [0, 0], [1, 3], [1, 5]]);
  assertMatch(bars[0]!.assumption, /^Économies indirectes \(1 – 5\)$/);
  assertEquals(spec.layer[1].data.values, [{ base: 4 }]);
  const svg = await renderSvg(spec);
  assertMatch(svg, /^<svg/);
  assertMatch(svg, /Économies indirectes/);
});

Deno.test("histogramChart() shows shares, the 90 % interval, the threshold, the seed, and renders", async () => {
  const r = monteCarlo({
    inputs,
    model: (c, out) => {
      const a = c.a!, b = c.b!;
      for (let i = 0; i < out.length; i++) out[i] = a[i]! - 2 * b[i]!;
    },
    samples: 10_000,
    seed: 5,
    bins: 20,
  });
  const spec = histogramChart({ ...r, outputLabel: "Solde", threshold: 0, source: "test" });
  const shares = (spec.layer[0].data.values as { share: number }[]).map((b) => b.share);
  assertEquals(shares.length, 20);
  assertEquals(Math.abs(shares.reduce((s, x) => s + x, 0) - 1) < 1e-12, true);
  const rules = spec.layer[1].data.values as { what: string; value: number }[];
  assertEquals(rules.map((m) => [m.what, m.value]), [
    ["5e centile", r.p5],
    ["95e centile", r.p95],
    ["Moyenne", r.mean],
    ["Seuil", 0],
  ]);
  assertEquals(spec.title.subtitle.at(-1), "10\u00a0000 tirages, graine 5");
  assertMatch(await renderSvg(spec), /^<svg/);
});
