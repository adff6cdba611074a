/**
 * Benchmark (not a test): the Monte Carlo of the AACOCQ net-balance model (per 1 000 workers) at
 * 10⁴, 10⁵ and 10⁶ samples, in recompte (`lib/sensitivity/`) and, in the same run on the same
 * machine, the same model in Squiggle (`@quri/squiggle-lang`, dev-only, imported here alone).
 * Prints both times, their ratio, samples per second, and both means and 90 % intervals with a
 * check that they agree within sampling error.
 *
 * Run: `deno task bench`. Times are medians of a few runs after a warm-up; the Squiggle time
 * includes parsing its source (about 10 ms), which is why the ratio is larger at 10⁴.
 *
 * The inputs are the `zeroNetCost` assumptions of `data/assumptions.csv`; their hard bounds are
 * dropped in both engines (see `BENCH_INPUTS`).
 *
 * @module
 */
import { run } from "@quri/squiggle-lang";
import { renderExpr } from "../lib/expr/render.ts";
import { uncertaintyAnalysis } from "../lib/sensitivity/uncertainty_analysis.ts";
import { loadProject } from "../lib/project/load_project.ts";
import { parseUnit } from "../lib/units/unit.ts";
import {
  distributionOf,
  modelInputs,
  monteCarlo,
  type MonteCarloResult,
  quantiles,
  type UncertainInput,
  vectorizedModel,
} from "../lib/sensitivity/mod.ts";

const SEED = 20251001;
const SIZES = [10_000, 100_000, 1_000_000];
const RUNS: Record<number, number> = { 10_000: 7, 100_000: 5, 1_000_000: 3 };
const MODEL = "zeroNetCost";
const OUTPUT = "netPer1000";

const project = loadProject(Deno.args[0] ?? "data");
const inputs = modelInputs(project, MODEL, "recompte");
const model = inputs.model;
/** The drawn inputs, bounds dropped (the Squiggle side does not translate truncation). */
const BENCH_INPUTS: UncertainInput[] = inputs.uncertain.map(({ min: _min, max: _max, ...input }) =>
  input
);

/**
 * The same model in Squiggle, written from the model's own compiled steps (no formula is typed
 * here): each input in base units, each step rendered from its expression.
 */
function squiggleSource(): string {
  const name = (id: string) => id.replaceAll(".", "_");
  const drawn = new Map(BENCH_INPUTS.map((i) => [i.id, i]));
  const lines: string[] = [];
  for (const id of [...model.definition.inputs, ...model.definition.figures]) {
    const factor = model.units.get(id)!.factor;
    const input = drawn.get(id);
    if (input === undefined) {
      lines.push(`${name(id)} = ${inputs.values[id]! * factor}`);
      continue;
    }
    const d = distributionOf(input);
    if (d.kind !== "fixed" && (d.pMin !== 0 || d.pMax !== 1)) {
      throw new Error(`${input.id}: truncation is not translated to Squiggle in this benchmark`);
    }
    const dist = d.kind === "normal"
      ? `normal({p5: ${input.low}, p95: ${input.high}})`
      : d.kind === "lognormal"
      ? `lognormal({p5: ${input.low}, p95: ${input.high}})`
      : d.kind === "uniform"
      ? `uniform(${d.a}, ${d.b})`
      : d.kind === "triangular"
      ? `triangular(${d.a}, ${d.m}, ${d.b})`
      : String(d.value);
    lines.push(`${name(id)} = ${dist} * ${factor}`);
  }
  for (const step of model.steps) {
    const text = renderExpr(step.expression.syntax, {
      id: name,
      number: (value, unit) =>
        String(unit === null ? value : value * parseUnit(unit, project.units).factor),
    }).replace(/\bsum\(([^()]*)\)/g, (_, args: string) => `(${args.split(",").join(" + ")})`);
    lines.push(`${step.definition.name} = ${text}`);
  }
  const out = `${OUTPUT} / ${model.units.get(OUTPUT)!.factor}`;
  return `${
    lines.join("\n")
  }\nresult = ${out}\n[mean(result), quantile(result, 0.05), quantile(result, 0.95)]\n`;
}

interface SquiggleSummary {
  mean: number;
  p5: number;
  p95: number;
}

async function runSquiggle(source: string, samples: number): Promise<SquiggleSummary> {
  const output = await run(source, {
    environment: { sampleCount: samples, xyPointLength: 1000, seed: String(SEED) },
  });
  const result = output.result;
  if (!result.ok) throw new Error(`Squiggle failed: ${result.value.toString()}`);
  const [mean, p5, p95] = JSON.parse(result.value.result.toString()) as number[];
  return { mean: mean!, p5: p5!, p95: p95! };
}

const vectorized = vectorizedModel(inputs, OUTPUT);

function ours(samples: number, keepSamples = false): MonteCarloResult {
  return monteCarlo({
    inputs: BENCH_INPUTS,
    model: vectorized,
    samples,
    seed: SEED,
    outputLabel: OUTPUT,
    unit: model.units.get(OUTPUT)!.text,
    claim: { label: `${OUTPUT} ≥ 0`, atLeast: 0 },
    keepSamples,
  });
}

async function median(runs: number, f: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Standard error of the p-quantile, distribution-free: the spread of the ranks n·p ± √(n p (1 − p)). */
function quantileSe(values: Float64Array, p: number): number {
  const d = Math.sqrt(p * (1 - p) / values.length);
  const [lo, hi] = quantiles(values, [Math.max(0, p - 2 * d), Math.min(1, p + 2 * d)]);
  return (hi! - lo!) / 4;
}

const fmt = (x: number) => x.toLocaleString("en-CA", { maximumSignificantDigits: 4 });
const rate = (n: number, ms: number) => `${(n / ms * 1000 / 1e6).toFixed(2)} M/s`;

console.log(
  `Monte Carlo benchmark: ${MODEL}.${OUTPUT} (AACOCQ net balance per 1 000 workers), seed ${SEED}`,
);
console.log(
  `Deno ${Deno.version.deno}, V8 ${Deno.version.v8}, ${Deno.build.os}/${Deno.build.arch}`,
);
console.log(
  "Ranges: data/assumptions.csv (recompte scope), bounds dropped in both engines; Squiggle source written from the model's steps.\n",
);
const source = squiggleSource();
console.log("… warm-up (both engines, 10 000 samples)");
ours(10_000);
await runSquiggle(source, 10_000);

const rows: string[] = [];
let allAgree = true;
for (const n of SIZES) {
  const runs = RUNS[n]!;
  console.log(`… recompte, ${fmt(n)} samples, ${runs} runs`);
  const tOurs = await median(runs, () => ours(n));
  console.log(
    `… Squiggle, ${fmt(n)} samples, ${runs} runs${n >= 1e6 ? " (about a second each)" : ""}`,
  );
  let sq: SquiggleSummary | undefined;
  const tSq = await median(runs, async () => (sq = await runSquiggle(source, n)));
  const r = ours(n, true);
  const seMean = Math.SQRT2 * r.sd / Math.sqrt(n);
  const se5 = Math.SQRT2 * quantileSe(r.values!, 0.05);
  const se95 = Math.SQRT2 * quantileSe(r.values!, 0.95);
  const agree = Math.abs(r.mean - sq!.mean) < 4 * seMean &&
    Math.abs(r.p5 - sq!.p5) < 4 * se5 && Math.abs(r.p95 - sq!.p95) < 4 * se95;
  allAgree &&= agree;
  rows.push(
    `${fmt(n).padStart(9)} | ${tOurs.toFixed(1).padStart(8)} ms ${rate(n, tOurs).padStart(10)} | ${
      tSq.toFixed(1).padStart(8)
    } ms ${rate(n, tSq).padStart(10)} | ${(tSq / tOurs).toFixed(1).padStart(6)}×`,
    `          | mean ${fmt(r.mean)}, 90 % [${fmt(r.p5)}, ${fmt(r.p95)}] | mean ${
      fmt(sq!.mean)
    }, 90 % [${fmt(sq!.p5)}, ${fmt(sq!.p95)}] | ${agree ? "agree" : "DIFFER"} (4 SE: mean ±${
      fmt(4 * seMean)
    }, p5 ±${fmt(4 * se5)}, p95 ±${fmt(4 * se95)})`,
  );
  if (n === SIZES.at(-1)) rows.push(`          | ${r.describe()}`);
}
console.log("\n  samples | recompte (median)             | Squiggle 0.10.0 (median)      | ratio");
for (const row of rows) console.log(row);
console.log(
  `\nResults ${allAgree ? "agree" : "DO NOT agree"} within sampling error (difference < 4 SE).`,
);

// The report's figure, for comparison: same model and ranges, but the assumptions' hard bounds kept
// (a share cannot go below 0 %), 100 000 samples and the report's seed.
const report = uncertaintyAnalysis(project, {
  model: MODEL,
  output: OUTPUT,
  samples: 100_000,
  seed: 2025,
});
const p = (x: number) => `${(100 * x).toFixed(1)} %`;
const last = ours(SIZES.at(-1)!);
console.log(
  `\nP(${OUTPUT} ≥ 0): ${p(last.claim!.probability)} here (bounds dropped, ${
    fmt(last.samples)
  } samples, seed ${SEED}); ` +
    `${
      p(report.monteCarlo.recompte.claim!.probability)
    } in the report (bounds kept, 100,000 samples, seed 2025); ` +
    `${
      p(report.monteCarlo.memo.claim!.probability)
    } in the report on the memo's own uncertainty. ` +
    `The first two differ by the bounds: each range is a 90 % interval, so some draws fall outside ` +
    `what is possible (a negative share already insured, negative indirect savings); the report cuts ` +
    `them at the assumption's [min, max], this run keeps them because the Squiggle side cannot.`,
);
