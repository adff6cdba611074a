/**
 * Reading the model inputs (`assumptions.csv`) and the scenarios (`scenarios.csv`,
 * `scenario_overrides.csv`).
 *
 * @module
 */
import { join } from "node:path";
import { z } from "zod";
import { parseUnit, type Unit, UnitSyntaxError } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import { idSchema, type ProblemSink, readTableRows, type TableRow } from "./table_rows.ts";
import type { Assumption, RangeOrigin, Scenario } from "./types.ts";

/** The columns of `assumptions.csv`. */
export const ASSUMPTION_COLUMNS = {
  required: [
    "assumption_id",
    "label_fr",
    "label_en",
    "unit",
    "base",
    "value",
    "outside_source",
    "low",
    "high",
    "range_origin",
    "range_reason_fr",
    "range_reason_en",
    "min",
    "max",
    "distribution",
  ],
  optional: ["note"],
} as const;

/** An assumption as read, before its base expression is compiled. */
export interface AssumptionRow extends Omit<Assumption, "base" | "baseExpression"> {
  /** The base expression's text. */
  readonly baseText: string | null;
  /** A base value given directly. */
  readonly value: number | null;
  /** The row, for problems. */
  readonly row: TableRow;
}

/**
 * Reads `<dir>/assumptions.csv`.
 *
 * @param dir The project folder.
 * @param units The unit vocabulary.
 * @param problems Where problems go.
 * @returns The assumptions as read, by id (their `base` expressions still to compile).
 */
export function readAssumptions(
  dir: string,
  units: UnitVocabulary,
  problems: ProblemSink,
): Map<string, AssumptionRow> {
  const out = new Map<string, AssumptionRow>();
  const table = readTableRows(join(dir, "assumptions.csv"), ASSUMPTION_COLUMNS, problems);
  for (const row of table?.rows ?? []) {
    const id = row.parsed("assumption_id", idSchema, "an id such as fiscal.average_salary", true);
    const unitText = row.text("unit", true);
    let unit: Unit | null = null;
    if (unitText !== null) {
      try {
        unit = parseUnit(unitText, units);
      } catch (error) {
        if (!(error instanceof UnitSyntaxError)) throw error;
        row.problem("unit", "a unit of data/vocab/units.csv", { value: unitText });
      }
    }
    const baseText = row.text("base");
    const value = row.number("value");
    const outsideSource = row.text("outside_source");
    if (baseText !== null && value !== null) {
      row.problem("value", "an empty cell: the base expression gives the value", {
        value: String(value),
      });
    }
    if (value !== null && outsideSource === null) {
      row.problem("outside_source", "where a base value not taken from a memo comes from");
    }
    const low = row.number("low");
    const high = row.number("high");
    const min = row.number("min", true);
    const max = row.number("max", true);
    const origin = row.parsed(
      "range_origin",
      z.enum(["memo", "recompte", "outside"]),
      "memo, recompte or outside",
      low !== null,
    ) as RangeOrigin | null;
    const distribution = row.parsed(
      "distribution",
      z.enum(["fixed", "uniform", "normal", "triangular"]),
      "fixed, uniform, normal or triangular",
      true,
    );
    // Whether each end is written (one that does not read as a number is a problem of its own).
    const lowGiven = row.text("low") !== null;
    const highGiven = row.text("high") !== null;
    if (lowGiven !== highGiven) {
      row.problem(lowGiven ? "high" : "low", "both ends of the range, or neither");
    }
    if (low !== null && high !== null && low > high) {
      row.problem("high", `a high end ≥ ${low}`, { value: String(high) });
    }
    if (low !== null) {
      for (const column of ["range_reason_fr", "range_reason_en"]) {
        if (!row.text(column)) {
          row.problem(column, "why this range, in words a reader of the report understands");
        }
      }
    }
    if (distribution !== null && distribution !== "fixed" && !lowGiven && !highGiven) {
      row.problem("distribution", "fixed, when no range is given", { value: distribution });
    }
    if (min !== null && max !== null) {
      if (min > max) row.problem("max", `a maximum ≥ ${min}`, { value: String(max) });
      for (const [name, v] of [["value", value], ["low", low], ["high", high]] as const) {
        if (v !== null && (v < min || v > max)) {
          row.problem(name, `a value within [${min}, ${max}]`, { value: String(v) });
        }
      }
    }
    if (id === null || unit === null || min === null || max === null || distribution === null) {
      continue;
    }
    if (out.has(id)) {
      row.problem("assumption_id", "an id used once", { value: id });
      continue;
    }
    out.set(id, {
      row,
      file: row.file,
      line: row.line,
      id,
      label_fr: row.text("label_fr", true) ?? id,
      label_en: row.text("label_en", true) ?? id,
      unit,
      baseText,
      value,
      outsideSource,
      low,
      high,
      rangeReason_fr: row.text("range_reason_fr"),
      rangeReason_en: row.text("range_reason_en"),
      rangeOrigin: origin,
      min,
      max,
      distribution,
      note: row.text("note"),
    });
  }
  return out;
}

/**
 * Reads `<dir>/scenarios.csv` and `<dir>/scenario_overrides.csv`.
 *
 * @param dir The project folder.
 * @param assumptions The assumptions, to check the overrides against.
 * @param problems Where problems go.
 * @returns The scenarios, by id.
 */
export function readScenarios(
  dir: string,
  assumptions: ReadonlyMap<string, Pick<Assumption, "unit" | "min" | "max">>,
  problems: ProblemSink,
): Map<string, Scenario> {
  const out = new Map<string, Omit<Scenario, "overrides"> & { overrides: Map<string, number> }>();
  for (
    const row of readTableRows(join(dir, "scenarios.csv"), {
      required: ["scenario_id", "title_fr", "title_en", "rationale_fr", "rationale_en"],
    }, problems)?.rows ?? []
  ) {
    const id = row.parsed(
      "scenario_id",
      z.string().regex(/^[a-z][a-z0-9_]*$/),
      "an id (letters, digits, _)",
      true,
    );
    if (id === null) continue;
    if (out.has(id)) {
      row.problem("scenario_id", "an id used once", { value: id });
      continue;
    }
    out.set(id, {
      file: row.file,
      line: row.line,
      id,
      title_fr: row.text("title_fr", true) ?? id,
      title_en: row.text("title_en", true) ?? id,
      rationale_fr: row.text("rationale_fr", true) ?? "",
      rationale_en: row.text("rationale_en", true) ?? "",
      overrides: new Map(),
    });
  }
  if (!out.has("memo")) {
    problems.push({
      severity: "error",
      file: join(dir, "scenarios.csv"),
      expected: 'a scenario "memo" (the memo\'s own numbers, no override)',
    });
  }
  for (
    const row of readTableRows(join(dir, "scenario_overrides.csv"), {
      required: ["scenario_id", "assumption_id", "value", "unit"],
    }, problems)?.rows ?? []
  ) {
    const sid = row.text("scenario_id", true);
    const aid = row.text("assumption_id", true);
    const value = row.number("value", true);
    const unit = row.text("unit", true);
    if (sid === null || aid === null || value === null) continue;
    const scenario = out.get(sid);
    const assumption = assumptions.get(aid);
    if (scenario === undefined) {
      row.problem("scenario_id", "a scenario of scenarios.csv", { value: sid });
    } else if (sid === "memo") {
      row.problem("scenario_id", "another scenario: memo is the memo's own numbers", {
        value: sid,
      });
    }
    if (assumption === undefined) {
      row.problem("assumption_id", "an assumption of assumptions.csv", { value: aid });
    } else {
      if (unit !== assumption.unit.text) {
        row.problem("unit", `the assumption's unit, ${assumption.unit.text}`, { value: unit });
      }
      if (value < assumption.min || value > assumption.max) {
        row.problem("value", `a value within [${assumption.min}, ${assumption.max}]`, {
          value: String(value),
        });
      }
    }
    if (scenario && assumption && sid !== "memo") {
      if (scenario.overrides.has(aid)) {
        row.problem("assumption_id", "each assumption once per scenario", { value: aid });
      }
      scenario.overrides.set(aid, value);
    }
  }
  const frozen = new Map<string, Scenario>();
  for (const [id, s] of out) frozen.set(id, Object.freeze({ ...s, overrides: s.overrides }));
  return frozen;
}
