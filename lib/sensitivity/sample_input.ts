/**
 * Seeded draws of assumptions into `Float64Array` columns, by inversion (see `distribution.ts`):
 * one uniform per draw from the assumption's own xoshiro128** stream (`prng.ts`), mapped through
 * the quantile function in tight, branch-free loops over typed arrays (arithmetic, plus
 * `Math.sqrt` for triangles, `Math.log` / `Math.sqrt` in the normal tails and `Math.exp` for
 * lognormals). Each draw equals `distributionQuantile(d, F(min) + u (F(max) − F(min)))` for the
 * stream's uniform u, bit for bit. Determinism: the generator is integer arithmetic and `Math.sqrt`
 * is correctly rounded by IEEE 754, so uniform and triangular draws are the same on any engine;
 * `Math.log` / `Math.exp` are V8's ports of fdlibm, the same on every platform Deno runs on (another
 * JavaScript engine could differ in the last bit of a normal-tail or lognormal draw). Draws are independent across assumptions: correlated
 * draws are not supported.
 *
 * @module
 */
import { distributionOf } from "./distribution.ts";
import { normalQuantiles } from "./normal_quantile.ts";
import { createRng } from "./prng.ts";
import type { UncertainInput } from "./uncertain_input.ts";

/** Options of {@linkcode sampleInput} and {@linkcode sampleInputs}. */
export interface SampleOptions {
  /** How many draws. */
  samples: number;
  /** The seed, an integer from 0 to 2^32 − 1. */
  seed: number;
}

/**
 * Draw an assumption `samples` times. The draws depend only on (seed, assumption id,
 * distribution, numbers): the same on every machine.
 *
 * @param input The assumption.
 * @param options Sample count and seed.
 * @param out Where to write (a new array by default); its length must be `samples`.
 * @returns The draws.
 * @throws {RangeError} If the assumption is invalid or the sample count is not a positive integer.
 *
 * @example A uniform from 10 to 28 (support [9, 29]) stays in its support
 * ```ts
 * import { sampleInput } from "./sample_input.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const x = sampleInput({ id: "u", base: 19, low: 10, high: 28, distribution: "uniform", unit: "" }, { samples: 1000, seed: 1 });
 * strictEqual(x.length, 1000);
 * ok(x.every((v) => v > 9 && v < 29));
 * ```
 */
export function sampleInput(
  input: UncertainInput,
  options: SampleOptions,
  out?: Float64Array,
): Float64Array {
  const n = checkSamples(options.samples);
  out ??= new Float64Array(n);
  if (out.length !== n) {
    throw new RangeError(`Cannot draw ${n} samples into an array of length ${out.length}`);
  }
  return inputSampler(input, options.seed).fill(out);
}

/** The draws of one assumption, block after block, from its own stream. */
export interface InputSampler {
  /** The assumption id. */
  readonly id: string;
  /**
   * Draw the next `out.length` values of the stream into `out`. Filling blocks of any sizes in
   * turn gives the same values as filling one array of their total length.
   *
   * @param out Where to write.
   * @returns `out`.
   */
  fill(out: Float64Array): Float64Array;
}

/**
 * A sampler for an assumption: the distribution is fitted once, then `fill` draws block after
 * block (the Monte Carlo draws in cache-sized blocks).
 *
 * @param input The assumption.
 * @param seed The seed, an integer from 0 to 2^32 − 1.
 * @returns The sampler.
 * @throws {RangeError} If the assumption or the seed is invalid.
 *
 * @example Two blocks of 3 are one block of 6
 * ```ts
 * import { inputSampler } from "./sample_input.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const input = { id: "x", base: 1, low: 0.5, high: 2, distribution: "lognormal" as const, unit: "" };
 * const a = inputSampler(input, 3), b = inputSampler(input, 3);
 * const six = a.fill(new Float64Array(6));
 * deepStrictEqual([...b.fill(new Float64Array(3)), ...b.fill(new Float64Array(3))], [...six]);
 * ```
 */
export function inputSampler(input: UncertainInput, seed: number): InputSampler {
  const d = distributionOf(input);
  const id = input.id;
  if (d.kind === "fixed") return { id, fill: (out) => out.fill(d.value) };
  const rng = createRng(seed, id);
  const p0 = d.pMin, dp = d.pMax - d.pMin;
  if (!(dp > 0)) {
    throw new RangeError(
      `Cannot draw assumption ${JSON.stringify(id)}: no probability left in [min, max]`,
    );
  }
  switch (d.kind) {
    case "normal":
    case "lognormal": {
      let scratch = new Float64Array(0);
      const { kind } = d;
      const [centre, scale] = kind === "normal" ? [d.mean, d.sd] : [d.mu, d.sigma];
      return {
        id,
        fill: (out) => {
          const n = out.length;
          if (scratch.length < n) scratch = new Float64Array(n);
          const p = rng.fillFloats(scratch.length === n ? scratch : scratch.subarray(0, n));
          if (p0 !== 0 || dp !== 1) { for (let i = 0; i < n; i++) p[i] = p0 + p[i]! * dp; }
          normalQuantiles(p, out);
          if (kind === "normal") {
            for (let i = 0; i < n; i++) out[i] = centre + scale * out[i]!;
          } else {
            for (let i = 0; i < n; i++) out[i] = Math.exp(centre + scale * out[i]!);
          }
          return out;
        },
      };
    }
    case "uniform": {
      const a = d.a, w = d.b - d.a;
      return {
        id,
        fill: (out) => {
          rng.fillFloats(out);
          for (let i = 0; i < out.length; i++) out[i] = a + (p0 + out[i]! * dp) * w;
          return out;
        },
      };
    }
    case "triangular": {
      const { a, m, b } = d;
      const w = b - a, left = m - a, right = b - m;
      return {
        id,
        fill: (out) => {
          rng.fillFloats(out);
          for (let i = 0; i < out.length; i++) {
            // Both branches computed and blended by 0/1: no unpredictable branch in the loop.
            const pw = (p0 + out[i]! * dp) * w;
            const s = +(pw < left);
            out[i] = s * (a + Math.sqrt(pw * left)) + (1 - s) * (b - Math.sqrt((w - pw) * right));
          }
          return out;
        },
      };
    }
  }
}

/**
 * Draw every assumption into its own column, keyed by id.
 *
 * @param inputs The assumptions (ids must be distinct).
 * @param options Sample count and seed.
 * @returns `{ [id]: draws }`.
 * @throws {RangeError} On a duplicate id or an invalid assumption.
 *
 * @example
 * ```ts
 * import { sampleInputs } from "./sample_input.ts";
 * import { strictEqual } from "node:assert/strict";
 * const cols = sampleInputs([
 *   { id: "a", base: 1, low: 1, high: 1, distribution: "fixed", unit: "" },
 *   { id: "b", base: 2, low: 1, high: 3, distribution: "normal", unit: "" },
 * ], { samples: 10, seed: 7 });
 * strictEqual(cols.a?.[9], 1);
 * strictEqual(cols.b?.length, 10);
 * ```
 */
export function sampleInputs(
  inputs: readonly UncertainInput[],
  options: SampleOptions,
): Record<string, Float64Array> {
  const n = checkSamples(options.samples);
  const columns: Record<string, Float64Array> = {};
  for (const input of inputs) {
    if (Object.hasOwn(columns, input.id)) {
      throw new RangeError(`Cannot draw assumption ${JSON.stringify(input.id)} twice`);
    }
    columns[input.id] = inputSampler(input, options.seed).fill(new Float64Array(n));
  }
  return columns;
}

function checkSamples(samples: number): number {
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`Cannot draw ${samples} samples: expected a positive integer`);
  }
  return samples;
}
