/**
 * Every model recompte knows, by id. Claims reach a model's steps as `model.<id>.<step>`.
 *
 * @module
 */
import { coopNetworkRatiosModel } from "./coop_network_ratios.ts";
import { coveragePlanModel } from "./coverage_plan.ts";
import { fiscalGainModel } from "./fiscal_gain.ts";
import { lifeExpectancySharesModel } from "./life_expectancy_shares.ts";
import type { ModelDefinition } from "./model.ts";
import { ocTargetsModel } from "./oc_targets.ts";
import { payrollCostModel } from "./payroll_cost.ts";
import { psocCatchUpModel } from "./psoc_catch_up.ts";
import { zeroNetCostModel } from "./zero_net_cost.ts";

/** The models, in the order the report and notebooks show them. */
export const MODEL_DEFINITIONS: readonly ModelDefinition[] = Object.freeze([
  payrollCostModel,
  fiscalGainModel,
  zeroNetCostModel,
  coveragePlanModel,
  psocCatchUpModel,
  ocTargetsModel,
  coopNetworkRatiosModel,
  lifeExpectancySharesModel,
]);
