/**
 * The one formula behind the AACOCQ "zero net cost" (coût nul) arithmetic, shared by the scalar
 * model (`zeroNetCost`) and the vectorised Monte Carlo kernel so that both compute the same thing.
 *
 * State's net balance per covered worker and year (CAD/year):
 *
 *   gain         = rgamqSavings + taxesOnPlan + taxOnEmployerPremiums + indirectSavings
 *   effective    = gain × (1 − shareAlreadyInsured)      // gain only on newly covered workers
 *   contribution = contributionShare × averageSalary     // public contribution, share of payroll
 *   net          = effective − contribution
 *
 * Positional numbers (no object) so that a loop over a million samples allocates nothing.
 * Shares are fractions (0.05 for 5 %).
 *
 * @module
 */

/**
 * Net balance for the state per covered worker and year, in CAD/year.
 *
 * @param rgamqSavings Économies générales liées au RGAMQ (CAD/year)
 * @param taxesOnPlan Revenus de taxes liées au régime (CAD/year)
 * @param taxOnEmployerPremiums Revenu d'imposition des primes payées par l'employeur (CAD/year)
 * @param indirectSavings Économies indirectes (CAD/year)
 * @param shareAlreadyInsured Fraction of subsidized workers who were already insured (0–1)
 * @param contributionShare Public contribution as a fraction of payroll (0–1)
 * @param averageSalary Average salary per worker (CAD/year)
 * @returns The net balance (CAD/year); positive means the state gains.
 *
 * @example Memo figures: 2 510 $ of gain against 5 % of 50 000 $
 * ```ts
 * import { netBalanceFormula } from "./_net_balance_formula.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(netBalanceFormula(1060, 520, 530, 400, 0, 0.05, 50000), 10);
 * ```
 */
export function netBalanceFormula(
  rgamqSavings: number,
  taxesOnPlan: number,
  taxOnEmployerPremiums: number,
  indirectSavings: number,
  shareAlreadyInsured: number,
  contributionShare: number,
  averageSalary: number,
): number {
  const gain = rgamqSavings + taxesOnPlan + taxOnEmployerPremiums + indirectSavings;
  return gain * (1 - shareAlreadyInsured) - contributionShare * averageSalary;
}
