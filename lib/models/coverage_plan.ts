/**
 * The AACOCQ coverage plan to 2030 (« Plan de croissance », « Objectifs »): from today's covered
 * workers to 6 000 by 2030 at 1 000 more a year, with the persons covered, the state's savings
 * and the public contribution each year.
 *
 * The memo gives two starting points (2 000 workers in its growth plan, "plus de 2 300" in its
 * objectives) and two persons-per-worker ratios (5 000 persons for 2 300 workers today, 15 000
 * for 6 000 in 2030). The model takes both choices as required parameters: it never picks one.
 *
 *   workers(year)        = min(start + increase × (year − start_year), target)
 *   personsCovered       = workers × ratio
 *   stateSavings         = workers × savings_per_worker / 10⁶          (the memo's 2 500 $, MCAD/year)
 *   fiscalGain           = workers × effectiveGainPerWorker / 10⁶      (the four components)
 *   publicContribution   = workers × contributionPerWorker / 10⁶
 *   netForState          = fiscalGain − publicContribution
 *
 * @module
 */
import { figureInput } from "../assumptions/figure_input.ts";
import {
  checkOverrideIds,
  type ModelOptions,
  resolveInputs,
  restrictOverrides,
} from "../assumptions/resolve_inputs.ts";
import type { Trace, TraceInput } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";
import { FISCAL_GAIN_INPUTS } from "./fiscal_gain.ts";
import { zeroNetCost } from "./zero_net_cost.ts";

/** The two starting points the memo gives, by the figure that states them. */
export const COVERAGE_STARTING_POINTS = {
  /** « Phase actuelle (2 000 travailleurs) » in the growth plan. */
  growth_plan_2000: "aacocq.growth_plan.current_workers",
  /** « couvre actuellement plus de 2 300 travailleuses et travailleurs » in the objectives. */
  current_2300: "aacocq.objectives.current_workers",
} as const;

/** The two persons-per-worker ratios the memo implies, by the figures that give them. */
export const PERSONS_PER_WORKER = {
  /** 5 000 persons for 2 300 workers today (≈ 2,17). */
  today: ["aacocq.coverage.current_persons", "aacocq.coverage.current_workers"],
  /** 15 000 persons for 6 000 workers in 2030 (2,5). */
  conclusion_2030: ["aacocq.conclusion.persons_covered", "aacocq.conclusion.target_workers"],
} as const;

/** A starting point. */
export type CoverageStartingPoint = keyof typeof COVERAGE_STARTING_POINTS;
/** A persons-per-worker ratio. */
export type PersonsPerWorkerChoice = keyof typeof PERSONS_PER_WORKER;

/** Parameters of {@linkcode coveragePlan}. */
export interface CoveragePlanParams extends ModelOptions {
  /** Which of the memo's starting points (required: the memo gives two). */
  startingPoint: CoverageStartingPoint;
  /** Which of the memo's persons-per-worker ratios (required: the memo implies two). */
  personsPerWorker: PersonsPerWorkerChoice;
}

/** One year of the plan. */
export interface CoveragePlanRow {
  /** Calendar year. */
  year: number;
  /** Insured workers. */
  workers: number;
  /** Persons covered (workers and families). */
  personsCovered: number;
  /** The state's savings at the memo's 2 500 $ per worker (MCAD/year). */
  stateSavings: number;
  /** The fiscal gain from the four components (MCAD/year). */
  fiscalGain: number;
  /** The public contribution (MCAD/year). */
  publicContribution: number;
  /** Fiscal gain minus contribution (MCAD/year). */
  netForState: number;
}

/** The coverage plan, recomputed. */
export interface CoveragePlan {
  /** The starting point used. */
  startingPoint: CoverageStartingPoint;
  /** The ratio used. */
  personsPerWorker: PersonsPerWorkerChoice;
  /** Persons covered per insured worker. */
  ratio: number;
  /** Workers at the start. */
  startWorkers: number;
  /** One row per year, from the start year to the target year. */
  rows: CoveragePlanRow[];
  /** Workers in the target year. */
  finalWorkers: number;
  /** Workers the yearly increase alone would give in the target year, without the cap. */
  uncappedFinalWorkers: number;
  /** The first year the target is reached, or `null` if it is not by the target year. */
  yearTargetReached: number | null;
  /** Workers to add between the start and the target. */
  increaseNeeded: number;
  /** Inputs and steps. */
  trace: Trace;
}

const OWN = [
  "coverage.start_year",
  "coverage.target_year",
  "coverage.target_workers",
  "coverage.increase_per_year",
  "coverage.savings_per_worker",
] as const;

const ZERO_NET_COST_INPUTS = [
  ...FISCAL_GAIN_INPUTS,
  "fiscal.contribution_share",
  "fiscal.share_already_insured",
] as const;

/**
 * Recomputes the coverage plan to the target year.
 *
 * @param params The starting point and ratio (both required), overrides and scenario.
 * @returns One row per year and the plan's end points, with the trace.
 * @throws {RangeError} When a choice is not one the memo gives, or the target year is before
 *   the start year.
 *
 * @example From the growth plan's 2 000 workers: 6 000 in 2029, one year early
 * ```ts
 * import { coveragePlan } from "./coverage_plan.ts";
 * import { strictEqual } from "node:assert/strict";
 * const p = coveragePlan({ startingPoint: "growth_plan_2000", personsPerWorker: "conclusion_2030" });
 * strictEqual(p.rows[0]!.stateSavings, 5); // aacocq.growth_plan.current_savings
 * strictEqual(p.finalWorkers, 6000);
 * strictEqual(p.yearTargetReached, 2029);
 * strictEqual(p.rows.at(-1)!.personsCovered, 15000); // aacocq.conclusion.persons_covered
 * ```
 */
export function coveragePlan(params: CoveragePlanParams): CoveragePlan {
  const startFigure = COVERAGE_STARTING_POINTS[params.startingPoint];
  const ratioFigures = PERSONS_PER_WORKER[params.personsPerWorker];
  if (startFigure === undefined) {
    throw new RangeError(
      `coveragePlan: startingPoint ${JSON.stringify(params.startingPoint)} is not one the memo ` +
        `gives; choose ${Object.keys(COVERAGE_STARTING_POINTS).join(" or ")}`,
    );
  }
  if (ratioFigures === undefined) {
    throw new RangeError(
      `coveragePlan: personsPerWorker ${JSON.stringify(params.personsPerWorker)} is not one ` +
        `the memo implies; choose ${Object.keys(PERSONS_PER_WORKER).join(" or ")}`,
    );
  }
  checkOverrideIds("coveragePlan", [...OWN, ...ZERO_NET_COST_INPUTS], params);
  const z = zeroNetCost(restrictOverrides(params, ZERO_NET_COST_INPUTS));
  const { values: v, inputs, scenario } = resolveInputs(
    "coveragePlan",
    OWN,
    [],
    restrictOverrides(params, OWN),
  );
  const start = figureInput(startFigure);
  const persons = figureInput(ratioFigures[0]);
  const workersForRatio = figureInput(ratioFigures[1]);
  const r = stepRecorder("coveragePlan");
  const ratio = r.record(
    "ratio",
    persons.value / workersForRatio.value,
    "persons",
    `${persons.id} / ${workersForRatio.id}`,
  );
  const startYear = v["coverage.start_year"];
  const targetYear = v["coverage.target_year"];
  const target = v["coverage.target_workers"];
  const increase = v["coverage.increase_per_year"];
  if (targetYear < startYear) {
    throw new RangeError(
      `coveragePlan: the target year ${targetYear} is before the start year ${startYear}`,
    );
  }
  const increaseNeeded = r.record(
    "increaseNeeded",
    target - start.value,
    "workers",
    `coverage.target_workers − ${start.id}`,
  );
  const uncappedFinalWorkers = r.record(
    "uncappedFinalWorkers",
    start.value + increase * (targetYear - startYear),
    "workers",
    `${start.id} + coverage.increase_per_year × (coverage.target_year − coverage.start_year)`,
  );
  const rows: CoveragePlanRow[] = [];
  for (let year = startYear; year <= targetYear; year++) {
    const workers = Math.min(start.value + increase * (year - startYear), target);
    const fiscal = (workers * z.effectiveGainPerWorker) / 1e6;
    const contribution = (workers * z.contributionPerWorker) / 1e6;
    rows.push({
      year,
      workers,
      personsCovered: workers * ratio,
      stateSavings: (workers * v["coverage.savings_per_worker"]) / 1e6,
      fiscalGain: fiscal,
      publicContribution: contribution,
      netForState: fiscal - contribution,
    });
  }
  const last = rows.at(-1)!;
  r.record(
    "finalWorkers",
    last.workers,
    "workers",
    "min(uncappedFinalWorkers, coverage.target_workers)",
  );
  r.record("finalPersonsCovered", last.personsCovered, "persons", "finalWorkers × ratio");
  r.record(
    "finalStateSavings",
    last.stateSavings,
    "MCAD/year",
    "finalWorkers × coverage.savings_per_worker / 1 000 000",
  );
  r.record(
    "finalNetForState",
    last.netForState,
    "MCAD/year",
    "finalWorkers × (effectiveGainPerWorker − contributionPerWorker) / 1 000 000",
  );
  const reached = rows.find((row) => row.workers >= target);
  const traceInputs: TraceInput[] = [
    start,
    persons,
    workersForRatio,
    ...inputs,
    ...z.trace.inputs,
  ];
  return {
    startingPoint: params.startingPoint,
    personsPerWorker: params.personsPerWorker,
    ratio,
    startWorkers: start.value,
    rows,
    finalWorkers: last.workers,
    uncappedFinalWorkers,
    yearTargetReached: reached?.year ?? null,
    increaseNeeded,
    trace: {
      inputs: traceInputs,
      steps: [...z.trace.steps, ...r.steps],
      ...(scenario ? { scenario } : {}),
    },
  };
}
