/**
 * Every chart plots the model values it claims to show (a chart off by 10⁶ fails here), and its
 * data inline are those values.
 */
import { projectCharts } from "../../lib/charts/project_charts.ts";
import { runModel } from "../../lib/models/run_model.ts";
import { assertStrictEquals } from "../_assert.ts";
import { project } from "../_project.ts";

function modelValue(path: string): number | undefined {
  const m = /^model\.(\w+)\.(?:rows\[(\d+)\]\.)?(\w+)$/.exec(path);
  if (!m) return undefined;
  const r = runModel(project(), m[1]!);
  return m[2] === undefined ? r.values[m[3]!] : r.rows[Number(m[2])]![m[3]!];
}

/** Every number in the chart's inline data (`data.values`, at any depth). */
function numbersIn(spec: unknown): number[] {
  const out: number[] = [];
  const collect = (x: unknown): void => {
    if (typeof x === "number") out.push(x);
    else if (Array.isArray(x)) x.forEach(collect);
    else if (x && typeof x === "object") Object.values(x).forEach(collect);
  };
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) k === "data" ? collect(v) : walk(v);
    }
  };
  walk(spec);
  return out;
}

Deno.test("each chart's plotted values are the model's, and its data hold them", async (t) => {
  const p = project();
  for (const chart of projectCharts(p)) {
    await t.step(chart.id, () => {
      const data = numbersIn(chart.spec);
      for (const v of chart.plotted) {
        const expected = v.from.startsWith("model.")
          ? modelValue(v.from)
          : p.figures.get(v.from)?.value ?? undefined;
        if (expected !== undefined) {
          assertStrictEquals(v.value, expected, `${chart.id}: ${v.label} from ${v.from}`);
        }
        assertStrictEquals(
          data.some((d) => Math.abs(d - v.value) <= 1e-9 * Math.max(1, Math.abs(v.value))),
          true,
          `${chart.id}: ${v.label} (${v.value}) is not in the chart's data`,
        );
      }
    });
  }
});

Deno.test("the coverage plan's money is plotted in M$ a year, as the model gives it (5, not 0,000005)", () => {
  const chart = projectCharts(project()).find((c) => c.id === "coverage_plan")!;
  const money = chart.spec.vconcat[1].data.values as { mcad: number }[];
  assertStrictEquals(money[0]!.mcad, 5);
});
