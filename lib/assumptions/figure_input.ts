/**
 * A memo figure read directly by a model (not through an assumption), as a trace input.
 *
 * @module
 */
import { defaultFigureBook, type FigureBook } from "../data/figures.ts";
import type { TraceInput } from "../trace.ts";

/**
 * A figure as a model input, for figures a model reads as given (a count the memo states, a
 * choice between two of its figures) rather than as an assumption to vary.
 *
 * @param id The figure id.
 * @param figures The figures. @default the project's
 * @returns The trace input; its `value` is the figure's.
 *
 * @example
 * ```ts
 * import { figureInput } from "./figure_input.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(figureInput("aacocq.coverage.current_workers").value, 2300);
 * ```
 */
export function figureInput(id: string, figures: FigureBook = defaultFigureBook()): TraceInput {
  const f = figures.get(id);
  const value = figures.value(id);
  return {
    id,
    kind: "figure",
    value,
    unit: f.unit,
    figureId: id,
    source: f.source_id,
    overridden: false,
    baseValue: value,
  };
}
