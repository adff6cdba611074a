/**
 * The inputs of a model call: each assumption's base value, replaced by a scenario's and then by
 * the caller's overrides, every replacement checked (known id, read by this model, a finite
 * number, the assumption's unit, within what is possible) and recorded for the trace.
 *
 * @module
 */
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import type { TraceInput } from "../trace.ts";
import { type Assumption, type AssumptionBook, defaultAssumptionBook } from "./assumption_book.ts";
import { OverrideError } from "./override_error.ts";

/** An override: a number in the assumption's unit, or a value with its unit (checked). */
export type OverrideValue = number | { value: number; unit: string };

/** Overrides by assumption id. */
export type Overrides = Readonly<Record<string, OverrideValue>>;

/** What every model call accepts besides its own parameters. */
export interface ModelOptions {
  /** Overrides by assumption id; they apply after the scenario's. */
  overrides?: Overrides;
  /** A named scenario (`data/scenarios.csv`). @default "memo" (no change) */
  scenario?: string;
  /** The assumptions to use. @default the project's */
  assumptions?: AssumptionBook;
}

/** The resolved inputs of a model call. */
export interface ResolvedInputs<R extends string, O extends string> {
  /** The value of each input, in its assumption's unit; optional ones may be `null` (missing). */
  values: Record<R, number> & Record<O, number | null>;
  /** One trace input per assumption read, in the order asked. */
  inputs: TraceInput[];
  /** The scenario applied, when not `memo`. */
  scenario: string | undefined;
}

function checkValue(a: Assumption, given: unknown, model: string): number {
  let value = given;
  if (typeof given === "object" && given !== null && "value" in given && "unit" in given) {
    const unit = (given as { unit: unknown }).unit;
    if (unit !== a.unit) {
      const hint = a.unit === "percent" && unit === "fraction"
        ? " (write 5 for 5 %, not 0.05)"
        : "";
      throw new OverrideError(
        a.assumption_id,
        `given in ${JSON.stringify(unit)}, but ${a.assumption_id} is in ${a.unit}${hint}; ` +
          `convert the value to ${a.unit}`,
      );
    }
    value = (given as { value: unknown }).value;
  }
  if (typeof value !== "number") {
    throw new OverrideError(
      a.assumption_id,
      `expected a number in ${a.unit} for ${model}, got ${typeof value} ${JSON.stringify(value)}` +
        (typeof value === "string" ? " (write it as a number, without spaces or unit)" : ""),
    );
  }
  if (!Number.isFinite(value)) {
    throw new OverrideError(a.assumption_id, `expected a finite number in ${a.unit}, got ${value}`);
  }
  if (value < a.min) {
    throw new OverrideError(
      a.assumption_id,
      `${value} is below the smallest possible value, ${a.min} ${a.unit}`,
    );
  }
  if (value > a.max) {
    throw new OverrideError(
      a.assumption_id,
      `${value} is above the largest possible value, ${a.max} ${a.unit}` +
        (a.unit === "percent" && a.max === 100 ? " (a rate cannot exceed 100 %)" : ""),
    );
  }
  return value;
}

/**
 * Checks, for a model built from other models, that every override names an assumption one of
 * its parts reads, before the overrides are split between the parts.
 *
 * @param model The composite model's name, for messages.
 * @param accepted Every assumption id its parts read.
 * @param options The call's options.
 * @throws {UnknownIdError} For an unknown id, naming close matches.
 * @throws {OverrideError} For an id none of the parts reads.
 *
 * @example
 * ```ts
 * import { checkOverrideIds } from "./resolve_inputs.ts";
 * import { throws } from "node:assert/strict";
 * throws(() => checkOverrideIds("zeroNetCost", ["fiscal.average_salary"], { overrides: { "payroll.staff": 4 } }), /does not read it/);
 * ```
 */
export function checkOverrideIds(
  model: string,
  accepted: readonly string[],
  options: ModelOptions,
): void {
  const book = options.assumptions ?? defaultAssumptionBook();
  for (const id of Object.keys(options.overrides ?? {})) {
    if (!book.ids.includes(id)) {
      throw new UnknownIdError("assumption", id, closeMatches(id, [...accepted, ...book.ids]));
    }
    if (!accepted.includes(id)) {
      throw new OverrideError(
        id,
        `${model} does not read it (it is an input of ${book.get(id).model}); ${model} reads: ` +
          accepted.join(", "),
      );
    }
  }
}

/**
 * The same options with only the overrides of the given assumptions (for one part of a composite
 * model; check the ids first with {@linkcode checkOverrideIds}).
 *
 * @param options The call's options.
 * @param ids The part's assumption ids.
 * @returns Options for the part.
 */
export function restrictOverrides(options: ModelOptions, ids: readonly string[]): ModelOptions {
  if (!options.overrides) return options;
  return {
    ...options,
    overrides: Object.fromEntries(
      Object.entries(options.overrides).filter(([id]) => ids.includes(id)),
    ),
  };
}

/**
 * Resolves a model's inputs.
 *
 * @param model The model's name, as in the `model` column of `assumptions.csv`.
 * @param required Assumption ids the model needs a value for.
 * @param optional Assumption ids the model can do without (their value may be `null`).
 * @param options Overrides, scenario, assumptions.
 * @returns Values, trace inputs and scenario.
 * @throws {UnknownIdError} For an unknown assumption or scenario id, naming close matches.
 * @throws {OverrideError} For an override this model does not read, of the wrong unit or type,
 *   outside what is possible, or a required assumption without a value.
 *
 * @example An override shows in the values and in the trace
 * ```ts
 * import { resolveInputs } from "./resolve_inputs.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = resolveInputs("payrollCost", ["payroll.staff", "payroll.salary"], [], {
 *   overrides: { "payroll.staff": 4 },
 * });
 * strictEqual(r.values["payroll.staff"], 4);
 * strictEqual(r.inputs[0]!.overridden, true);
 * strictEqual(r.inputs[0]!.baseValue, 3);
 * strictEqual(r.inputs[1]!.value, 45000);
 * ```
 */
export function resolveInputs<const R extends string, const O extends string = never>(
  model: string,
  required: readonly R[],
  optional: readonly O[],
  options: ModelOptions = {},
): ResolvedInputs<R, O> {
  const book = options.assumptions ?? defaultAssumptionBook();
  const reads = new Set<string>([...required, ...optional]);
  for (const id of reads) {
    const a = book.get(id);
    if (a.model !== model) {
      throw new Error(
        `Assumption ${id} belongs to ${a.model}, not to ${model} (programming error)`,
      );
    }
  }
  const scenarioId = options.scenario ?? "memo";
  const scenario = book.scenario(scenarioId);
  const replaced = new Map<string, { value: number; by: string }>();
  for (const [id, value] of Object.entries(scenario.overrides)) {
    if (reads.has(id)) replaced.set(id, { value, by: `scenario ${scenarioId}` });
  }
  checkOverrideIds(model, [...reads], options);
  for (const [id, given] of Object.entries(options.overrides ?? {})) {
    const a = book.get(id);
    replaced.set(id, { value: checkValue(a, given, model), by: "override" });
  }
  const values: Record<string, number | null> = {};
  const inputs: TraceInput[] = [];
  for (const id of reads) {
    const a = book.get(id);
    const r = replaced.get(id);
    const value = r?.value ?? a.base;
    if (value === null && (required as readonly string[]).includes(id)) {
      throw new OverrideError(
        id,
        `the memos give no value for ${id} (${a.label_en}) and ${model} needs one: ` +
          `pass it in overrides, in ${a.unit}`,
      );
    }
    values[id] = value;
    if (value !== null) {
      inputs.push({
        id,
        kind: "assumption",
        value,
        unit: a.unit,
        ...(a.base_figure_id !== null ? { figureId: a.base_figure_id } : {}),
        source: a.source,
        overridden: r !== undefined,
        baseValue: a.base,
        ...(r !== undefined ? { overriddenBy: r.by } : {}),
        label: a.label_fr,
      });
    }
  }
  return {
    values: values as ResolvedInputs<R, O>["values"],
    inputs,
    scenario: scenarioId === "memo" ? undefined : scenarioId,
  };
}
