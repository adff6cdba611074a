/**
 * Community organizers (organisatrices et organisateurs communautaires, OC) in Quebec's health
 * and social services network (RSSS): the counts the brief gives, the growth between them, and
 * the yearly growth each proposed target would need.
 *
 * The brief gives two counts only: 334 posts in 2017 and 505 persons in 2024 (RQIIAC census);
 * 2018–2023 are unknown (the census chart did not survive extraction) and 2025 reports a decline
 * without a number. Unknown years stay `null` with their status: nothing is interpolated.
 *
 *   change          = to − from
 *   percentChange   = 100 × (to − from) / from
 *   annualGrowth    = 100 × ((to / from)^(1 / (toYear − fromYear)) − 1)      (see `cagr`)
 *   requiredGrowth  = 100 × ((target / baseline)^(1 / horizon) − 1)
 *   path[k]         = baseline × (target / baseline)^(k / horizon)           (compound)
 *                   = baseline + (target − baseline) × k / horizon           (linear)
 *   gapToBaseline   = latestCount − baseline
 *   remaining       = target − latestCount
 *
 * Targets: the États généraux du travail social (EGTS) double full-time posts 500 → 1 000 « d'ici
 * cinq ans »; LaRISSS quintuples « le nombre d'OC » 450 → 2 250 with no horizon, so its yearly
 * growth is `null` until the user sets `oc.larisss_horizon`. Posts, persons and "OC" are
 * different units: every comparison across them carries a caveat.
 *
 * @module
 */
import { figureInput } from "../assumptions/figure_input.ts";
import { OverrideError } from "../assumptions/override_error.ts";
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import { defaultDataset } from "../data/dataset.ts";
import type { OcStaffingRow } from "../data/tables/oc_staffing.ts";
import { cagr } from "../math/cagr.ts";
import { geometricPath } from "../math/geometric_path.ts";
import { linearPath } from "../math/linear_path.ts";
import { percentChange } from "../math/percent_change.ts";
import type { Trace, TraceInput } from "../trace.ts";
import { type StepRecorder, stepRecorder } from "./_steps.ts";

/** One year of the staffing series, as the brief gives it. */
export interface OcStaffingPoint {
  /** Census year. */
  year: number;
  /** The count; `null` when the text does not give it. */
  count: number | null;
  /** `posts` or `persons`; `null` when unknown. */
  unit: string | null;
  /** `known`, `unknown`, or `decline_reported` (a fall reported without a number). */
  status: string;
  /** The figure behind the row, if any. */
  figureId: string | null;
  /** Why a value is missing, or what it counts. */
  note: string | null;
}

/** A known count. */
export interface OcKnownPoint {
  /** Census year. */
  year: number;
  /** The count. */
  count: number;
  /** Its unit (`posts`, `persons`). */
  unit: string;
}

/** Growth between two known years. */
export interface OcGrowth {
  /** The earlier point. */
  from: OcKnownPoint;
  /** The later point. */
  to: OcKnownPoint;
  /** Years between them. */
  years: number;
  /** to − from (mixed units when `sameUnit` is false). */
  change: number;
  /** The change in percent of `from`. */
  percentChange: number;
  /** Compound annual growth rate (percent/year). */
  annualGrowth: number;
  /** Whether both counts are in the same unit. */
  sameUnit: boolean;
  /** Caveats, e.g. posts compared with persons; empty when there is none. */
  caveats: string[];
  /** Inputs and steps. */
  trace: Trace;
}

/** A target path: what a target implies year by year. Not data. */
export interface OcTargetPath {
  /** Always `target_path`: these counts are a target's arithmetic, not observations. */
  kind: "target_path";
  /** How the path is drawn: constant growth rate or equal yearly additions. */
  shape: OcPathShape;
  /** A label saying so, in French. */
  label: string;
  /** One point per year, from the baseline (offset 0) to the target (offset horizon). */
  points: { yearOffset: number; year: number; count: number }[];
}

/** How a target path is drawn. */
export type OcPathShape = "compound" | "linear";

/** One proposed target, analysed. */
export interface OcTarget {
  /** `egts` or `larisss`. */
  id: "egts" | "larisss";
  /** Who proposes it, in French. */
  label: string;
  /** The count the target starts from. */
  baseline: number;
  /** Its unit (`posts` for EGTS; `count` of OC, posts or persons not said, for LaRISSS). */
  baselineUnit: string;
  /** The count aimed at. */
  target: number;
  /** The factor the memo states (× 2, × 5). */
  factor: number;
  /** Whether baseline × factor = target. */
  factorConsistent: boolean;
  /** Years to reach it; `null` when neither the memo nor the user gives one. */
  horizon: number | null;
  /** Where the horizon comes from: `memo`, `override`, `scenario <id>`, or `missing`. */
  horizonSource: string;
  /** Yearly growth needed (percent/year); `null` without a horizon. */
  requiredAnnualGrowth: number | null;
  /** Why `requiredAnnualGrowth` is `null`; `null` when it is computed. */
  whyNull: string | null;
  /** The path to the target, labelled as such; `null` without a horizon. */
  path: OcTargetPath | null;
  /** The latest known count (505 persons in 2024). */
  latest: OcKnownPoint;
  /** latest.count − baseline: how far today's count is from the target's starting point. */
  gapToBaseline: number;
  /** target − latest.count: what is left to add from today's count. */
  remainingFromLatest: number;
  /** Unit caveats for the comparisons with `latest`. */
  caveats: string[];
}

/** Parameters of {@linkcode ocStaffingTrend}. */
export interface OcStaffingTrendParams extends ModelOptions {
  /** How to draw the target paths. @default "compound" */
  pathShape?: OcPathShape;
  /** The staffing series. @default the project's `data/oc_staffing.csv` */
  series?: readonly OcStaffingRow[];
}

/** The staffing trend and targets, recomputed. */
export interface OcStaffingTrend {
  /** Every year of the series, unknown years `null` with their status. */
  series: OcStaffingPoint[];
  /** The known counts. */
  known: OcKnownPoint[];
  /** Years whose count the text does not give (including a reported decline). */
  unknownYears: number[];
  /** Years with a decline reported but no count. */
  declineReported: { year: number; note: string | null }[];
  /** Growth from the first to the last known count (2017 → 2024). */
  observed: OcGrowth;
  /** The two targets. */
  targets: { egts: OcTarget; larisss: OcTarget };
  /** The target paths that can be drawn (for `ocStaffingChart`), each labelled. */
  paths: { label: string; points: { year: number; count: number }[] }[];
  /** Inputs and steps. */
  trace: Trace;
}

/** Options for {@linkcode growthBetween}. */
export interface GrowthBetweenOptions {
  /** The staffing series. @default the project's `data/oc_staffing.csv` */
  series?: readonly OcStaffingRow[];
}

const UNIT_NAME: Record<string, string> = { count: "OC" };

function toPoints(rows: readonly OcStaffingRow[]): OcStaffingPoint[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((row) => ({
      year: row.year,
      count: row.status === "known" ? row.count : null,
      unit: row.status === "known" ? row.unit : null,
      status: row.status,
      figureId: row.figure_id,
      note: row.note,
    }));
}

function knownOf(points: readonly OcStaffingPoint[]): OcKnownPoint[] {
  return points.flatMap((p) =>
    p.status === "known" && p.count !== null && p.unit !== null
      ? [{ year: p.year, count: p.count, unit: p.unit }]
      : []
  );
}

function describe(points: readonly OcKnownPoint[]): string {
  return points.map((k) => `${k.year} (${k.count} ${k.unit})`).join(", ");
}

function pointInput(p: OcStaffingPoint, count: number, unit: string): TraceInput {
  if (p.figureId !== null) return figureInput(p.figureId);
  return {
    id: `oc_staffing.${p.year}`,
    kind: "figure",
    value: count,
    unit,
    source: "series given by the caller",
    overridden: false,
    baseValue: count,
  };
}

function knownAt(points: readonly OcStaffingPoint[], year: number, role: string) {
  const known = knownOf(points);
  const p = points.find((q) => q.year === year);
  if (!Number.isInteger(year) || p === undefined) {
    const years = points.map((q) => q.year);
    throw new RangeError(
      `growthBetween: ${role} year ${year} is not in the series (${Math.min(...years)}–${
        Math.max(...years)
      }). Known years: ${describe(known)}`,
    );
  }
  if (p.status !== "known" || p.count === null || p.unit === null) {
    throw new RangeError(
      `growthBetween: the count for ${year} is not known (status ${p.status}` +
        (p.note ? `: ${p.note}` : "") + `). Known years: ${describe(known)}`,
    );
  }
  return { point: p, known: { year, count: p.count, unit: p.unit } };
}

function growthInto(
  points: readonly OcStaffingPoint[],
  fromYear: number,
  toYear: number,
  r: StepRecorder,
  prefix: string,
): Omit<OcGrowth, "trace"> & { inputs: TraceInput[] } {
  const a = knownAt(points, fromYear, "from");
  const b = knownAt(points, toYear, "to");
  if (toYear <= fromYear) {
    throw new RangeError(
      `growthBetween: "to" (${toYear}) must come after "from" (${fromYear}). ` +
        `Known years: ${describe(knownOf(points))}`,
    );
  }
  const inputs = [
    pointInput(a.point, a.known.count, a.known.unit),
    pointInput(b.point, b.known.count, b.known.unit),
  ];
  const f = `count[${fromYear}]`;
  const t = `count[${toYear}]`;
  const years = r.record(`${prefix}years`, toYear - fromYear, "years", `${toYear} − ${fromYear}`);
  const change = r.record(
    `${prefix}change`,
    b.known.count - a.known.count,
    a.known.unit === b.known.unit ? a.known.unit : `${b.known.unit} − ${a.known.unit}`,
    `${t} − ${f}`,
  );
  const pct = r.record(
    `${prefix}percentChange`,
    percentChange(a.known.count, b.known.count),
    "percent",
    `100 × (${t} − ${f}) / ${f}`,
  );
  const annualGrowth = r.record(
    `${prefix}annualGrowth`,
    cagr(a.known.count, b.known.count, years),
    "percent/year",
    `100 × ((${t} / ${f})^(1 / ${prefix}years) − 1)`,
  );
  const sameUnit = a.known.unit === b.known.unit;
  return {
    from: a.known,
    to: b.known,
    years,
    change,
    percentChange: pct,
    annualGrowth,
    sameUnit,
    caveats: sameUnit ? [] : [
      `Different units: ${a.known.count} ${a.known.unit} (${fromYear}) vs ${b.known.count} ` +
      `${b.known.unit} (${toYear}). A post is not a person (part-time staff, vacant posts): the ` +
      "growth mixes a change in staffing with a change in what is counted.",
    ],
    inputs,
  };
}

/**
 * Growth between two known years of the OC staffing series: change, percent change and compound
 * annual growth, flagging (not hiding) a comparison of posts with persons.
 *
 * @param from The earlier year (must have a known count).
 * @param to The later year (must have a known count).
 * @param options The series to read.
 * @returns The growth, its caveats and its trace.
 * @throws {RangeError} For a year outside the series or without a known count, or `to` not after
 *   `from`; the message names the known years.
 *
 * @example 334 posts (2017) → 505 persons (2024): about 6.08 % a year, posts vs persons
 * ```ts
 * import { growthBetween } from "./oc_staffing_trend.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const g = growthBetween(2017, 2024);
 * strictEqual(g.annualGrowth.toFixed(2), "6.08");
 * strictEqual(g.sameUnit, false);
 * throws(() => growthBetween(2017, 2020), /2020 is not known.*Known years: 2017 \(334 posts\), 2024 \(505 persons\)/);
 * ```
 */
export function growthBetween(
  from: number,
  to: number,
  options: GrowthBetweenOptions = {},
): OcGrowth {
  const points = toPoints(options.series ?? defaultDataset().ocStaffing.rows);
  const r = stepRecorder("growthBetween");
  const { inputs, ...growth } = growthInto(points, from, to, r, "");
  return { ...growth, trace: { inputs, steps: r.steps } };
}

/**
 * Recomputes the OC staffing trend and the growth each target requires.
 *
 * @param params Overrides (`oc.egts_horizon`, `oc.larisss_horizon`, `oc.path_start_year`),
 *   scenario, path shape and series.
 * @returns The series, known points, observed growth, the two targets and their paths, with the
 *   trace.
 * @throws {OverrideError} For a refused override, or a horizon that is not a whole number.
 *
 * @example Doubling in five years needs 14.87 % a year; LaRISSS has no horizon (figures oc.targets.*)
 * ```ts
 * import { ocStaffingTrend } from "./oc_staffing_trend.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = ocStaffingTrend();
 * strictEqual(r.targets.egts.requiredAnnualGrowth!.toFixed(2), "14.87");
 * strictEqual(r.targets.larisss.requiredAnnualGrowth, null);
 * strictEqual(r.observed.annualGrowth.toFixed(2), "6.08");
 * strictEqual(r.series.find((p) => p.year === 2020)!.count, null);
 * const set = ocStaffingTrend({ overrides: { "oc.larisss_horizon": 10 } });
 * strictEqual(set.targets.larisss.requiredAnnualGrowth!.toFixed(2), "17.46"); // 5^(1/10) − 1
 * ```
 */
export function ocStaffingTrend(params: OcStaffingTrendParams = {}): OcStaffingTrend {
  const { values: v, inputs, scenario } = resolveInputs(
    "ocStaffingTrend",
    ["oc.egts_horizon", "oc.path_start_year"],
    ["oc.larisss_horizon"],
    params,
  );
  const shape = params.pathShape ?? "compound";
  if (shape !== "compound" && shape !== "linear") {
    throw new RangeError(`ocStaffingTrend: pathShape must be "compound" or "linear", got ${shape}`);
  }
  const series = toPoints(params.series ?? defaultDataset().ocStaffing.rows);
  const known = knownOf(series);
  if (known.length < 2) {
    throw new RangeError(`ocStaffingTrend: needs two known counts; known: ${describe(known)}`);
  }
  const first = known[0]!;
  const latest = known[known.length - 1]!;
  const r = stepRecorder("ocStaffingTrend");
  const { inputs: pointInputs, ...observed } = growthInto(
    series,
    first.year,
    latest.year,
    r,
    "observed.",
  );
  inputs.push(...pointInputs);
  const startYear = whole("oc.path_start_year", v["oc.path_start_year"], "a year");

  const source = (id: string) => {
    const input = inputs.find((i) => i.id === id);
    return input === undefined ? "missing" : input.overriddenBy ?? "memo";
  };
  const analyse = (
    id: "egts" | "larisss",
    label: string,
    horizonId: "oc.egts_horizon" | "oc.larisss_horizon",
  ): OcTarget => {
    const fig = (name: string) => {
      const input = figureInput(`oc.targets.${id}_${name}`);
      inputs.push(input);
      return input;
    };
    const baseline = fig("baseline");
    const target = fig("target");
    const factor = fig("factor");
    const targetFromFactor = r.record(
      `${id}.targetFromFactor`,
      baseline.value * factor.value,
      baseline.unit,
      `oc.targets.${id}_baseline × oc.targets.${id}_factor`,
    );
    const rawHorizon = v[horizonId];
    const horizon = rawHorizon === null ? null : whole(horizonId, rawHorizon, "years");
    const gapToBaseline = r.record(
      `${id}.gapToBaseline`,
      latest.count - baseline.value,
      `${latest.unit} − ${baseline.unit}`,
      `count[${latest.year}] − oc.targets.${id}_baseline`,
    );
    const remainingFromLatest = r.record(
      `${id}.remainingFromLatest`,
      target.value - latest.count,
      `${target.unit} − ${latest.unit}`,
      `oc.targets.${id}_target − count[${latest.year}]`,
    );
    const caveats = baseline.unit === latest.unit ? [] : [
      `${latest.count} ${
        UNIT_NAME[latest.unit] ?? latest.unit
      } (${latest.year}) vs a baseline of ` +
      `${baseline.value} ${UNIT_NAME[baseline.unit] ?? baseline.unit}` +
      (baseline.unit === "count" ? " (« nombre d'OC »: posts or persons not said)" : "") +
      ": the gap mixes units.",
    ];
    let requiredAnnualGrowth: number | null = null;
    let path: OcTargetPath | null = null;
    let whyNull: string | null = null;
    if (horizon === null) {
      whyNull = `The memo gives no horizon for ${baseline.value} → ${target.value} (${label}); ` +
        `pass overrides: { "${horizonId}": <years> } to compute the yearly growth it needs.`;
    } else {
      requiredAnnualGrowth = r.record(
        `${id}.requiredAnnualGrowth`,
        cagr(baseline.value, target.value, horizon),
        "percent/year",
        `100 × ((oc.targets.${id}_target / oc.targets.${id}_baseline)^(1 / ${horizonId}) − 1)`,
      );
      const counts = shape === "compound"
        ? geometricPath(baseline.value, target.value, horizon)
        : linearPath(baseline.value, target.value, horizon);
      path = {
        kind: "target_path",
        shape,
        label: `Trajectoire cible ${label} (${
          shape === "compound" ? "taux constant" : "hausses égales"
        }, pas des données)`,
        points: counts.map((count, k) => {
          r.record(
            `${id}.path[${k}]`,
            count,
            baseline.unit,
            shape === "compound"
              ? `oc.targets.${id}_baseline × (oc.targets.${id}_target / oc.targets.${id}_baseline)^(${k} / ${horizonId})`
              : `oc.targets.${id}_baseline + (oc.targets.${id}_target − oc.targets.${id}_baseline) × ${k} / ${horizonId}`,
          );
          return { yearOffset: k, year: startYear + k, count };
        }),
      };
    }
    return {
      id,
      label,
      baseline: baseline.value,
      baselineUnit: baseline.unit,
      target: target.value,
      factor: factor.value,
      factorConsistent: targetFromFactor === target.value,
      horizon,
      horizonSource: source(horizonId),
      requiredAnnualGrowth,
      whyNull,
      path,
      latest,
      gapToBaseline,
      remainingFromLatest,
      caveats,
    };
  };
  const egts = analyse("egts", "États généraux du travail social", "oc.egts_horizon");
  const larisss = analyse("larisss", "LaRISSS", "oc.larisss_horizon");
  return {
    series,
    known,
    unknownYears: series.filter((p) => p.status !== "known").map((p) => p.year),
    declineReported: series
      .filter((p) => p.status === "decline_reported")
      .map((p) => ({ year: p.year, note: p.note })),
    observed: {
      ...observed,
      trace: { inputs: pointInputs, steps: r.steps.filter((s) => s.name.startsWith("observed.")) },
    },
    targets: { egts, larisss },
    paths: [egts, larisss].flatMap((t) =>
      t.path === null ? [] : [{
        label: t.path.label,
        points: t.path.points.map(({ year, count }) => ({ year, count })),
      }]
    ),
    trace: { inputs, steps: r.steps, ...(scenario ? { scenario } : {}) },
  };
}

function whole(id: string, value: number, what: string): number {
  if (!Number.isInteger(value)) {
    throw new OverrideError(id, `expected a whole number (${what}), got ${value}`);
  }
  return value;
}
