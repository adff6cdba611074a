/**
 * The sensitivity and uncertainty of the AACOCQ "zero net cost" claim in one call: which
 * assumption moves the state's net balance most (tornado), where the claim flips for each
 * (break-even), how sure it is (seeded Monte Carlo), and every named scenario side by side.
 *
 * The inputs are the `zeroNetCost` rows of `data/assumptions.csv`: each low–high pair is read as
 * a 90 % interval under its distribution; draws are independent (correlated draws are not
 * supported).
 *
 * @module
 */
import { defaultAssumptionBook } from "../assumptions/assumption_book.ts";
import { zeroNetCost } from "../models/zero_net_cost.ts";
import { assumptionInputs } from "./assumption_inputs.ts";
import { breakEven, type BreakEvenResult } from "./break_even.ts";
import { monteCarlo, type MonteCarloResult } from "./monte_carlo.ts";
import { netBalanceScalar, netBalanceVectorized } from "./net_balance_vectorized.ts";
import { tornado, type TornadoResult } from "./tornado.ts";

/** Options of {@linkcode netBalanceAnalysis}. */
export interface NetBalanceAnalysisOptions {
  /** The scenario whose values are the bases. @default "memo" */
  scenario?: string;
  /** Monte Carlo samples. @default 100 000 */
  samples?: number;
  /** Monte Carlo seed. @default 2025 */
  seed?: number;
}

/** One scenario's key outputs. */
export interface ScenarioComparisonRow {
  /** Scenario id. */
  scenario: string;
  /** Its title, in French. */
  title_fr: string;
  /** Its title, in English. */
  title_en: string;
  /** Net balance per worker (CAD/year). */
  netPerWorker: number;
  /** Net balance per 1 000 workers (MCAD/year). */
  netPer1000: number;
  /** Break-even salary (CAD/year), or `null`. */
  breakEvenSalary: number | null;
  /** Whether "zero net cost" holds. */
  holds: boolean;
}

/** The whole analysis. */
export interface NetBalanceAnalysis {
  /** The output analysed, in French. */
  outputLabel: string;
  /** Its unit. */
  unit: string;
  /** One-at-a-time sensitivity, largest swing first. */
  tornado: TornadoResult;
  /** For each varied assumption, where "net ≥ 0" flips within its range. */
  breakEvens: BreakEvenResult[];
  /** The Monte Carlo summary with P(net ≥ 0). */
  monteCarlo: MonteCarloResult;
  /** Every named scenario's key outputs. */
  scenarios: ScenarioComparisonRow[];
}

/**
 * Runs the analysis.
 *
 * @param options Scenario, samples, seed.
 * @returns Tornado, break-evens, Monte Carlo and scenario table.
 *
 * @example The average salary and the share already insured carry the claim
 * ```ts
 * import { netBalanceAnalysis } from "./net_balance_analysis.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const a = netBalanceAnalysis({ samples: 10_000 });
 * strictEqual(a.tornado.baseOutput, 10_000); // 10 $ × 1 000 workers
 * const salary = a.breakEvens.find((b) => b.id === "fiscal.average_salary")!;
 * ok(Math.abs(salary.value - 50_200) < 1e-6);
 * ok(a.monteCarlo.claim!.probability < 0.6);
 * ```
 */
export function netBalanceAnalysis(options: NetBalanceAnalysisOptions = {}): NetBalanceAnalysis {
  const scenario = options.scenario ?? "memo";
  const { inputs, fixed, values } = assumptionInputs("zeroNetCost", { scenario });
  const outputLabel = "solde net de l'État par tranche de 1 000 travailleurs";
  const unit = "CAD/year";
  const model = netBalanceScalar();
  const tornadoResult = tornado({ inputs, model, fixed });
  const breakEvens = inputs.map((input) =>
    breakEven({ model, values, vary: input.id, range: { low: input.low, high: input.high } })
  );
  const mc = monteCarlo({
    inputs,
    model: (columns, out) => {
      const filled = { ...columns };
      for (const [id, value] of Object.entries(fixed)) {
        filled[id] = new Float64Array(out.length).fill(value);
      }
      netBalanceVectorized()(filled, out);
    },
    samples: options.samples ?? 100_000,
    seed: options.seed ?? 2025,
    outputLabel,
    unit,
    claim: { label: "solde net ≥ 0 (coût net nul)", atLeast: 0 },
  });
  const book = defaultAssumptionBook();
  const scenarios = book.scenarioIds.map((id) => {
    const s = book.scenario(id);
    const z = zeroNetCost({ scenario: id });
    return {
      scenario: id,
      title_fr: s.title_fr,
      title_en: s.title_en,
      netPerWorker: z.netPerWorker,
      netPer1000: z.netPer1000,
      breakEvenSalary: z.breakEvenSalary,
      holds: z.holds,
    };
  });
  return { outputLabel, unit, tornado: tornadoResult, breakEvens, monteCarlo: mc, scenarios };
}
