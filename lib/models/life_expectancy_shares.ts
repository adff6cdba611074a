/**
 * The life-expectancy footnote of the OC brief: « Sur les 30 ans d'espérance de vie gagnés
 * depuis 100 ans au Québec, huit sont attribuables aux services de santé et 22 à l'amélioration
 * de l'environnement, des habitudes et des conditions de vie. »
 *
 *   healthServicesShare   = 100 × healthServices / totalGain
 *   livingConditionsShare = 100 × livingConditions / totalGain
 *   sumOfParts            = healthServices + livingConditions
 *   unattributed          = totalGain − sumOfParts       (0 when the parts add up)
 *
 * Shares are of the stated total, as the footnote reads (« sur les 30 ans… »); when an override
 * makes the parts disagree with the total, `consistent` is false and the shares no longer add
 * up to 100 %.
 *
 * @module
 */
import { figureInput } from "../assumptions/figure_input.ts";
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import { shareOf } from "../math/share_of.ts";
import type { Trace } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";

/**
 * Parameters of {@linkcode lifeExpectancyShares}: overrides (`oc.life_expectancy_gain`,
 * `oc.life_expectancy_health_services`, `oc.life_expectancy_living_conditions`) and scenario.
 */
export type LifeExpectancySharesParams = ModelOptions;

/** The footnote's split, recomputed. */
export interface LifeExpectancyShares {
  /** Years of life expectancy gained over the period. */
  totalGain: number;
  /** The period (years) over which they were gained (« depuis 100 ans »). */
  periodYears: number;
  /** Years attributed to health services. */
  healthServices: number;
  /** Years attributed to environment, habits and living conditions. */
  livingConditions: number;
  /** Health services' share of the total (percent). */
  healthServicesShare: number;
  /** Living conditions' share of the total (percent). */
  livingConditionsShare: number;
  /** healthServices + livingConditions (years). */
  sumOfParts: number;
  /** totalGain − sumOfParts (years): 0 when the parts add up. */
  unattributed: number;
  /** Whether the parts add up to the total (within 10⁻⁹ year, for rounding). */
  consistent: boolean;
  /** Inputs and steps. */
  trace: Trace;
}

/**
 * Recomputes the split of life-expectancy gains.
 *
 * @param params Overrides and scenario; with none, the footnote's 30 = 8 + 22.
 * @returns Shares, the sum check and the trace.
 * @throws {OverrideError} For a refused override.
 *
 * @example 8 of 30 years is 26.7 %, 22 is 73.3 %, and 8 + 22 = 30 (figures oc.life_expectancy.*)
 * ```ts
 * import { lifeExpectancyShares } from "./life_expectancy_shares.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = lifeExpectancyShares();
 * strictEqual(r.healthServicesShare.toFixed(1), "26.7");
 * strictEqual(r.livingConditionsShare.toFixed(1), "73.3");
 * strictEqual(r.consistent, true);
 * strictEqual(lifeExpectancyShares({ overrides: { "oc.life_expectancy_health_services": 10 } }).unattributed, -2);
 * ```
 */
export function lifeExpectancyShares(
  params: LifeExpectancySharesParams = {},
): LifeExpectancyShares {
  const { values: v, inputs, scenario } = resolveInputs(
    "lifeExpectancyShares",
    [
      "oc.life_expectancy_gain",
      "oc.life_expectancy_health_services",
      "oc.life_expectancy_living_conditions",
    ],
    [],
    params,
  );
  const period = figureInput("oc.life_expectancy.period");
  inputs.push(period);
  const total = v["oc.life_expectancy_gain"];
  const health = v["oc.life_expectancy_health_services"];
  const living = v["oc.life_expectancy_living_conditions"];
  const r = stepRecorder("lifeExpectancyShares");
  const healthServicesShare = r.record(
    "healthServicesShare",
    shareOf(health, total),
    "percent",
    "100 × oc.life_expectancy_health_services / oc.life_expectancy_gain",
  );
  const livingConditionsShare = r.record(
    "livingConditionsShare",
    shareOf(living, total),
    "percent",
    "100 × oc.life_expectancy_living_conditions / oc.life_expectancy_gain",
  );
  const sumOfParts = r.record(
    "sumOfParts",
    health + living,
    "years",
    "oc.life_expectancy_health_services + oc.life_expectancy_living_conditions",
  );
  const unattributed = r.record(
    "unattributed",
    total - sumOfParts,
    "years",
    "oc.life_expectancy_gain − sumOfParts",
  );
  return {
    totalGain: total,
    periodYears: period.value,
    healthServices: health,
    livingConditions: living,
    healthServicesShare,
    livingConditionsShare,
    sumOfParts,
    unattributed,
    consistent: Math.abs(unattributed) <= 1e-9,
    trace: { inputs, steps: r.steps, ...(scenario ? { scenario } : {}) },
  };
}
