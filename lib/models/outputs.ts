/**
 * Model outputs by id (`zeroNetCost.netPerWorker`), so that a claim, a sensitivity analysis or a
 * notebook can name a recomputed quantity in one string and get its value, unit and trace.
 *
 * @module
 */
import { UnknownIdError } from "../errors.ts";
import type { ModelOptions } from "../assumptions/resolve_inputs.ts";
import { closeMatches } from "../text/close_matches.ts";
import type { Trace } from "../trace.ts";
import { coveragePlan, type CoveragePlanParams } from "./coverage_plan.ts";
import { fiscalGain } from "./fiscal_gain.ts";
import { payrollCost } from "./payroll_cost.ts";
import { zeroNetCost } from "./zero_net_cost.ts";
import { coopNetworkRatios } from "./coop_network_ratios.ts";
import { lifeExpectancyShares } from "./life_expectancy_shares.ts";
import { ocStaffingTrend } from "./oc_staffing_trend.ts";
import { psocCatchUp } from "./psoc_catch_up.ts";

/** A named model output. */
export interface ModelOutputSpec {
  /** `<model>.<field>`, or `<model>.<variant>.<field>`. */
  id: string;
  /** Unit of the value. */
  unit: string;
  /** What it is, in French. */
  label_fr: string;
  /** What it is, in English. */
  label_en: string;
  /** Computes it under the given options. */
  compute(options: ModelOptions): { value: number | null; trace: Trace };
}

/** A computed model output. */
export interface ModelOutput {
  /** Its id. */
  id: string;
  /** Its value; `null` when the model says it does not exist (no break-even, say). */
  value: number | null;
  /** Its unit. */
  unit: string;
  /** The trace of the model call. */
  trace: Trace;
}

type Choice = Pick<CoveragePlanParams, "startingPoint" | "personsPerWorker">;

const COVERAGE_VARIANTS: Record<string, Choice> = {
  from2000: { startingPoint: "growth_plan_2000", personsPerWorker: "conclusion_2030" },
  from2300: { startingPoint: "current_2300", personsPerWorker: "conclusion_2030" },
  from2300RatioToday: { startingPoint: "current_2300", personsPerWorker: "today" },
};

function coverageOutputs(): ModelOutputSpec[] {
  const fields = [
    ["startWorkers", "workers", "Travailleurs au départ", "Workers at the start"],
    ["finalWorkers", "workers", "Travailleurs l'année cible", "Workers in the target year"],
    [
      "uncappedFinalWorkers",
      "workers",
      "Travailleurs l'année cible sans plafond",
      "Workers in the target year, uncapped",
    ],
    ["yearTargetReached", "year", "Année où la cible est atteinte", "Year the target is reached"],
    ["increaseNeeded", "workers", "Hausse nécessaire", "Increase needed"],
    ["ratio", "persons", "Personnes par travailleur", "Persons per worker"],
  ] as const;
  const specs: ModelOutputSpec[] = [];
  for (const [variant, choice] of Object.entries(COVERAGE_VARIANTS)) {
    for (const [field, unit, fr, en] of fields) {
      specs.push({
        id: `coveragePlan.${variant}.${field}`,
        unit,
        label_fr: `${fr} (${choice.startingPoint}, ${choice.personsPerWorker})`,
        label_en: `${en} (${choice.startingPoint}, ${choice.personsPerWorker})`,
        compute: (o) => {
          const p = coveragePlan({ ...o, ...choice });
          return { value: p[field], trace: p.trace };
        },
      });
    }
    const rowFields = [
      ["personsCovered", "persons", "Personnes couvertes", "Persons covered"],
      ["stateSavings", "MCAD/year", "Économies de l'État (2 500 $)", "State savings (2 500 $)"],
      ["netForState", "MCAD/year", "Solde net pour l'État", "Net balance for the state"],
    ] as const;
    for (const [which, index] of [["first", 0], ["final", -1]] as const) {
      for (const [field, unit, fr, en] of rowFields) {
        specs.push({
          id: `coveragePlan.${variant}.${which}.${field}`,
          unit,
          label_fr: `${fr}, ${which === "first" ? "première" : "dernière"} année`,
          label_en: `${en}, ${which} year`,
          compute: (o) => {
            const p = coveragePlan({ ...o, ...choice });
            return { value: p.rows.at(index)![field], trace: p.trace };
          },
        });
      }
    }
  }
  return specs;
}

/** Every registered output. */
export const MODEL_OUTPUTS: readonly ModelOutputSpec[] = [
  ...(["payroll", "planCost", "monthlyPayroll", "monthsOfPayroll"] as const).map((field) => ({
    id: `payrollCost.${field}`,
    unit: {
      payroll: "CAD/year",
      planCost: "CAD/year",
      monthlyPayroll: "CAD",
      monthsOfPayroll: "months",
    }[field],
    label_fr: `Exemple de masse salariale : ${field}`,
    label_en: `Payroll example: ${field}`,
    compute: (o: ModelOptions) => {
      const r = payrollCost(o);
      return { value: r[field], trace: r.trace };
    },
  })),
  ...(["gainPerWorker", "shareOfSalary"] as const).map((field) => ({
    id: `fiscalGain.${field}`,
    unit: field === "gainPerWorker" ? "CAD/year" : "percent",
    label_fr: `Gain fiscal : ${field}`,
    label_en: `Fiscal gain: ${field}`,
    compute: (o: ModelOptions) => {
      const r = fiscalGain(o);
      return { value: r[field], trace: r.trace };
    },
  })),
  ...([
    ["effectiveGainPerWorker", "CAD/year"],
    ["contributionPerWorker", "CAD/year"],
    ["netPerWorker", "CAD/year"],
    ["gainPer1000", "MCAD/year"],
    ["contributionPer1000", "MCAD/year"],
    ["netPer1000", "MCAD/year"],
    ["breakEvenSalary", "CAD/year"],
    ["breakEvenShareAlreadyInsured", "percent"],
    ["breakEvenIndirectSavings", "CAD/year"],
  ] as const).map(([field, unit]) => ({
    id: `zeroNetCost.${field}`,
    unit,
    label_fr: `Coût net nul : ${field}`,
    label_en: `Zero net cost: ${field}`,
    compute: (o: ModelOptions) => {
      const r = zeroNetCost(o);
      return { value: r[field], trace: r.trace };
    },
  })),
  ...coverageOutputs(),
];

const byId = new Map(MODEL_OUTPUTS.map((spec) => [spec.id, spec]));

/**
 * Registers more outputs (the models of other memos add theirs here).
 *
 * @param specs The outputs.
 * @throws {Error} If an id is already taken.
 */
export function registerModelOutputs(specs: readonly ModelOutputSpec[]): void {
  for (const spec of specs) {
    if (byId.has(spec.id)) throw new Error(`Model output ${spec.id} is already registered`);
    byId.set(spec.id, spec);
  }
}

// The models of the OC, CTROC and FQCS memos.
const outputsOf = <R extends { trace: Trace }>(
  model: string,
  run: (o: ModelOptions) => R,
  fields: [field: string, unit: string, get: (r: R) => number | null][],
): ModelOutputSpec[] =>
  fields.map(([field, unit, get]) => ({
    id: `${model}.${field}`,
    unit,
    label_fr: `${model} : ${field}`,
    label_en: `${model}: ${field}`,
    compute: (o) => {
      const r = run(o);
      return { value: get(r), trace: r.trace };
    },
  }));
registerModelOutputs([
  ...outputsOf("psocCatchUp", psocCatchUp, [
    ["yearlyStep", "MCAD/year", (r) => r.yearlyStep],
    ["finalRecurring", "MCAD/year", (r) => r.finalRecurring],
    ["total", "MCAD", (r) => r.total],
    ["totalConstant", "MCAD", (r) => r.totalConstant],
    ["perOrganization", "CAD/year", (r) => r.perOrganization],
    ["yearlyStepPerOrganization", "CAD/year", (r) => r.yearlyStepPerOrganization],
    ["perOrganizationRatio", "ratio", (r) => r.perOrganizationRatio],
    ["firstYear.recurring", "MCAD/year", (r) => r.rows[0]!.recurring],
    ["lastYear.recurringConstant", "MCAD/year", (r) => r.rows.at(-1)!.recurringConstant],
  ]),
  ...outputsOf("ocStaffingTrend", ocStaffingTrend, [
    ["observed.annualGrowth", "percent/year", (r) => r.observed.annualGrowth],
    ["observed.percentChange", "percent", (r) => r.observed.percentChange],
    ...(["egts", "larisss"] as const).flatMap((t) =>
      [
        [`${t}.requiredAnnualGrowth`, "percent/year", (r) => r.targets[t].requiredAnnualGrowth],
        [`${t}.gapToBaseline`, "count", (r) => r.targets[t].gapToBaseline],
        [`${t}.remainingFromLatest`, "count", (r) => r.targets[t].remainingFromLatest],
      ] as [string, string, (r: ReturnType<typeof ocStaffingTrend>) => number | null][]
    ),
  ]),
  ...(["network_2025", "about_40"] as const).flatMap((c) =>
    outputsOf(`coopNetworkRatios.${c}`, (o) => coopNetworkRatios({ ...o, coopCount: c }), [
      ["recordsPerPhysician", "records/person", (r) => r.recordsPerPhysician],
      ["recordsPerCoop", "records/organization", (r) => r.recordsPerCoop],
      ["physiciansPerCoop", "persons/organization", (r) => r.physiciansPerCoop],
      ["nursesPerCoop", "persons/organization", (r) => r.nursesPerCoop],
      ["supportHoursPerCoop", "hours/organization", (r) => r.supportHoursPerCoop],
      ["impliedTotalMembers", "members", (r) => r.impliedTotalMembers],
      ["recordsPerMember", "records/member", (r) => r.recordsPerMember],
    ])
  ),
  ...outputsOf("lifeExpectancyShares", lifeExpectancyShares, [
    ["healthServicesShare", "percent", (r) => r.healthServicesShare],
    ["livingConditionsShare", "percent", (r) => r.livingConditionsShare],
    ["unattributed", "years", (r) => r.unattributed],
  ]),
]);

/**
 * Every registered output id.
 *
 * @returns The ids, in registration order.
 */
export function modelOutputIds(): string[] {
  return [...byId.keys()];
}

/**
 * A model output by id, computed under the given options.
 *
 * @param id The output id, with or without a leading `model.`.
 * @param options Overrides and scenario.
 * @returns Its value, unit and trace.
 * @throws {UnknownIdError} For an unknown id, naming close matches.
 *
 * @example The state's net balance per worker
 * ```ts
 * import { modelOutput } from "./outputs.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(modelOutput("zeroNetCost.netPerWorker").value, 10);
 * strictEqual(modelOutput("model.coveragePlan.from2000.yearTargetReached").value, 2029);
 * ```
 */
export function modelOutput(id: string, options: ModelOptions = {}): ModelOutput {
  const key = id.startsWith("model.") ? id.slice("model.".length) : id;
  const spec = byId.get(key);
  if (!spec) throw new UnknownIdError("model output", key, closeMatches(key, [...byId.keys()]));
  const { value, trace } = spec.compute(options);
  return { id: key, value, unit: spec.unit, trace };
}
