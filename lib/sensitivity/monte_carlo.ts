/**
 * Monte Carlo propagation: draw every assumption (seeded, `sample_input.ts`), run a vectorized
 * model over the columns, summarize the outputs (`summarize_samples.ts`). Draws and model run in
 * blocks of 16 384 samples, so that the columns stay in the processor's cache and only the output
 * array is allocated at full length; the model is therefore called once per block, on columns
 * and an output of the block's length. Each assumption's stream continues from block to block:
 * the results do not depend on the block size. Every result
 * carries its seed and sample count, and `describe()` prints them.
 *
 * Limits: assumptions are drawn independently (correlated draws are not supported); `low` /
 * `high` are read as 90 % intervals (`uncertain_input.ts`).
 *
 * @module
 */
import { formatNumber, type Lang as Locale } from "../format/number.ts";

const formatCount = (n: number, locale: Locale) =>
  formatNumber(n, locale, { maximumFractionDigits: 0 });
import { inputSampler } from "./sample_input.ts";
import { type OutputCondition, type SampleSummary, summarizeSamples } from "./summarize_samples.ts";
import type { UncertainInput } from "./uncertain_input.ts";
import type { VectorizedModel } from "./model_types.ts";

/** Options of {@linkcode monteCarlo}. */
export interface MonteCarloOptions {
  /** The assumptions to draw. */
  inputs: readonly UncertainInput[];
  /** The model. */
  model: VectorizedModel;
  /** Number of samples. */
  samples: number;
  /** The seed, an integer from 0 to 2^32 − 1. */
  seed: number;
  /** What the output is, for `describe()`, e.g. "net balance per 1 000 workers". */
  outputLabel?: string;
  /** The output's unit, e.g. "CAD/year". */
  unit?: string;
  /** The claim whose probability to report. */
  claim?: OutputCondition;
  /** Percentiles besides 5, 50, 95. */
  percentiles?: readonly number[];
  /** Histogram bin count. @default 40 */
  bins?: number;
  /** Keep the output samples in the result (`values`). @default false */
  keepSamples?: boolean;
}

/** A Monte Carlo result. */
export interface MonteCarloResult extends SampleSummary {
  /** The seed used. */
  seed: number;
  /** The output's label. */
  outputLabel: string;
  /** The output's unit. */
  unit: string;
  /** The output samples, if `keepSamples`. */
  values?: Float64Array;
  /**
   * One line: mean, median, 90 % interval, the claim's probability, sample count and seed.
   *
   * @param locale `en` or `fr`. @default "en"
   */
  describe(locale?: Locale): string;
}

/**
 * Run a Monte Carlo.
 *
 * @param options Assumptions, model, sample count, seed, claim.
 * @returns The summary with its seed and sample count.
 * @throws {RangeError} On an invalid assumption, sample count or seed, or a model output that is
 *   NaN or infinite.
 *
 * @example The sum of two uniforms
 * ```ts
 * import { monteCarlo } from "./monte_carlo.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const r = monteCarlo({
 *   inputs: [
 *     { id: "a", base: 5, low: 0, high: 10, distribution: "uniform", unit: "" },
 *     { id: "b", base: 5, low: 0, high: 10, distribution: "uniform", unit: "" },
 *   ],
 *   model: (c, out) => { const a = c.a!, b = c.b!; for (let i = 0; i < out.length; i++) out[i] = a[i]! + b[i]!; },
 *   samples: 100_000,
 *   seed: 42,
 *   claim: { label: "a + b ≥ 10", atLeast: 10 },
 * });
 * ok(Math.abs(r.mean - 10) < 0.05);
 * ok(Math.abs(r.claim!.probability - 0.5) < 0.01);
 * strictEqual(r.describe().endsWith("(n = 100,000, seed 42)"), true);
 * ```
 */
export function monteCarlo(options: MonteCarloOptions): MonteCarloResult {
  const { samples, seed } = options;
  checkSamples(samples);
  const samplers = options.inputs.map((input) => inputSampler(input, seed));
  const ids = new Set<string>();
  for (const { id } of samplers) {
    if (ids.has(id)) throw new RangeError(`Cannot draw assumption ${JSON.stringify(id)} twice`);
    ids.add(id);
  }
  const out = new Float64Array(samples);
  const block = Math.min(BLOCK, samples);
  const buffers = samplers.map(() => new Float64Array(block));
  for (let start = 0; start < samples; start += block) {
    const length = Math.min(block, samples - start);
    const columns: Record<string, Float64Array> = {};
    samplers.forEach((sampler, j) => {
      const buffer = buffers[j]!;
      columns[sampler.id] = sampler.fill(length === block ? buffer : buffer.subarray(0, length));
    });
    options.model(columns, out.subarray(start, start + length));
  }
  const summary = summarizeSamples(out, {
    ...(options.claim ? { claim: options.claim } : {}),
    ...(options.percentiles ? { percentiles: options.percentiles } : {}),
    ...(options.bins ? { bins: options.bins } : {}),
  });
  const outputLabel = options.outputLabel ?? "output";
  const unit = options.unit ?? "";
  const result: MonteCarloResult = {
    ...summary,
    seed,
    outputLabel,
    unit,
    describe: (locale: Locale = "en") => describeResult(result, locale),
  };
  if (options.keepSamples) result.values = out;
  return result;
}

/** Samples per block: the columns of a block stay in the processor's cache. */
const BLOCK = 16_384;

function checkSamples(samples: number): void {
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`Cannot draw ${samples} samples: expected a positive integer`);
  }
}

function describeResult(r: MonteCarloResult, locale: Locale): string {
  const f = (x: number) => formatNumber(x, locale);
  const u = r.unit ? ` ${r.unit}` : "";
  const fr = locale === "fr";
  const parts = [
    `${r.outputLabel}${fr ? " : moyenne" : ": mean"} ${f(r.mean)}${u}`,
    `${fr ? "médiane" : "median"} ${f(r.median)}${u}`,
    `${fr ? "intervalle à 90 %" : "90 % interval"} [${f(r.p5)}, ${f(r.p95)}]${u}`,
  ];
  if (r.claim) {
    parts.push(
      `P(${r.claim.claim.label}) = ${f(r.claim.probability)} ± ${f(r.claim.standardError)}`,
    );
  }
  const n = formatCount(r.samples, locale);
  return `${parts.join(fr ? " ; " : "; ")} (n = ${n}, ${fr ? "graine" : "seed"} ${r.seed})`;
}
