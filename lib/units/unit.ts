/**
 * Units and their dimensions. A unit is written as atoms of `data/vocab/units.csv` joined by `/`
 * (each `/` divides by the next atom only) and `*` or `·` (multiplies): `CAD/worker/year` is
 * dollars per worker per year, `persons/worker` persons per worker, `MCAD/year` millions of
 * dollars a year. Every atom has a dimension (`money`, `time`, `workers`…, or none for `percent`
 * and `count`) and a factor to its dimension's base unit (`MCAD` is 10⁶ `CAD`, `percent` 0.01).
 *
 * `date` is apart: a calendar date is a point in time, not a quantity. Two dates subtract to a
 * duration, a date moves by a duration, dates compare; nothing else applies to them.
 *
 * @module
 */
import type { UnitVocabulary } from "./unit_vocabulary.ts";

/** A dimension: the exponent of each base dimension (`{ money: 1, workers: -1, time: -1 }`). */
export type Exponents = Readonly<Record<string, number>>;

/** A parsed unit. */
export interface Unit {
  /** The unit as written, normalized (`CAD/worker/year`). */
  readonly text: string;
  /** Exponents of the base dimensions; empty for a pure number. */
  readonly exponents: Exponents;
  /** Multiply a value in this unit by `factor` to get it in base units. */
  readonly factor: number;
  /** Whether this is a calendar date. */
  readonly date: boolean;
  /** The atoms, in order, with their power (`[["CAD", 1], ["worker", -1], ["year", -1]]`). */
  readonly atoms: readonly (readonly [string, number])[];
}

/** A unit that cannot be read: an unknown atom or a malformed expression. */
export class UnitSyntaxError extends SyntaxError {
  /** The unit text. */
  readonly text: string;

  /**
   * @param text The unit as written.
   * @param expected What was expected.
   */
  constructor(text: string, expected: string) {
    super(`Cannot read unit ${JSON.stringify(text)}: expected ${expected}`);
    this.name = "UnitSyntaxError";
    this.text = text;
  }
}

const ATOM = /^[A-Za-z$%][A-Za-z_$%]*$/;

/**
 * Reads a unit against the vocabulary.
 *
 * @param text The unit, e.g. `CAD/worker/year`.
 * @param vocabulary The atoms (from `data/vocab/units.csv`).
 * @returns The unit with its dimension and factor.
 * @throws {UnitSyntaxError} On an unknown atom (naming close ones) or a malformed unit.
 *
 * @example Dollars per worker per year
 * ```ts
 * import { parseUnit } from "./unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * const u = parseUnit("MCAD/worker/year", units);
 * deepStrictEqual(u.exponents, { money: 1, workers: -1, time: -1 });
 * strictEqual(u.factor, 1e6);
 * ```
 */
export function parseUnit(text: string, vocabulary: UnitVocabulary): Unit {
  const trimmed = text.trim();
  if (trimmed === "") throw new UnitSyntaxError(text, "a unit such as CAD/year or persons");
  const parts = trimmed.split(/\s*([/*·])\s*/);
  const exponents: Record<string, number> = {};
  const atoms: [string, number][] = [];
  let factor = 1;
  let date = false;
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i]!;
    const sign = i === 0 || parts[i - 1] !== "/" ? 1 : -1;
    const match = /^(.+?)(?:\^(-?\d+))?$/.exec(raw);
    const name = match?.[1] ?? "";
    const power = sign * Number(match?.[2] ?? 1);
    if (!ATOM.test(name)) {
      throw new UnitSyntaxError(text, `unit names joined by / or * (found ${JSON.stringify(raw)})`);
    }
    const def = vocabulary.get(name);
    if (def === undefined) {
      const near = vocabulary.closeMatches(name);
      throw new UnitSyntaxError(
        text,
        `units from data/vocab/units.csv; ${JSON.stringify(name)} is not one` +
          (near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""),
      );
    }
    if (def.dimension === "date") {
      if (parts.length > 1) throw new UnitSyntaxError(text, "date alone, not in a compound unit");
      date = true;
    } else if (def.dimension !== null) {
      exponents[def.dimension] = (exponents[def.dimension] ?? 0) + power;
      if (exponents[def.dimension] === 0) delete exponents[def.dimension];
    }
    factor *= def.factor ** power;
    atoms.push([def.unit, power]);
  }
  return Object.freeze({
    text: parts.join(""),
    exponents: Object.freeze(exponents),
    factor,
    date,
    atoms: Object.freeze(atoms.map((a) => Object.freeze(a))),
  });
}

/**
 * Whether two units measure the same thing (same dimension, both dates or neither); their
 * factors may differ (`MCAD/year` and `CAD/year` do).
 *
 * @param a A unit.
 * @param b Another.
 * @returns `true` when a value in one converts to the other.
 *
 * @example
 * ```ts
 * import { parseUnit, sameDimension } from "./unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * strictEqual(sameDimension(parseUnit("MCAD/year", units), parseUnit("CAD/year", units)), true);
 * strictEqual(sameDimension(parseUnit("MCAD", units), parseUnit("MCAD/year", units)), false);
 * strictEqual(sameDimension(parseUnit("persons", units), parseUnit("workers", units)), false);
 * ```
 */
export function sameDimension(
  a: Pick<Unit, "exponents" | "date">,
  b: Pick<Unit, "exponents" | "date">,
): boolean {
  return a.date === b.date && sameExponents(a.exponents, b.exponents);
}

/**
 * Whether two dimension vectors are equal.
 *
 * @param a Exponents.
 * @param b Exponents.
 * @returns `true` when every base dimension has the same exponent.
 */
export function sameExponents(a: Exponents, b: Exponents): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

/**
 * A dimension written for a person: `money / workers / time`, or `a pure number`.
 *
 * @param exponents The exponents.
 * @param date Whether it is a calendar date.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { describeDimension } from "./unit.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(describeDimension({ money: 1, time: -1 }, false), "money / time");
 * strictEqual(describeDimension({}, false), "a pure number");
 * ```
 */
export function describeDimension(exponents: Exponents, date: boolean): string {
  if (date) return "a calendar date";
  const up = Object.entries(exponents).filter(([, e]) => e > 0);
  const down = Object.entries(exponents).filter(([, e]) => e < 0);
  if (up.length === 0 && down.length === 0) return "a pure number";
  const term = ([k, e]: [string, number]) => (Math.abs(e) === 1 ? k : `${k}^${Math.abs(e)}`);
  const top = up.length === 0 ? "1" : up.map(term).join(" × ");
  return down.length === 0 ? top : `${top} / ${down.map(term).join(" / ")}`;
}
