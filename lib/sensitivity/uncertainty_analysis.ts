/**
 * Everything recompte says about how sure a model's verdict is: which assumption weighs most
 * (tornado), where the verdict flips (break-evens), how often it holds (Monte Carlo) — under the
 * memo's own uncertainty and, separately, under recompte's added assumptions — and the scenarios
 * side by side. One function, used alike by the report, the notebooks and the benchmark.
 *
 * @module
 */
import { runModel, type RunOptions } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import { breakEven, type BreakEvenResult } from "./break_even.ts";
import {
  modelInputs,
  type ModelUncertainInput,
  scalarModel,
  vectorizedModel,
} from "./model_inputs.ts";
import { monteCarlo, type MonteCarloResult } from "./monte_carlo.ts";
import { tornado, type TornadoResult } from "./tornado.ts";

/** What to analyse. */
export interface UncertaintyOptions extends RunOptions {
  /** The model (`zeroNetCost`). */
  readonly model: string;
  /** The step whose value decides the claim (`netPer1000`). */
  readonly output: string;
  /** The claim holds when the output is at least this. @default 0 */
  readonly threshold?: number;
  /** Monte Carlo samples. @default 100 000 */
  readonly samples?: number;
  /** Monte Carlo seed. @default 2025 */
  readonly seed?: number;
}

/** A scenario's outcome. */
export interface ScenarioOutcome {
  /** Scenario id. */
  readonly id: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** The output under it, in the output's unit. */
  readonly output: number;
  /** Whether the claim holds. */
  readonly holds: boolean;
}

/** The analysis. */
export interface UncertaintyAnalysis {
  /** The options it ran with. */
  readonly options: UncertaintyOptions;
  /** The output's unit. */
  readonly unit: string;
  /** The threshold. */
  readonly threshold: number;
  /** The output with every input at its value. */
  readonly base: number;
  /** Inputs that vary, by scope. */
  readonly inputs: {
    readonly memo: readonly ModelUncertainInput[];
    readonly recompte: readonly ModelUncertainInput[];
  };
  /** The tornado over recompte's ranges. */
  readonly tornado: TornadoResult;
  /** Each varying input's break-even over its range. */
  readonly breakEvens: readonly BreakEvenResult[];
  /** The Monte Carlo under each scope. */
  readonly monteCarlo: { readonly memo: MonteCarloResult; readonly recompte: MonteCarloResult };
  /** Each scenario's outcome. */
  readonly scenarios: readonly ScenarioOutcome[];
}

/**
 * Analyses a model's output.
 *
 * @param project The project.
 * @param options The model, output, threshold, Monte Carlo size and seed, scenario and overrides.
 * @returns Tornado, break-evens, Monte Carlo under both scopes, scenarios.
 *
 * @example Zero net cost: certain on the memo's own words, about 13 % likely under recompte's ranges
 * ```ts
 * import { uncertaintyAnalysis } from "./uncertainty_analysis.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const a = uncertaintyAnalysis(loadProject("data"), { model: "zeroNetCost", output: "netPer1000", samples: 20_000 });
 * strictEqual(a.monteCarlo.memo.claim!.probability, 1);
 * ok(a.monteCarlo.recompte.claim!.probability < 0.25);
 * strictEqual(a.tornado.rows[0]!.id, "fiscal.share_already_insured"); // an assumption of recompte, not the memo's
 * ```
 */
export function uncertaintyAnalysis(
  project: Project,
  options: UncertaintyOptions,
): UncertaintyAnalysis {
  const threshold = options.threshold ?? 0;
  const samples = options.samples ?? 100_000;
  const seed = options.seed ?? 2025;
  const run: RunOptions = {
    ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  };
  const memo = modelInputs(project, options.model, "memo", run);
  const recompte = modelInputs(project, options.model, "recompte", run);
  const unit = memo.model.units.get(options.output)?.text;
  if (unit === undefined) {
    throw new RangeError(`Model ${options.model} has no step ${options.output}`);
  }
  const scalar = scalarModel(recompte, options.output);
  const base = scalar({});
  const claim = { label: `${options.output} ≥ ${threshold}`, atLeast: threshold };
  const mc = (inputs: typeof memo) =>
    monteCarlo({
      inputs: inputs.uncertain,
      model: vectorizedModel(inputs, options.output),
      samples,
      seed,
      outputLabel: options.output,
      unit,
      claim,
    });
  const breakEvens = recompte.uncertain.map((input) =>
    breakEven({
      model: scalar,
      vary: input.id,
      range: { low: input.low, high: input.high },
      values: recompte.values,
      threshold,
    })
  );
  const scenarios: ScenarioOutcome[] = [...project.scenarios.values()].map((s) => {
    const output = runModel(project, options.model, { scenario: s.id }).values[options.output]!;
    return {
      id: s.id,
      title_fr: s.title_fr,
      title_en: s.title_en,
      output,
      holds: output >= threshold,
    };
  });
  return Object.freeze({
    options,
    unit,
    threshold,
    base,
    inputs: Object.freeze({ memo: memo.uncertain, recompte: recompte.uncertain }),
    tornado: tornado({ inputs: recompte.uncertain, model: scalar, fixed: recompte.values }),
    breakEvens: Object.freeze(breakEvens),
    monteCarlo: Object.freeze({ memo: mc(memo), recompte: mc(recompte) }),
    scenarios: Object.freeze(scenarios),
  });
}
