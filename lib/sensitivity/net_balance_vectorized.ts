/**
 * The AACOCQ "zero net cost" (coût nul) model in the two shapes the sensitivity tools take: a
 * scalar function of named values (tornado, break-even) and a vectorized kernel over columns of
 * samples (Monte Carlo). Both compute `netBalanceFormula` (lib/models/_net_balance_formula.ts)
 * times the number of workers:
 *
 *   net per worker = (rgamq + taxesOnPlan + taxOnEmployerPremiums + indirect)
 *                    × (1 − shareAlreadyInsured) − contributionShare × averageSalary
 *   output         = net per worker × workers   (CAD/year; default: per 1 000 workers)
 *
 * Inputs are keyed by the assumption ids of `data/assumptions.csv`; the two shares are read in
 * percent by default (as in that file), divided by 100 inside the model.
 *
 * @module
 */
import { figureValue } from "../data/figures.ts";
import { netBalanceFormula } from "../models/_net_balance_formula.ts";
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import type { ScalarModel, VectorizedModel } from "./model_types.ts";

/** The model's inputs and the assumption ids they are read from. */
export const NET_BALANCE_INPUT_IDS = {
  rgamqSavings: "fiscal.rgamq_savings",
  taxesOnPlan: "fiscal.taxes_on_plan",
  taxOnEmployerPremiums: "fiscal.tax_on_employer_premiums",
  indirectSavings: "fiscal.indirect_savings",
  shareAlreadyInsured: "fiscal.share_already_insured",
  contributionShare: "fiscal.contribution_share",
  averageSalary: "fiscal.average_salary",
} as const;

/** Options of the net-balance models. */
export interface NetBalanceModelOptions {
  /**
   * Workers the balance is counted for.
   * @default figure `aacocq.request.workers_per_tranche` (1 000)
   */
  workers?: number;
  /** Unit of the two shares in the inputs. @default "percent" */
  sharesIn?: "percent" | "fraction";
}

function settings(options: NetBalanceModelOptions): { workers: number; shareDivisor: number } {
  const workers = options.workers ?? figureValue("aacocq.request.workers_per_tranche");
  if (!(workers > 0) || !Number.isFinite(workers)) {
    throw new RangeError(`Cannot count the balance for ${workers} workers`);
  }
  return { workers, shareDivisor: (options.sharesIn ?? "percent") === "percent" ? 100 : 1 };
}

function missing(available: readonly string[]): never {
  const id = Object.values(NET_BALANCE_INPUT_IDS).find((id) => !available.includes(id))!;
  throw new UnknownIdError("assumption", id, closeMatches(id, available));
}

/**
 * The state's net balance for `workers` workers (CAD/year) as a scalar model.
 *
 * @param options Workers and share unit.
 * @returns A function of the values keyed by assumption id.
 *
 * @example The memo: 2 510 $ of gain against 5 % of 50 000 $, per 1 000 workers: 10 000 $
 * ```ts
 * import { netBalanceScalar } from "./net_balance_vectorized.ts";
 * import { strictEqual } from "node:assert/strict";
 * const model = netBalanceScalar();
 * strictEqual(model({
 *   "fiscal.rgamq_savings": 1060, "fiscal.taxes_on_plan": 520, "fiscal.tax_on_employer_premiums": 530,
 *   "fiscal.indirect_savings": 400, "fiscal.share_already_insured": 0, "fiscal.contribution_share": 5,
 *   "fiscal.average_salary": 50000,
 * }), 10000);
 * ```
 */
export function netBalanceScalar(options: NetBalanceModelOptions = {}): ScalarModel {
  const { workers, shareDivisor } = settings(options);
  const ids = NET_BALANCE_INPUT_IDS;
  return (v) => {
    const get = (id: string): number => v[id] ?? missing(Object.keys(v));
    return netBalanceFormula(
      get(ids.rgamqSavings),
      get(ids.taxesOnPlan),
      get(ids.taxOnEmployerPremiums),
      get(ids.indirectSavings),
      get(ids.shareAlreadyInsured) / shareDivisor,
      get(ids.contributionShare) / shareDivisor,
      get(ids.averageSalary),
    ) * workers;
  };
}

/**
 * The same model over columns of samples: one loop, arithmetic only, no allocation per sample.
 * Same operations in the same order as `netBalanceFormula`, so each output equals the scalar
 * model's bit for bit.
 *
 * @param options Workers and share unit.
 * @returns A {@linkcode VectorizedModel}.
 * @throws {UnknownIdError} When run, if a column is missing (with close matches).
 *
 * @example Two samples
 * ```ts
 * import { netBalanceVectorized } from "./net_balance_vectorized.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const col = (a: number, b: number) => new Float64Array([a, b]);
 * const out = new Float64Array(2);
 * netBalanceVectorized()({
 *   "fiscal.rgamq_savings": col(1060, 1060), "fiscal.taxes_on_plan": col(520, 520),
 *   "fiscal.tax_on_employer_premiums": col(530, 530), "fiscal.indirect_savings": col(400, 0),
 *   "fiscal.share_already_insured": col(0, 0), "fiscal.contribution_share": col(5, 5),
 *   "fiscal.average_salary": col(50000, 50000),
 * }, out);
 * deepStrictEqual([...out], [10000, -390000]);
 * ```
 */
export function netBalanceVectorized(options: NetBalanceModelOptions = {}): VectorizedModel {
  const { workers, shareDivisor } = settings(options);
  const ids = NET_BALANCE_INPUT_IDS;
  return (columns, out) => {
    const col = (id: string): Float64Array => {
      const c = columns[id] ?? missing(Object.keys(columns));
      if (c.length !== out.length) {
        throw new RangeError(
          `Cannot run the net-balance model: column ${id} has ${c.length} samples, expected ${out.length}`,
        );
      }
      return c;
    };
    const rgamq = col(ids.rgamqSavings), taxes = col(ids.taxesOnPlan);
    const premiums = col(ids.taxOnEmployerPremiums), indirect = col(ids.indirectSavings);
    const insured = col(ids.shareAlreadyInsured), contribution = col(ids.contributionShare);
    const salary = col(ids.averageSalary);
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const gain = rgamq[i]! + taxes[i]! + premiums[i]! + indirect[i]!;
      out[i] = (gain * (1 - insured[i]! / shareDivisor) -
        contribution[i]! / shareDivisor * salary[i]!) * workers;
    }
  };
}
