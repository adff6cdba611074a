/**
 * Figures by id, with their provenance.
 *
 * @module
 */
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { type Dataset, defaultDataset } from "./dataset.ts";
import type { FigureRow } from "./tables/figures.ts";
import type { Source } from "./tables/sources.ts";

/** A figure with the memo it comes from. */
export interface Figure extends FigureRow {
  /** The memo's row in `sources.csv`. */
  source: Source;
}

/** Figures of a dataset, by id. */
export interface FigureBook {
  /** Every figure id, in file order. */
  ids: readonly string[];
  /** Whether an id exists. */
  has(id: string): boolean;
  /** The figure with its provenance; an unknown id throws an error naming close matches. */
  get(id: string): Figure;
  /** The figure's value; throws if the figure is missing (no value) or a date. */
  value(id: string): number;
}

/**
 * Indexes a dataset's figures by id.
 *
 * @param dataset A loaded dataset.
 * @returns A figure book.
 */
export function figureBook(dataset: Dataset): FigureBook {
  const sources = new Map(dataset.sources.rows.map((s) => [s.source_id, s]));
  const byId = new Map<string, Figure>();
  for (const row of dataset.figures.rows) {
    byId.set(row.figure_id, { ...row, source: sources.get(row.source_id)! });
  }
  const ids = [...byId.keys()];
  const get = (id: string): Figure => {
    const found = byId.get(id);
    if (!found) throw new UnknownIdError("figure", id, closeMatches(id, ids));
    return found;
  };
  return {
    ids,
    has: (id) => byId.has(id),
    get,
    value(id) {
      const f = get(id);
      if (f.value === null) {
        throw new RangeError(
          `Figure ${id} has no value: ${f.qualifier === "missing" ? f.note : `it is a ${f.unit}`}`,
        );
      }
      return f.value;
    },
  };
}

let book: FigureBook | undefined;

/**
 * A memo figure by id, from the project's `data/`, with its value, unit, qualifier, excerpt and
 * source.
 *
 * @param id The figure id, e.g. `aacocq.payroll_example.salary`.
 * @returns The figure.
 * @throws {UnknownIdError} For an unknown id, naming close matches.
 *
 * @example The payroll example's salary
 * ```ts
 * import { figure } from "./figures.ts";
 * import { strictEqual } from "node:assert/strict";
 * const f = figure("aacocq.payroll_example.salary");
 * strictEqual(f.value, 45000);
 * strictEqual(f.unit, "CAD/year");
 * strictEqual(f.source.publisher.startsWith("AACOCQ") || f.source.publisher.includes("assurance collective"), true);
 * ```
 */
export function figure(id: string): Figure {
  book ??= figureBook(defaultDataset());
  return book.get(id);
}

/**
 * The value of a memo figure by id (see {@linkcode figure}).
 *
 * @param id The figure id.
 * @returns Its value.
 * @throws {RangeError} If the figure has no value (missing, or a date).
 *
 * @example
 * ```ts
 * import { figureValue } from "./figures.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(figureValue("ctroc.plan.total"), 2733);
 * ```
 */
export function figureValue(id: string): number {
  book ??= figureBook(defaultDataset());
  return book.value(id);
}

/**
 * The figure book of the project's own `data/`.
 *
 * @returns The cached book.
 */
export function defaultFigureBook(): FigureBook {
  book ??= figureBook(defaultDataset());
  return book;
}
