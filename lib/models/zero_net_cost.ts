/**
 * The AACOCQ "zero net cost" claim (« aucun coût net pour l'État »): a public contribution of 5 %
 * of payroll, 2,5 M$ a year per tranche of 1 000 workers, set against the fiscal gain per insured
 * worker.
 *
 *   effectiveGain = gainPerWorker × (1 − share_already_insured / 100)
 *   contribution  = contribution_share / 100 × average_salary
 *   net           = effectiveGain − contribution                 (per worker, CAD/year)
 *   per 1 000     = × workers_per_tranche / 1 000 000            (MCAD/year)
 *
 * Break-even (where `net = 0`), each with the other inputs held:
 *
 *   salary           = effectiveGain / (contribution_share / 100)
 *   already insured  = (1 − contribution / gainPerWorker) × 100   (percent)
 *   indirect savings = contribution / (1 − share / 100) − (the three other components)
 *
 * The share of already-insured workers makes explicit the difference between subsidizing every
 * covered worker (the contribution is paid on all payroll) and gaining only on the workers who
 * were not insured before; the memo's arithmetic takes it as 0.
 *
 * @module
 */
import {
  checkOverrideIds,
  type ModelOptions,
  resolveInputs,
  restrictOverrides,
} from "../assumptions/resolve_inputs.ts";
import { figureInput } from "../assumptions/figure_input.ts";
import type { Trace } from "../trace.ts";
import { netBalanceFormula } from "./_net_balance_formula.ts";
import { stepRecorder } from "./_steps.ts";
import { FISCAL_GAIN_COMPONENTS, FISCAL_GAIN_INPUTS, fiscalGain } from "./fiscal_gain.ts";

/** Parameters of {@linkcode zeroNetCost}: overrides of the `fiscal.*` assumptions, scenario. */
export type ZeroNetCostParams = ModelOptions;

/** The zero-net-cost arithmetic, recomputed. */
export interface ZeroNetCost {
  /** Fiscal gain per insured worker (CAD/year). */
  gainPerWorker: number;
  /** Gain counted only on newly insured workers (CAD/year per subsidized worker). */
  effectiveGainPerWorker: number;
  /** Public contribution as a share of payroll (percent). */
  contributionShare: number;
  /** Share of subsidized workers already insured (percent). */
  shareAlreadyInsured: number;
  /** Average salary (CAD/year). */
  averageSalary: number;
  /** Public contribution per worker (CAD/year). */
  contributionPerWorker: number;
  /** State's net balance per worker (CAD/year); positive = the state gains. */
  netPerWorker: number;
  /** Workers per tranche (the memo's 1 000). */
  workersPerTranche: number;
  /** Gain per tranche (MCAD/year). */
  gainPer1000: number;
  /** Contribution per tranche (MCAD/year). */
  contributionPer1000: number;
  /** Net balance per tranche (MCAD/year). */
  netPer1000: number;
  /** The memo's stated request per tranche (MCAD/year), for comparison. */
  requestPer1000: number;
  /** Salary above which the claim fails (CAD/year); `null` when the contribution share is 0. */
  breakEvenSalary: number | null;
  /** Share already insured above which the claim fails (percent); `null` if the gain is 0. */
  breakEvenShareAlreadyInsured: number | null;
  /** Indirect savings needed for net = 0 (CAD/year); `null` when every worker was insured. */
  breakEvenIndirectSavings: number | null;
  /** Whether "zero net cost" holds: `netPerWorker ≥ 0`. */
  holds: boolean;
  /** Inputs and steps. */
  trace: Trace;
}

/**
 * Recomputes the zero-net-cost arithmetic.
 *
 * @param params Overrides and scenario.
 * @returns Per worker and per 1 000 workers, break-even values, verdict, trace.
 *
 * @example 2 510 $ of gain against 5 % of 50 000 $: a 10 $ margin, break-even at 50 200 $
 * ```ts
 * import { zeroNetCost } from "./zero_net_cost.ts";
 * import { strictEqual } from "node:assert/strict";
 * const z = zeroNetCost();
 * strictEqual(z.contributionPer1000, 2.5); // aacocq.request.support_per_1000_workers
 * strictEqual(z.netPerWorker, 10);
 * strictEqual(z.breakEvenSalary, 50200);
 * strictEqual(zeroNetCost({ scenario: "no_indirect_savings" }).holds, false);
 * ```
 */
export function zeroNetCost(params: ZeroNetCostParams = {}): ZeroNetCost {
  const own = ["fiscal.contribution_share", "fiscal.share_already_insured"] as const;
  checkOverrideIds("zeroNetCost", [...FISCAL_GAIN_INPUTS, ...own], params);
  const gain = fiscalGain(restrictOverrides(params, FISCAL_GAIN_INPUTS));
  const { values: v, inputs, scenario } = resolveInputs(
    "zeroNetCost",
    own,
    [],
    restrictOverrides(params, own),
  );
  const tranche = figureInput("aacocq.request.workers_per_tranche");
  const request = figureInput("aacocq.request.support_per_1000_workers");
  const r = stepRecorder("zeroNetCost");
  r.steps.push(...gain.trace.steps);
  const share = v["fiscal.share_already_insured"];
  const contributionShare = v["fiscal.contribution_share"];
  const averageSalary = gain.averageSalary;
  const effectiveGainPerWorker = r.record(
    "effectiveGainPerWorker",
    gain.gainPerWorker * (1 - share / 100),
    "CAD/year",
    "gainPerWorker × (1 − fiscal.share_already_insured / 100)",
  );
  const contributionPerWorker = r.record(
    "contributionPerWorker",
    (contributionShare / 100) * averageSalary,
    "CAD/year",
    "fiscal.contribution_share / 100 × fiscal.average_salary",
  );
  const [rgamq, taxes, premiums, indirect] = FISCAL_GAIN_COMPONENTS.map(
    (id) => gain.components.find((c) => c.id === id)!.amount,
  ) as [number, number, number, number];
  const netPerWorker = r.record(
    "netPerWorker",
    netBalanceFormula(
      rgamq,
      taxes,
      premiums,
      indirect,
      share / 100,
      contributionShare / 100,
      averageSalary,
    ),
    "CAD/year",
    "effectiveGainPerWorker − contributionPerWorker",
  );
  const perTranche = (name: string, perWorker: number, of: string) =>
    r.record(
      name,
      (perWorker * tranche.value) / 1e6,
      "MCAD/year",
      `${of} × aacocq.request.workers_per_tranche / 1 000 000`,
    );
  const gainPer1000 = perTranche("gainPer1000", effectiveGainPerWorker, "effectiveGainPerWorker");
  const contributionPer1000 = perTranche(
    "contributionPer1000",
    contributionPerWorker,
    "contributionPerWorker",
  );
  const netPer1000 = perTranche("netPer1000", netPerWorker, "netPerWorker");
  const breakEvenSalary = contributionShare === 0 ? null : r.record(
    "breakEvenSalary",
    effectiveGainPerWorker / (contributionShare / 100),
    "CAD/year",
    "effectiveGainPerWorker / (fiscal.contribution_share / 100)",
  );
  const breakEvenShareAlreadyInsured = gain.gainPerWorker === 0 ? null : r.record(
    "breakEvenShareAlreadyInsured",
    (1 - contributionPerWorker / gain.gainPerWorker) * 100,
    "percent",
    "(1 − contributionPerWorker / gainPerWorker) × 100",
  );
  const breakEvenIndirectSavings = share >= 100 ? null : r.record(
    "breakEvenIndirectSavings",
    contributionPerWorker / (1 - share / 100) - (rgamq + taxes + premiums),
    "CAD/year",
    "contributionPerWorker / (1 − fiscal.share_already_insured / 100) − " +
      "(fiscal.rgamq_savings + fiscal.taxes_on_plan + fiscal.tax_on_employer_premiums)",
  );
  return {
    gainPerWorker: gain.gainPerWorker,
    effectiveGainPerWorker,
    contributionShare,
    shareAlreadyInsured: share,
    averageSalary,
    contributionPerWorker,
    netPerWorker,
    workersPerTranche: tranche.value,
    gainPer1000,
    contributionPer1000,
    netPer1000,
    requestPer1000: request.value,
    breakEvenSalary,
    breakEvenShareAlreadyInsured,
    breakEvenIndirectSavings,
    holds: netPerWorker >= 0,
    trace: {
      inputs: [...gain.trace.inputs, ...inputs, tranche, request],
      steps: r.steps,
      ...(scenario ? { scenario } : {}),
    },
  };
}
